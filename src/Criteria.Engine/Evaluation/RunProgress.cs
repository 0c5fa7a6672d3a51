namespace Criteria.Evaluation;

/// <summary>
/// Where a plugin's run is, record by record, so that a run cut off by its time budget can name the
/// record it was on. Each worker of a run has a slot; a worker that finished its part clears it.
/// Written by the run's threads (no allocation per record), read by the caller once the budget has passed.
/// </summary>
internal sealed class RunProgress
{
    private const int Workers = 64;
    private readonly object?[] _facts = new object?[Workers];
    private readonly int[] _graduates = Enumerable.Repeat(-1, Workers).ToArray();

    /// <summary>The worker is now on a college's or an event's fact.</summary>
    public void At(int worker, object fact)
    {
        Volatile.Write(ref _graduates[worker % Workers], -1);
        Volatile.Write(ref _facts[worker % Workers], fact);
    }

    /// <summary>The worker is now on the graduate record at <paramref name="position"/>.</summary>
    public void AtGraduate(int worker, int position)
    {
        Volatile.Write(ref _facts[worker % Workers], null);
        Volatile.Write(ref _graduates[worker % Workers], position);
    }

    /// <summary>The worker finished its part.</summary>
    public void Done(int worker)
    {
        Volatile.Write(ref _facts[worker % Workers], null);
        Volatile.Write(ref _graduates[worker % Workers], -1);
    }

    /// <summary>The record a worker that did not finish was on: its path, college and id; or null.</summary>
    public (string Path, string? CollegeId, string? RecordId)? Stuck(DatasetFacts facts)
    {
        for (var i = 0; i < Workers; i++)
        {
            switch (Volatile.Read(ref _facts[i]))
            {
                case CollegeFact college:
                    return (college.Path, college.Id, college.Id);
                case EventFact careerEvent:
                    return (careerEvent.Path, careerEvent.CollegeId, careerEvent.Id);
            }

            var graduate = Volatile.Read(ref _graduates[i]);
            if (graduate >= 0 && graduate < facts.Dataset.Graduates.Count)
            {
                var record = facts.Dataset.Graduates[graduate];
                return ($"$.graduates[{graduate}]", record.CollegeId, record.Id);
            }
        }

        return null;
    }

    /// <summary>Inserts facts into a Rete session one at a time, noting each as worker 0's place.</summary>
    public void Insert<TFact>(NRules.ISession session, IEnumerable<TFact> facts)
        where TFact : notnull
    {
        foreach (var fact in facts)
        {
            if (fact is GraduateFact graduate)
            {
                AtGraduate(0, graduate.Index);
            }
            else
            {
                At(0, fact);
            }

            session.Insert(fact);
        }

        Done(0);
    }
}
