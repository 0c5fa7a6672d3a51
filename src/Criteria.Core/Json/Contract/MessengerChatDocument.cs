namespace Criteria.Json.Contract;

internal sealed class MessengerChatDocument : ContractObject
{
    public string? Platform { get; set; }

    public int? Members { get; set; }

    public DateOnly? LastActivity { get; set; }
}
