namespace Criteria.Reporting;

/// <summary>
/// Reports that cannot make one trend (docs/trend.md): fewer than two, another catalog, other criteria, another
/// region, other status sets, or two with the same cut-off. The message and <see cref="Inputs"/> name the inputs.
/// </summary>
public sealed class IncompatibleReportsException : Exception
{
    /// <summary>Creates the exception.</summary>
    public IncompatibleReportsException()
        : this("The reports cannot make one trend.", [])
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    public IncompatibleReportsException(string message)
        : this(message, [])
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public IncompatibleReportsException(string message, Exception innerException)
        : base(message, innerException) => Inputs = [];

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, naming the inputs.</param>
    /// <param name="inputs">The inputs concerned.</param>
    public IncompatibleReportsException(string message, IReadOnlyList<string> inputs)
        : base(message) => Inputs = inputs;

    /// <summary>The names of the inputs concerned.</summary>
    public IReadOnlyList<string> Inputs { get; }
}
