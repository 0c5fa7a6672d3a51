using Criteria.Facts;

namespace Criteria.Evaluation;

/// <summary>
/// One change to one record of a live evaluation — a college, an employer, an event or a graduate
/// inserted, updated or retracted — as an AIS change feed delivers it. A list of them is applied all or
/// nothing by <see cref="LiveEvaluation.Apply"/>. Immutable.
/// </summary>
public sealed class RecordChange
{
    private RecordChange(RecordChangeAction action, string section, string id, object? record)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        Action = action;
        Section = section;
        Id = id;
        Record = record;
    }

    /// <summary>What the change does.</summary>
    public RecordChangeAction Action { get; }

    /// <summary>The dataset section of the record: <c>colleges</c>, <c>employers</c>, <c>events</c> or <c>graduates</c>.</summary>
    public string Section { get; }

    /// <summary>The record's id.</summary>
    public string Id { get; }

    /// <summary>The new record (a <see cref="Graduate"/>, <see cref="College"/>, <see cref="Employer"/> or <see cref="CareerEvent"/>); null for a retraction.</summary>
    public object? Record { get; }

    /// <summary>Adds a graduate.</summary>
    /// <param name="graduate">The graduate; its id must be new and its references must exist when the batch is applied.</param>
    /// <returns>The change.</returns>
    public static RecordChange Insert(Graduate graduate) => new(RecordChangeAction.Insert, "graduates", NotNull(graduate).Id, graduate);

    /// <summary>Replaces a graduate's record.</summary>
    /// <param name="graduate">The new record.</param>
    /// <returns>The change.</returns>
    public static RecordChange Update(Graduate graduate) => new(RecordChangeAction.Update, "graduates", NotNull(graduate).Id, graduate);

    /// <summary>Removes a graduate (no event may still name it when the batch is applied).</summary>
    /// <param name="graduateId">The id.</param>
    /// <returns>The change.</returns>
    public static RecordChange RetractGraduate(string graduateId) => new(RecordChangeAction.Retract, "graduates", graduateId, null);

    /// <summary>Adds a college.</summary>
    /// <param name="college">The college.</param>
    /// <returns>The change.</returns>
    public static RecordChange Insert(College college) => new(RecordChangeAction.Insert, "colleges", NotNull(college).Id, college);

    /// <summary>Replaces a college's record.</summary>
    /// <param name="college">The new record.</param>
    /// <returns>The change.</returns>
    public static RecordChange Update(College college) => new(RecordChangeAction.Update, "colleges", NotNull(college).Id, college);

    /// <summary>Removes a college (no graduate or event may still belong to it when the batch is applied).</summary>
    /// <param name="collegeId">The id.</param>
    /// <returns>The change.</returns>
    public static RecordChange RetractCollege(string collegeId) => new(RecordChangeAction.Retract, "colleges", collegeId, null);

    /// <summary>Adds an employer.</summary>
    /// <param name="employer">The employer.</param>
    /// <returns>The change.</returns>
    public static RecordChange Insert(Employer employer) => new(RecordChangeAction.Insert, "employers", NotNull(employer).Id, employer);

    /// <summary>Replaces an employer's record.</summary>
    /// <param name="employer">The new record.</param>
    /// <returns>The change.</returns>
    public static RecordChange Update(Employer employer) => new(RecordChangeAction.Update, "employers", NotNull(employer).Id, employer);

    /// <summary>Removes an employer (no graduate or event may still name it when the batch is applied).</summary>
    /// <param name="employerId">The id.</param>
    /// <returns>The change.</returns>
    public static RecordChange RetractEmployer(string employerId) => new(RecordChangeAction.Retract, "employers", employerId, null);

    /// <summary>Adds an event.</summary>
    /// <param name="careerEvent">The event.</param>
    /// <returns>The change.</returns>
    public static RecordChange Insert(CareerEvent careerEvent) => new(RecordChangeAction.Insert, "events", NotNull(careerEvent).Id, careerEvent);

    /// <summary>Replaces an event's record.</summary>
    /// <param name="careerEvent">The new record.</param>
    /// <returns>The change.</returns>
    public static RecordChange Update(CareerEvent careerEvent) => new(RecordChangeAction.Update, "events", NotNull(careerEvent).Id, careerEvent);

    /// <summary>Removes an event.</summary>
    /// <param name="eventId">The id.</param>
    /// <returns>The change.</returns>
    public static RecordChange RetractEvent(string eventId) => new(RecordChangeAction.Retract, "events", eventId, null);

    /// <summary>The change in words: <c>retract graduate 'g1'</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Action.ToString().ToLowerInvariant()} {Section[..^1]} '{Id}'";

    private static T NotNull<T>(T record)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(record);
        return record;
    }
}
