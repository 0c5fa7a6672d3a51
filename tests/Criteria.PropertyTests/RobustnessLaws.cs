using Criteria.Evaluation;
using Criteria.Facts;
using Criteria.Json;
using Criteria.PropertyTests.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Criteria.PropertyTests;

/// <summary>
/// The mutation fuzzer: valid datasets broken the ways field exports break (byte flips, truncations,
/// deleted fields, swapped types, extreme values, duplicated keys, BOMs, other roots) never crash,
/// never hang and never lose the contract: each gives a clear <see cref="InvalidInputException"/> or a
/// dataset that evaluates.
/// </summary>
public sealed class RobustnessLaws
{
    [Property(Arbitrary = [typeof(DatasetArbitraries)], MaxTest = 10_000, QuietOnSuccess = true)]
    public Property A_mutated_dataset_is_refused_clearly_or_evaluates(Dataset dataset, Mutation[] mutations)
    {
        var bytes = DatasetWriter.ToUtf8Bytes(dataset);
        foreach (var mutation in mutations)
        {
            bytes = mutation.Apply(bytes.Length == 0 ? [(byte)'{'] : bytes);
        }

        var run = Task.Run(() =>
        {
            try
            {
                var loaded = DatasetReader.Read(bytes);
                Laws.Evaluator.Evaluate(loaded.Dataset, new EvaluationSettings { Mode = EvaluationMode.Lenient, ReadingFindings = loaded.Findings });
                return null;
            }
            catch (InvalidInputException error)
            {
                return error.Path.StartsWith('$') && error.Problem.Length > 0 ? null : $"an error without a path or problem: {error.Message}";
            }
#pragma warning disable CA1031 // any other exception is what this law looks for
            catch (Exception error)
#pragma warning restore CA1031
            {
                return $"{error.GetType().Name}: {error.Message}";
            }
        });
        var finished = run.Wait(TimeSpan.FromSeconds(20));
        return (finished && run.Result is null).Label(finished ? run.Result ?? "" : "hung for 20 s");
    }

    [Law]
    public Property A_document_edited_without_breaking_the_contract_is_read_and_evaluated_never_refused(Dataset dataset, HarmlessEdit[] edits)
    {
        var bytes = DatasetWriter.ToUtf8Bytes(dataset);
        foreach (var edit in edits)
        {
            bytes = edit.Apply(bytes);
        }

        try
        {
            var loaded = DatasetReader.Read(bytes);
            var report = Laws.Evaluator.Evaluate(loaded.Dataset, new EvaluationSettings { ReadingFindings = loaded.Findings });
            // (a later edit may remove the object that received it)
            var unknownAdded = System.Text.Encoding.UTF8.GetString(bytes).Contains("\"fromANewerMinorVersion\"", StringComparison.Ordinal);
            return (!unknownAdded || report.Findings.Any(f => f.Code == "DQ10"))
                .Label("a property the contract does not know was added, but no DQ10 warning names it");
        }
        catch (InvalidInputException error)
        {
            return false.Label($"a valid document was refused after {string.Join(", ", edits.Select(e => e.ToString()))}: {error.Message}");
        }
    }
}
