namespace Criteria.Evaluation.Live;

/// <summary>
/// What an applied batch did to the records the facts are made of: each record it touched, whether it
/// existed before the batch and whether it exists after (insert, update or retract its fact; or nothing,
/// for a record added and removed in the same batch), and the facts as they were before the batch, made
/// while their records were as the sessions counted them.
/// </summary>
/// <param name="Touched">The records touched, by section and id.</param>
/// <param name="OldFacts">For each record touched that existed before the batch, its fact as it was then (made before the batch changed anything): the contribution the sessions take back.</param>
/// <param name="Removals">Each removal of the batch: the section and the position the record left (the records after it moved up).</param>
internal sealed record BatchEffect(
    IReadOnlyList<(string Section, string Id, bool Before, bool After)> Touched,
    IReadOnlyDictionary<(string Section, string Id), object> OldFacts,
    IReadOnlyList<(string Section, int Position)> Removals);
