namespace Criteria.Sdk.Quality;

/// <summary>A data-quality rule that says, before it runs, the code of the findings it reports.</summary>
internal interface IFindingCodeSource
{
    /// <summary>The finding code.</summary>
    string Code { get; }
}
