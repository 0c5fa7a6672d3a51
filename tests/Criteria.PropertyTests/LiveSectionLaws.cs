using Criteria.Evaluation.Live;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Criteria.PropertyTests;

/// <summary>
/// The live records' sections keep their order in chunks of 4,096 that snapshots take without copying:
/// whatever the writer does after a snapshot (add, replace, remove from the middle, put back), the
/// snapshot still holds the records as they were, and the section holds them as a plain list would.
/// The sections here cross several chunk boundaries (the generated datasets of the other laws do not).
/// </summary>
public sealed class LiveSectionLaws
{
    [Property(MaxTest = 60, QuietOnSuccess = true)]
    public Property A_section_is_a_list_in_order_and_a_frozen_view_never_moves(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var section = new LiveSection<string>();
        var expected = new List<string>();
        var next = 0;
        string NewId() => $"r{next++}";
        var size = 3_000 + random.Next(12_000); // one to four chunks
        for (var i = 0; i < size; i++)
        {
            var id = NewId();
            section.Add(id, id + "@0");
            expected.Add(id);
        }

        var values = expected.ToDictionary(id => id, id => id + "@0");
        var frozen = new List<(FrozenSection<string> View, string[] Then)>();
        for (var step = 0; step < 400; step++)
        {
            switch (random.Next(6))
            {
                case 0:
                    var added = NewId();
                    section.Add(added, added + "@0");
                    values[added] = added + "@0";
                    expected.Add(added);
                    break;
                case 1 when expected.Count > 0:
                    var removedAt = random.Next(expected.Count);
                    if (!section.Remove(expected[removedAt]))
                    {
                        return false.Label($"step {step}: {expected[removedAt]} was not there to remove");
                    }

                    values.Remove(expected[removedAt]);
                    expected.RemoveAt(removedAt);
                    break;
                case 2:
                    var insertedAt = random.Next(expected.Count + 1);
                    var inserted = NewId();
                    section.Insert(insertedAt, inserted, inserted + "@0");
                    values[inserted] = inserted + "@0";
                    expected.Insert(insertedAt, inserted);
                    break;
                case 3 when expected.Count > 0:
                    var replaced = expected[random.Next(expected.Count)];
                    values[replaced] = $"{replaced}@{step}";
                    section[replaced] = values[replaced];
                    break;
                default:
                    frozen.Add((section.Freeze(), expected.Select(id => values[id]).ToArray()));
                    break;
            }

            if (section.Count != expected.Count || section.IndexOf(expected.Count > 0 ? expected[^1] : "none") != expected.Count - 1)
            {
                return false.Label($"step {step}: the section has {section.Count} records, a list {expected.Count}");
            }
        }

        var now = section.Freeze().ToValueArray();
        if (!now.SequenceEqual(expected.Select(id => values[id])))
        {
            return false.Label("the section's records are not the list's, in its order");
        }

        var moved = frozen.FindIndex(f => !f.View.ToValueArray().SequenceEqual(f.Then));
        return (moved < 0).Label($"snapshot {moved} of {frozen.Count} changed after it was taken")
            .Classify(size > 8_192, "three chunks or more");
    }
}
