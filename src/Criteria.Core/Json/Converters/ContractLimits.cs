namespace Criteria.Json.Converters;

/// <summary>The bounds of docs/dataset.md, "Bad input".</summary>
internal static class ContractLimits
{
    /// <summary>Nesting deeper than this is an error (the root object is level 1).</summary>
    public const int MaxDepth = 64;

    /// <summary>A string longer than this many UTF-16 code units is an error.</summary>
    public const int MaxStringLength = 4096;
}
