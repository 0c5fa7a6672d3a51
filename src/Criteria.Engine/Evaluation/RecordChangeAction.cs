namespace Criteria.Evaluation;

/// <summary>What a <see cref="RecordChange"/> does to its record.</summary>
public enum RecordChangeAction
{
    /// <summary>Adds a record with a new id.</summary>
    Insert,

    /// <summary>Replaces the record with the id.</summary>
    Update,

    /// <summary>Removes the record with the id.</summary>
    Retract,
}
