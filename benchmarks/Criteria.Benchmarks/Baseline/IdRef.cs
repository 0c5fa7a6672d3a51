namespace Criteria.Benchmarks.Baseline;

/// <summary>
/// Where an id's unescaped UTF-8 bytes are, instead of a string for it: a range of the file's bytes, or
/// (for an id the file wrote with escapes) of the pass's own copy of unescaped ids.
/// </summary>
/// <param name="Start">Where the bytes start.</param>
/// <param name="Length">How many there are.</param>
/// <param name="Unescaped">True when the bytes are in the copy of unescaped ids, not in the file.</param>
internal readonly record struct IdRef(int Start, int Length, bool Unescaped);
