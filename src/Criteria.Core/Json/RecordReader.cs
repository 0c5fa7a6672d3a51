using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Criteria.Collections;
using Criteria.Facts;
using Criteria.Json.Contract;

namespace Criteria.Json;

/// <summary>
/// Reads one record — a college, an employer, an event or a graduate — on its own, as a change feed
/// delivers it, with the dataset reader's rules: the same strict types, limits and required members, and
/// errors (<see cref="InvalidInputException"/>) that name the JSON path (from the record's root, <c>$</c>),
/// line and byte. An element of a dataset's section reads the same here as in the whole file.
/// </summary>
public static class RecordReader
{
    /// <summary>Reads a graduate (an element of the dataset's <c>graduates</c>).</summary>
    /// <param name="utf8Json">The UTF-8 JSON of one object.</param>
    /// <returns>The graduate and the findings of reading it.</returns>
    /// <exception cref="InvalidInputException">The document breaks the contract.</exception>
    public static RecordLoadResult<Graduate> ReadGraduate(ReadOnlySpan<byte> utf8Json) =>
        Read(utf8Json, ContractJsonContext.Reading.GraduateDocument, (binder, document) => binder.BindRecord(document));

    /// <summary>Reads a college (an element of the dataset's <c>colleges</c>).</summary>
    /// <param name="utf8Json">The UTF-8 JSON of one object.</param>
    /// <returns>The college and the findings of reading it.</returns>
    /// <exception cref="InvalidInputException">The document breaks the contract.</exception>
    public static RecordLoadResult<College> ReadCollege(ReadOnlySpan<byte> utf8Json) =>
        Read(utf8Json, ContractJsonContext.Reading.CollegeDocument, (binder, document) => binder.BindRecord(document));

    /// <summary>Reads an employer (an element of the dataset's <c>employers</c>).</summary>
    /// <param name="utf8Json">The UTF-8 JSON of one object.</param>
    /// <returns>The employer and the findings of reading it.</returns>
    /// <exception cref="InvalidInputException">The document breaks the contract.</exception>
    public static RecordLoadResult<Employer> ReadEmployer(ReadOnlySpan<byte> utf8Json) =>
        Read(utf8Json, ContractJsonContext.Reading.EmployerDocument, (binder, document) => binder.BindRecord(document));

    /// <summary>Reads an event (an element of the dataset's <c>events</c>).</summary>
    /// <param name="utf8Json">The UTF-8 JSON of one object.</param>
    /// <returns>The event and the findings of reading it.</returns>
    /// <exception cref="InvalidInputException">The document breaks the contract.</exception>
    public static RecordLoadResult<CareerEvent> ReadEvent(ReadOnlySpan<byte> utf8Json) =>
        Read(utf8Json, ContractJsonContext.Reading.EventDocument, (binder, document) => binder.BindRecord(document));

    private static RecordLoadResult<T> Read<TDocument, T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<TDocument> typeInfo, Func<DatasetBinder, TDocument, T> bind)
        where TDocument : class
        where T : class
    {
        if (utf8Json.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8Json = utf8Json[Encoding.UTF8.Preamble.Length..];
        }

        var binder = new DatasetBinder();
        try
        {
            using (binder.Enter())
            {
                var document = JsonSerializer.Deserialize(utf8Json, typeInfo)
                    ?? throw new InvalidInputException(JsonPath.Root, "expected a JSON object, found null");
                var record = bind(binder, document);
                return new RecordLoadResult<T>(record, binder.Findings.ToValueArray());
            }
        }
        catch (JsonException exception)
        {
            throw ContractErrors.From(exception);
        }
    }
}
