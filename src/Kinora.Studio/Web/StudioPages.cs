using Kinora.Studio.Accounts;

namespace Kinora.Studio.Web;

/// <summary>
/// The web app at /studio: accounts, create, watch, my videos, the feed. Every POST carries an antiforgery token
/// (<see cref="FormTokenFilter"/>); none of it is in the OpenAPI document, which describes /v1 only.
/// </summary>
public static class StudioPages
{
    public static void MapStudioPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Results.Redirect("/studio")).ExcludeFromDescription();
        var web = app.MapGroup("/studio").ExcludeFromDescription().AddEndpointFilter<FormTokenFilter>();
        web.MapGet("/", (HttpContext http) => Results.Redirect(Viewer.Of(http) is null ? "/studio/feed" : "/studio/create"));
        web.MapAccountPages();
        web.MapCreatePage();
        web.MapMyVideosPage();
        web.MapFeedPage();
        web.MapWatchPage();
    }
}
