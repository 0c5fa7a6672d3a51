using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Criteria.PropertyTests.Generators;

[JsonSerializable(typeof(JsonNode))]
internal sealed partial class NodeContext : JsonSerializerContext;
