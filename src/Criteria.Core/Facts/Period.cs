namespace Criteria.Facts;

/// <summary>
/// The period of a dataset: the academic year <see cref="Start"/>..<see cref="End"/> (both
/// inclusive) and the <see cref="Cutoff"/>, the monitoring date on which statuses are taken.
/// A period always has Start ≤ End and Start ≤ Cutoff (docs/dataset.md, DQ8).
/// </summary>
public sealed record Period
{
    /// <summary>Creates a period.</summary>
    /// <param name="start">The first day of the academic year.</param>
    /// <param name="end">The last day of the academic year.</param>
    /// <param name="cutoff">The monitoring date.</param>
    /// <exception cref="ArgumentException">Start is after end, or the cut-off is before start.</exception>
    public Period(DateOnly start, DateOnly end, DateOnly cutoff)
    {
        if (start > end)
        {
            throw new ArgumentException($"The period starts on {start:yyyy-MM-dd}, after its end {end:yyyy-MM-dd}.", nameof(start));
        }

        if (cutoff < start)
        {
            throw new ArgumentException($"The cut-off {cutoff:yyyy-MM-dd} is before the period's start {start:yyyy-MM-dd}.", nameof(cutoff));
        }

        Start = start;
        End = end;
        Cutoff = cutoff;
    }

    /// <summary>The first day of the academic year.</summary>
    public DateOnly Start { get; }

    /// <summary>The last day of the academic year.</summary>
    public DateOnly End { get; }

    /// <summary>The monitoring date on which statuses are taken.</summary>
    public DateOnly Cutoff { get; }

    /// <summary>True when <paramref name="date"/> is within the period: Start ≤ date ≤ End.</summary>
    /// <param name="date">The date to test.</param>
    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>
    /// True when <paramref name="date"/> is fresh within <paramref name="days"/> days of the cut-off:
    /// date ≥ Cutoff − days. There is no upper bound (a later date raises DQ7 but still counts).
    /// </summary>
    /// <param name="date">The date to test; null is never fresh.</param>
    /// <param name="days">
    /// The window in days, 0 or more. Any window is valid: one that reaches before the first day of the
    /// calendar (about 738,000 days back from a cut-off in this century) means "always fresh".
    /// </param>
    public bool IsFresh(DateOnly? date, int days) =>
        date is { } d && (long)d.DayNumber >= (long)Cutoff.DayNumber - days;
}
