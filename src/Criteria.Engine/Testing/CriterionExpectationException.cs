namespace Criteria.Testing;

/// <summary>A criterion's result is not what a test expected; the message shows what it was.</summary>
public sealed class CriterionExpectationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was expected and what came out.</param>
    public CriterionExpectationException(string message)
        : base(message)
    {
    }
}
