namespace Criteria.Cli;

/// <summary>A file named on the command line, checked before it is opened so that the error says what is wrong with it.</summary>
internal static class FileArgument
{
    /// <summary>Refuses a file argument that names a folder: opening one reports only that access is denied.</summary>
    /// <param name="file">The file.</param>
    /// <exception cref="IOException">It names a folder.</exception>
    public static void RefuseFolder(FileInfo file)
    {
        if (Directory.Exists(file.FullName))
        {
            throw new IOException($"'{file}' is a folder, not a file");
        }
    }

    /// <summary>Refuses an output file that is also one of the command's inputs: writing it would destroy what is being read.</summary>
    /// <param name="output">The <c>--out</c> file, if any.</param>
    /// <param name="inputs">The files the command reads (null entries are options not given).</param>
    /// <exception cref="IOException">The output is one of the inputs.</exception>
    public static void RefuseOverwriting(FileInfo? output, params IEnumerable<FileInfo?> inputs)
    {
        if (output is not null && inputs.Any(input => input is not null && string.Equals(Path.GetFullPath(input.FullName), Path.GetFullPath(output.FullName), StringComparison.Ordinal)))
        {
            throw new IOException($"--out '{output}' is also an input of the command: writing to it would destroy what is read; give another file");
        }
    }
}
