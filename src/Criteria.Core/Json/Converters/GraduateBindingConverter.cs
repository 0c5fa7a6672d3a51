using System.Text.Json;
using System.Text.Json.Serialization;
using Criteria.Json.Contract;

namespace Criteria.Json.Converters;

/// <summary>
/// Reads the elements of <c>graduates</c> while a <see cref="DatasetBinder"/> binds: a graduate in the
/// common case is bound straight from its bytes (<see cref="DatasetBinder.TryBindGraduate"/>); any other
/// is read by the contract's own serializer (<see cref="ContractJsonContext.Reading"/>), unknown
/// properties, layout and errors included. Only <see cref="ContractJsonContext.Binding"/> has it.
/// </summary>
internal sealed class GraduateBindingConverter : JsonConverter<GraduateDocument>
{
    public override GraduateDocument? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.StartObject && DatasetBinder.Current is { } binder && binder.TryBindGraduate(ref reader) is { } bound)
        {
            return bound;
        }

        try
        {
            return JsonSerializer.Deserialize(ref reader, ContractJsonContext.Reading.GraduateDocument);
        }
        catch (JsonException error) when (error.Path is not null)
        {
            // The path is the element's own ($...): let the serializer put the element's path instead. The
            // reader that uses this converter reads the document again without it to report an error exactly.
            throw new JsonException(error.Message, error);
        }
    }

    public override void Write(Utf8JsonWriter writer, GraduateDocument value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, ContractJsonContext.Compact.GraduateDocument);
}
