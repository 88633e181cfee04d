using System.Security.Cryptography;
using System.Text;
using Portal.Syndication.Replies;

namespace Portal.Inbox.Answers;

/// <summary>
/// Ids for the messages the portal writes itself (receipts, surveys), derived from what they are, so a retry after
/// a crash finds the message already queued instead of sending a second.
/// </summary>
public static class SystemAnswerIds
{
    public static string For(string what) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(what)))[..AnswerCommands.AnswerIdLength];
}
