using Criteria.Catalog;
using Criteria.Collections;
using Criteria.Facts;

namespace Criteria.Evaluation;

/// <summary>
/// A graduate as the rules see it: the record, its references resolved to objects (the events it
/// attended, the employers of its outcome and contract), its cohorts and the evaluation context, so
/// that every condition tests one fact and the rule network never joins large sets. Read-only to
/// its users; identified in a session by the graduate's id.
/// </summary>
/// <remarks>
/// In a batch evaluation by the compiled plan, one object per worker is made each graduate's in turn,
/// so a rule must not keep a <see cref="GraduateFact"/> (or compare two by reference) beyond the
/// condition or the yield that received it: what a rule yields is computed from a detached copy, and
/// conditions and counts are read at once. A live session and the Rete network get one object per
/// graduate, replaced by a new one when the graduate changes.
/// </remarks>
public sealed class GraduateFact
{
    private bool _reused; // reused by a batch pass (Reuse, Shared): what outlives the pass needs a copy
    internal GraduateFact(
        Graduate graduate,
        int index,
        ValueArray<CareerEvent> attendedEvents,
        Employer? outcomeEmployer,
        Employer? contractEmployer,
        EvaluationContext context)
    {
        Context = context;
        Graduate = graduate; // set again by Reuse; assigned here for the compiler's null analysis
        Reuse(graduate, index, attendedEvents, outcomeEmployer, contractEmployer);
        _reused = false;
    }

    /// <summary>
    /// Makes this fact another graduate's, for a batch pass that counts a million graduates with one
    /// fact object per worker. Only conditions and counts see such a fact; whatever a rule yields is
    /// computed from a <see cref="Detach"/>ed copy, so that nothing kept refers to a reused fact.
    /// </summary>
    internal void Reuse(Graduate graduate, int index, ValueArray<CareerEvent> attendedEvents, Employer? outcomeEmployer, Employer? contractEmployer)
    {
        _reused = true;
        Graduate = graduate;
        Index = index;
        AttendedEvents = attendedEvents;
        OutcomeEmployer = outcomeEmployer;
        ContractEmployer = contractEmployer;
        Cohorts = Catalog.Cohorts.Of(graduate.Health);
    }

    /// <summary>Marks this fact as one a batch pass reuses (its events may be a worker's buffer): <see cref="Detach"/> then copies.</summary>
    internal GraduateFact Shared()
    {
        _reused = true;
        return this;
    }

    /// <summary>A copy of this fact that owns its attended events, for what outlives a batch pass's reused fact (the fact itself when it was never reused).</summary>
    internal GraduateFact Detach() => !_reused ? this :
        new(Graduate, Index, ValueArray<CareerEvent>.TakeOwnership(AttendedEvents.AsSpan().ToArray()), OutcomeEmployer, ContractEmployer, Context);

    /// <summary>The graduate record.</summary>
    public Graduate Graduate { get; private set; }

    /// <summary>The record's position in the dataset's <c>graduates</c>; -1 for a graduate inserted later.</summary>
    public int Index { get; private set; }

    /// <summary>The JSON path of the record, for findings.</summary>
    public string Path => Index >= 0 ? $"$.graduates[{Index}]" : $"$.graduates[?(@.id=='{Graduate.Id}')]";

    /// <summary>The events of the dataset that list this graduate as a participant, each once, in document order.</summary>
    public ValueArray<CareerEvent> AttendedEvents { get; private set; }

    /// <summary>The employer of the outcome; null when none is named or it is not in the dataset.</summary>
    public Employer? OutcomeEmployer { get; private set; }

    /// <summary>The employer of the targeted contract; null when there is none or it is not in the dataset.</summary>
    public Employer? ContractEmployer { get; private set; }

    /// <summary>The period and the profile.</summary>
    public EvaluationContext Context { get; }

    /// <summary>The cohorts the graduate belongs to (always <see cref="CohortSet.All"/>).</summary>
    public CohortSet Cohorts { get; private set; }

    /// <summary>The graduate's id.</summary>
    public string Id => Graduate.Id;

    /// <summary>The graduate's college.</summary>
    public string CollegeId => Graduate.CollegeId;

    /// <inheritdoc cref="Graduate.Health"/>
    public HealthCategories Health => Graduate.Health;

    /// <inheritdoc cref="Graduate.Ais"/>
    public AisRegistration Ais => Graduate.Ais;

    /// <inheritdoc cref="Graduate.YoungSpecialistEligible"/>
    public bool YoungSpecialistEligible => Graduate.YoungSpecialistEligible;

    /// <inheritdoc cref="Graduate.Support"/>
    public GraduateSupport Support => Graduate.Support;

    /// <inheritdoc cref="Graduate.Resumes"/>
    public ValueArray<Resume> Resumes => Graduate.Resumes;

    /// <inheritdoc cref="Graduate.AtRisk"/>
    public bool AtRisk => Graduate.AtRisk;

    /// <inheritdoc cref="Graduate.Guidance"/>
    public Guidance Guidance => Graduate.Guidance;

    /// <inheritdoc cref="Graduate.VacancyInvitations"/>
    public int VacancyInvitations => Graduate.VacancyInvitations;

    /// <inheritdoc cref="Graduate.TargetedContract"/>
    public TargetedContract? TargetedContract => Graduate.TargetedContract;

    /// <inheritdoc cref="Graduate.Outcome"/>
    public Outcome Outcome => Graduate.Outcome;

    /// <inheritdoc cref="Graduate.Extensions"/>
    public ExtensionData Extensions => Graduate.Extensions;

    /// <summary>True when the graduate attended an event of one of <paramref name="kinds"/> held within the period.</summary>
    /// <param name="kinds">The kinds of event.</param>
    public bool AttendedWithinPeriod(params EventKind[] kinds)
    {
        foreach (var attended in AttendedEvents)
        {
            if (Array.IndexOf(kinds, attended.Kind) >= 0 && Context.WithinPeriod(attended.Date))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The graduate's id and college.</summary>
    public override string ToString() => $"graduate {Id} of {CollegeId}";
}
