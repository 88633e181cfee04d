namespace Portal.Syndication.Deliveries;

/// <summary>An attempt committed as "sending": its row in the attempt log, and the delivery's attempts counting it.</summary>
internal sealed record StartedAttempt(long Id, int Number);
