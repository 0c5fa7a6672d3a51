using Criteria.Collections;

namespace Criteria.Evaluation.Live;

/// <summary>
/// A section's records as a snapshot took them (<see cref="LiveSection{T}.Freeze"/>): chunks the writer no
/// longer changes, laid out in one array when the snapshot is made, off the writer's lock.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
/// <param name="Chunks">The chunks, each of 4,096 records but the last.</param>
/// <param name="Count">How many records.</param>
internal readonly record struct FrozenSection<T>(T[][] Chunks, int Count)
    where T : class
{
    /// <summary>The records in order, in one array.</summary>
    public ValueArray<T> ToValueArray()
    {
        var records = new T[Count];
        for (var at = 0; at < Count; at += Chunks[0].Length)
        {
            var chunk = Chunks[at / Chunks[0].Length];
            Array.Copy(chunk, 0, records, at, Math.Min(chunk.Length, Count - at));
        }

        return ValueArray<T>.TakeOwnership(records);
    }
}
