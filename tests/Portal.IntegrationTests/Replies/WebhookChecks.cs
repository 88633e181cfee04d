using System.Reflection;
using System.Reflection.Emit;
using Portal.Syndication.Replies;

namespace Portal.IntegrationTests.Replies;

/// <summary>What the tests of a webhook reader need: the request as the endpoint hands it over, and a look at how it compares.</summary>
public static class WebhookChecks
{
    /// <summary>The request as a webhook receiver gets it: headers by lower-case name, the raw body.</summary>
    public static WebhookRequest Received(HttpRequestMessage request, byte[] body) =>
        new(request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(",", h.Value)), body);

    /// <summary>Whether <paramref name="method"/>'s own IL calls a method named <paramref name="name"/> of <paramref name="type"/>.</summary>
    public static bool Calls(MethodInfo method, Type type, string name)
    {
        var il = method.GetMethodBody()!.GetILAsByteArray()!;
        for (var i = 0; i + 4 < il.Length; i++)
        {
            if (il[i] != OpCodes.Call.Value && il[i] != OpCodes.Callvirt.Value)
            {
                continue;
            }

            try
            {
                if (method.Module.ResolveMethod(BitConverter.ToInt32(il, i + 1)) is { } called && called.DeclaringType == type && called.Name == name)
                {
                    return true;
                }
            }
            catch (ArgumentException)
            {
                // Not a method token: the byte was an operand, not a call.
            }
        }

        return false;
    }
}
