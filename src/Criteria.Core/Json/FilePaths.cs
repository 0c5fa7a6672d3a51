namespace Criteria.Json;

/// <summary>Checks of a file path before it is opened, for errors that say what is wrong with it.</summary>
internal static class FilePaths
{
    /// <summary>Refuses a path that names a folder: opening one reports only that access is denied.</summary>
    /// <param name="path">The path of the file to open.</param>
    /// <exception cref="IOException">The path names a folder.</exception>
    public static void RefuseFolder(string path)
    {
        if (Directory.Exists(path))
        {
            throw new IOException($"'{path}' is a folder, not a file");
        }
    }
}
