namespace Criteria.Json.Converters;

/// <summary>The naming convention of the contracts.</summary>
internal static class ContractNames
{
    /// <summary>PascalCase → camelCase: <c>SelfEmployed</c> → <c>selfEmployed</c>.</summary>
    public static string CamelCase(string name) =>
        name.Length == 0 ? name : string.Concat(char.ToLowerInvariant(name[0]).ToString(), name.AsSpan(1));
}
