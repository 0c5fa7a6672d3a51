using Criteria.Collections;
using Criteria.Facts;

namespace Criteria.Evaluation;

/// <summary>
/// A college as the rules see it: the record, its contingent (the number of its graduate records per
/// cohort, resolved when the facts are made) and the evaluation context. Immutable; identified in a
/// session by the college's id.
/// </summary>
public sealed class CollegeFact
{
    internal CollegeFact(College college, int index, CohortCounts contingent, EvaluationContext context)
    {
        College = college;
        Index = index;
        Contingent = contingent;
        Context = context;
    }

    /// <summary>The college record.</summary>
    public College College { get; }

    /// <summary>The record's position in the dataset's <c>colleges</c>.</summary>
    public int Index { get; }

    /// <summary>The JSON path of the record, for findings.</summary>
    public string Path => $"$.colleges[{Index}]";

    /// <summary>The graduate records of the college in the dataset, per cohort.</summary>
    public CohortCounts Contingent { get; }

    /// <summary>The period and the profile.</summary>
    public EvaluationContext Context { get; }

    /// <summary>The college's id.</summary>
    public string Id => College.Id;

    /// <inheritdoc cref="College.WorkPlan"/>
    public WorkPlan? WorkPlan => College.WorkPlan;

    /// <inheritdoc cref="College.WebsiteSection"/>
    public WebsiteSection? WebsiteSection => College.WebsiteSection;

    /// <inheritdoc cref="College.MessengerChats"/>
    public ValueArray<MessengerChat> MessengerChats => College.MessengerChats;

    /// <inheritdoc cref="College.VacancyBank"/>
    public VacancyBank? VacancyBank => College.VacancyBank;

    /// <inheritdoc cref="College.Spo1"/>
    public Spo1Counts? Spo1 => College.Spo1;

    /// <inheritdoc cref="College.Extensions"/>
    public ExtensionData Extensions => College.Extensions;

    /// <summary>The number of items of the profile's website checklist that the college's section has.</summary>
    public int ChecklistItemsPresent()
    {
        if (WebsiteSection is not { } section)
        {
            return 0;
        }

        var count = 0;
        foreach (var item in Context.Profile.WebsiteChecklist)
        {
            count += section.IsChecked(item) ? 1 : 0;
        }

        return count;
    }

    /// <summary>The college's id.</summary>
    public override string ToString() => $"college {Id}";
}
