namespace Criteria.Sdk.Plugins;

/// <summary>A plugin cannot be loaded or used: the message says which file or plugin and why. Raised before anything is evaluated.</summary>
public sealed class PluginLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, naming the file or plugin.</param>
    /// <param name="innerException">The cause, if any.</param>
    public PluginLoadException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
