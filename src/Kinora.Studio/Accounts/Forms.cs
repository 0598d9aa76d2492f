using Microsoft.AspNetCore.Antiforgery;

namespace Kinora.Studio.Accounts;

/// <summary>The antiforgery token each web form carries, and the check every web POST passes first.</summary>
public static class Forms
{
    public const string TokenField = "__form_token";

    /// <summary>The hidden field to put inside a &lt;form&gt;.</summary>
    public static string Token(HttpContext http)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return $"<input type=\"hidden\" name=\"{TokenField}\" value=\"{System.Net.WebUtility.HtmlEncode(tokens.RequestToken)}\">";
    }
}

/// <summary>Refuses a form post whose token is missing or was made for another session (a cross-site request).</summary>
public sealed class FormTokenFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsPost(http.Request.Method) && !await antiforgery.IsRequestValidAsync(http))
            return Web.Html.Message(http, "Expired form", "That form has expired or came from another site. Go back, reload the page and try again.", 400);
        return await next(context);
    }
}
