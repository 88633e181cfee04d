using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Portal.Core.Hosting;

/// <summary>Model binding's built-in English messages, replaced by the framework's resources.</summary>
internal sealed class SpanishModelBindingMessages(IStringLocalizer<CoreResources> S) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var messages = options.ModelBindingMessageProvider;
        messages.SetValueIsInvalidAccessor(v => S["Binding_ValueIsInvalid", v]);
        messages.SetValueMustBeANumberAccessor(f => S["Binding_ValueMustBeANumber", f]);
        messages.SetMissingBindRequiredValueAccessor(f => S["Binding_MissingValue", f]);
        messages.SetAttemptedValueIsInvalidAccessor((v, f) => S["Binding_AttemptedValueIsInvalid", v, f]);
        messages.SetMissingKeyOrValueAccessor(() => S["Binding_MissingKeyOrValue"]);
        messages.SetUnknownValueIsInvalidAccessor(f => S["Binding_UnknownValueIsInvalid", f]);
        messages.SetValueMustNotBeNullAccessor(v => S["Binding_ValueMustNotBeNull", v]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(v => S["Binding_NonPropertyAttemptedValueIsInvalid", v]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => S["Binding_NonPropertyUnknownValueIsInvalid"]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => S["Binding_NonPropertyValueMustBeANumber"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => S["Binding_MissingRequestBody"]);
    }
}
