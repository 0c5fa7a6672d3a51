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

    private ContractViolation(string problem, string within, JsonException? inner)
        : base(problem, inner)
    {
        Within = within;
    }

    /// <summary>
    /// Where inside the value being read the problem is (<c>[3].results[0]</c>), below the path the serializer gives:
    /// an array read element by element starts the serializer afresh for each, which knows only the path down to the array.
    /// </summary>
    public string Within { get; } = "";

    /// <summary>A problem with an array's element itself (null where a contract's arrays hold none), at the element's place.</summary>
    /// <param name="index">The element's index.</param>
    /// <param name="problem">The problem, in words.</param>
    /// <returns>The problem, with no path of its own yet.</returns>
    public static ContractViolation AtElement(int index, string problem) => new(problem, $"[{index}]", inner: null);

    /// <summary>A problem found in an array's element, told again with the element's place (the serializer then adds the array's path).</summary>
    /// <param name="error">What reading the element threw (its path is relative to the element).</param>
    /// <param name="index">The element's index.</param>
    /// <returns>The problem, with no path of its own yet.</returns>
    public static ContractViolation InElement(JsonException error, int index)
    {
        var below = error.Path is { Length: > 1 } path && path[0] == '$' ? path[1..] : "";
        var within = $"[{index}]{below}{(error as ContractViolation)?.Within}";
        return new ContractViolation(ContractErrors.Problem(error), within, error);
    }
}
