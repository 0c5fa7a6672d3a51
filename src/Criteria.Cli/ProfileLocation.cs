using System.Text;
using System.Text.Json;
using Criteria.Json;

namespace Criteria.Cli;

/// <summary>
/// Names the profile file in its errors: those of reading it, and those found when the profile met the
/// criteria (a target out of range, a plugin's options), which also get the line and byte of their JSON
/// path: the library checks a profile it holds in memory, the command line still has the file.
/// </summary>
internal static class ProfileLocation
{
    /// <summary>
    /// Reads a profile file; an error in it names the file (a truncated or empty profile is otherwise told
    /// from a broken dataset only by its JSON path).
    /// </summary>
    public static async Task<ProfileLoadResult> ReadAsync(FileInfo profile, CancellationToken cancellationToken)
    {
        try
        {
            return await ProfileReader.ReadFileAsync(profile.FullName, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidInputException error) when (!error.Problem.EndsWith(Named(profile), StringComparison.Ordinal))
        {
            throw new InvalidInputException(error.Path, error.Problem + Named(profile), error.RecordId, error.Line, error.BytePositionInLine, error);
        }
    }

    /// <summary>Gives a profile error found when the profile met the criteria its place in the profile file, and names the file.</summary>
    public static InvalidInputException Locate(InvalidInputException error, FileInfo? profile)
    {
        if (error.Line is not null || profile is null || !profile.Exists || !error.Path.StartsWith("$.", StringComparison.Ordinal))
        {
            return error;
        }

        try
        {
            var bytes = File.ReadAllBytes(profile.FullName);
            if (Find(bytes, error.Path) is not { } place)
            {
                return error;
            }

            return new InvalidInputException(error.Path, error.Problem + Named(profile), error.RecordId, place.Line, place.Byte, error);
        }
        catch (Exception failure) when (failure is IOException or JsonException or UnauthorizedAccessException)
        {
            return error;
        }
    }

    /// <summary>The 1-based line and byte where the value at <paramref name="path"/> starts, or null.</summary>
    private static (long Line, long Byte)? Find(byte[] utf8, string path)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var stack = new List<string>();
        var indices = new List<int>();
        string? pending = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pending = reader.GetString();
                    continue;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    var current = Here(stack, indices, pending);
                    if (current == path)
                    {
                        return Position(utf8, reader.TokenStartIndex);
                    }

                    stack.Add(current);
                    indices.Add(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                    pending = null;
                    continue;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    stack.RemoveAt(stack.Count - 1);
                    indices.RemoveAt(indices.Count - 1);
                    Advance(indices);
                    continue;
                default:
                    if (Here(stack, indices, pending) == path)
                    {
                        return Position(utf8, reader.TokenStartIndex);
                    }

                    pending = null;
                    Advance(indices);
                    continue;
            }
        }

        return null;
    }

    /// <summary>The path of the value the reader is on: the root, a property of an object, or an element of an array.</summary>
    private static string Here(List<string> stack, List<int> indices, string? property) =>
        stack.Count == 0 ? "$"
        : property is not null ? Property(stack[^1], property)
        : $"{stack[^1]}[{indices[^1]}]";

    /// <summary>A property's path as the library writes it: <c>$.a.b</c>, or <c>$.a['2.1']</c> for a name that is not plain.</summary>
    private static string Property(string parent, string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? $"{parent}.{name}"
            : $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    private static void Advance(List<int> indices)
    {
        if (indices.Count > 0 && indices[^1] >= 0)
        {
            indices[^1]++;
        }
    }

    private static (long Line, long Byte) Position(byte[] utf8, long offset)
    {
        long line = 1, start = 0;
        for (var i = 0; i < offset; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line++;
                start = i + 1;
            }
        }

        return (line, offset - start + 1);
    }

    private static string Named(FileInfo profile) => $" (profile {profile.Name})";
}
