namespace Criteria.Json.Contract;

internal sealed class MessengerChatDocument : ContractObject
{
    public string? Platform { get; set { field = value; Seen(1); } }

    public int? Members { get; set { field = value; Seen(2); } }

    public DateOnly? LastActivity { get; set { field = value; Seen(3); } }
}
