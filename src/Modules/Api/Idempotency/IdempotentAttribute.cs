using Microsoft.AspNetCore.Mvc;

namespace Portal.Api.Idempotency;

/// <summary>
/// Marks an API action that creates something: a request carrying an <c>Idempotency-Key</c> header is done once,
/// and the same request again with the same key gets the first answer (see <see cref="IdempotencyFilter"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class IdempotentAttribute() : TypeFilterAttribute(typeof(IdempotencyFilter))
{
    /// <summary>The header's name, as the IETF draft and Stripe spell it.</summary>
    public const string Header = "Idempotency-Key";

    /// <summary>Set on an answer that repeats the first one.</summary>
    public const string ReplayedHeader = "Idempotent-Replayed";
}
