namespace Criteria.Quality;

/// <summary>
/// The one wording of a DQ2 finding (a reference to a record the dataset lacks), used by the validator of
/// a whole dataset and by live evaluation when it refuses a change: the same problem reads the same
/// wherever it is found.
/// </summary>
internal static class ReferenceFinding
{
    /// <summary>A record names a record the dataset lacks.</summary>
    /// <param name="owner">What names it: <c>graduate</c>, <c>event</c>.</param>
    /// <param name="ownerId">Its id.</param>
    /// <param name="kind">What it names: <c>college</c>, <c>employer</c>, <c>graduate</c>.</param>
    /// <param name="id">The id it names.</param>
    /// <returns>The message.</returns>
    public static string Missing(string owner, string? ownerId, string kind, string id) =>
        $"the {owner} '{ownerId}' names the {kind} '{id}', which is not in the dataset";

    /// <summary>A change would retract a record that others still name.</summary>
    /// <param name="kind">What would be retracted.</param>
    /// <param name="id">Its id.</param>
    /// <param name="by">What names it (<c>graduates</c>, <c>events</c>).</param>
    /// <param name="referrers">The ids that name it.</param>
    /// <returns>The message.</returns>
    public static string StillNamed(string kind, string id, string by, IReadOnlyCollection<string> referrers) =>
        StillNamed(kind, id, [(by, referrers)]);

    /// <summary>A change would retract a record that records of several kinds still name (graduates and events): all of them, at once.</summary>
    /// <param name="kind">What would be retracted.</param>
    /// <param name="id">Its id.</param>
    /// <param name="holders">What names it (<c>graduates</c>, <c>events</c>) and the ids that do, each non-empty.</param>
    /// <returns>The message.</returns>
    public static string StillNamed(string kind, string id, IReadOnlyList<(string By, IReadOnlyCollection<string> Referrers)> holders) =>
        $"the {kind} '{id}' is still named by {string.Join(" and by ", holders.Select(h => $"{h.By} {string.Join(", ", h.Referrers.Order(StringComparer.Ordinal).Take(5))}{(h.Referrers.Count > 5 ? ", …" : "")}"))}; change those first";

    /// <summary>A change names a record that does not exist.</summary>
    /// <param name="kind">What it names.</param>
    /// <param name="id">The id.</param>
    /// <returns>The message.</returns>
    public static string NoSuch(string kind, string id) => $"there is no {kind} with the id '{id}'";
}
