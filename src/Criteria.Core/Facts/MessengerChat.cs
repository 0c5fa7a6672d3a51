namespace Criteria.Facts;

/// <summary>A messenger group chat on employment assistance (criterion 1.3).</summary>
public sealed record MessengerChat
{
    private readonly int _members;

    /// <summary>The messenger, for example <c>vk</c> or <c>telegram</c>; null when not given.</summary>
    public string? Platform { get; init; }

    /// <summary>The number of members, 0 or more.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int Members { get => _members; init => _members = Guard.NotNegative(value); }

    /// <summary>The day of the chat's last activity; null when unknown.</summary>
    public DateOnly? LastActivity { get; init; }
}
