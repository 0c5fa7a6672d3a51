using System.Text;
using Xunit;

namespace Criteria.Tests.Shared;

/// <summary>The corpus of broken datasets every entry point is held to (the command, the service): named breakages of the sample and ten with random bytes flipped.</summary>
internal static class BrokenFiles
{
    public static TheoryData<string, byte[]> Of(byte[] valid)
    {
        var text = Encoding.UTF8.GetString(valid);
        var data = new TheoryData<string, byte[]>
        {
            { "empty", [] },
            { "truncated", valid[..(valid.Length / 3)] },
            { "array", Encoding.UTF8.GetBytes("[" + text + "]") },
            { "duplicate key", Encoding.UTF8.GetBytes(text.Replace("\"region\":", "\"region\": \"x\", \"region\":", StringComparison.Ordinal)) },
            { "deep", Encoding.UTF8.GetBytes(text.Replace("\"Hand region\"", new string('[', 100) + new string(']', 100), StringComparison.Ordinal)) },
            { "huge number", Encoding.UTF8.GetBytes(text.Replace("\"total\": 3", "\"total\": 1e400", StringComparison.Ordinal)) },
            { "impossible date", Encoding.UTF8.GetBytes(text.Replace("2023-04-01", "2023-02-30", StringComparison.Ordinal)) },
            { "schema 2", Encoding.UTF8.GetBytes(text.Replace("\"1.0\"", "\"2.0\"", StringComparison.Ordinal)) },
            { "windows-1251", Windows1251(text) },
            { "long string", Encoding.UTF8.GetBytes(text.Replace("\"Hand region\"", "\"" + new string('x', 10_000) + "\"", StringComparison.Ordinal)) },
        };
        var random = new Random(2023);
        for (var i = 0; i < 10; i++)
        {
            var bytes = (byte[])valid.Clone();
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            data.Add($"flipped {i}", bytes);
        }

        return data;
    }

    /// <summary>The text as Windows-1251 would store it: Cyrillic letters as single bytes 0xC0–0xFF, which are not UTF-8.</summary>
    private static byte[] Windows1251(string text) =>
        text.Select(c => c switch
        {
            >= 'А' and <= 'я' => (byte)(0xC0 + (c - 'А')),
            < (char)128 => (byte)c,
            _ => (byte)'?',
        }).ToArray();
}
