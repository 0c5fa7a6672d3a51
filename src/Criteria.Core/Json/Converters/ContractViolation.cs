using System.Text.Json;

namespace Criteria.Json.Converters;

/// <summary>
/// Thrown by the contract's converters with a problem already worded for a person; the reader
/// turns it into an <see cref="InvalidInputException"/> with the path and line the serializer adds.
/// </summary>
internal sealed class ContractViolation : JsonException
{
    public ContractViolation(string problem)
        : base(problem)
    {
    }
}
