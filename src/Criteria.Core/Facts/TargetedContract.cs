namespace Criteria.Facts;

/// <summary>A targeted-training contract (договор целевого обучения) of a graduate with an employer (criterion 5.6).</summary>
public sealed record TargetedContract
{
    private readonly string _employerId = "";

    /// <summary>The id of the employer of the contract.</summary>
    /// <exception cref="ArgumentException">The value is null or empty.</exception>
    public required string EmployerId { get => _employerId; init => _employerId = Guard.NotEmpty(value); }
}
