namespace Portal.Syndication.Replies;

/// <summary>The names an answer box and its page agree on: where it is on the page, and what a refused answer leaves for it.</summary>
public static class AnswerForm
{
    public static string Anchor(long interactionId) => "reaccion-" + interactionId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string ErrorKey(long interactionId) => "AnswerError:" + interactionId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string TextKey(long interactionId) => "AnswerText:" + interactionId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
