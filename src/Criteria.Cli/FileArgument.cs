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
}
