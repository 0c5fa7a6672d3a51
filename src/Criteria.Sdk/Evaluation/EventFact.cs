using Criteria.Collections;
using Criteria.Facts;

namespace Criteria.Evaluation;

/// <summary>A mass event as the rules see it: the record and the evaluation context. Immutable; identified by the event's id.</summary>
public sealed class EventFact
{
    internal EventFact(CareerEvent careerEvent, int index, EvaluationContext context)
    {
        Event = careerEvent;
        Index = index;
        Context = context;
    }

    /// <summary>The event record.</summary>
    public CareerEvent Event { get; }

    /// <summary>The record's position in the dataset's <c>events</c>.</summary>
    public int Index { get; }

    /// <summary>The JSON path of the record, for findings.</summary>
    public string Path => $"$.events[{Index}]";

    /// <summary>The period and the profile.</summary>
    public EvaluationContext Context { get; }

    /// <summary>The event's id.</summary>
    public string Id => Event.Id;

    /// <summary>The college that held the event.</summary>
    public string CollegeId => Event.CollegeId;

    /// <inheritdoc cref="CareerEvent.Kind"/>
    public EventKind Kind => Event.Kind;

    /// <inheritdoc cref="CareerEvent.Date"/>
    public DateOnly Date => Event.Date;

    /// <summary>The employers who took part that exist in the dataset (a dangling id is DQ2, not an employer).</summary>
    public ValueArray<string> EmployerIds { get; internal init; }

    /// <inheritdoc cref="CareerEvent.Extensions"/>
    public ExtensionData Extensions => Event.Extensions;

    /// <summary>True when the event was held within the period.</summary>
    public bool WithinPeriod => Context.WithinPeriod(Date);

    /// <summary>The event's id and college.</summary>
    public override string ToString() => $"event {Id} of {CollegeId}";
}
