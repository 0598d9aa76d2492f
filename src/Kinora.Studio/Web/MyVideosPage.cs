using System.Text;
using Kinora.Studio.Accounts;
using Kinora.Studio.Videos;

namespace Kinora.Studio.Web;

/// <summary>/studio/mine: the signed-in user's videos, newest first, those made through the API with their keys included.</summary>
public static class MyVideosPage
{
    public static void MapMyVideosPage(this RouteGroupBuilder web) => web.MapGet("/mine", Mine);

    private static IResult Mine(HttpContext http, VideoStore videos)
    {
        if (Viewer.Of(http) is not { } viewer) return Results.Redirect("/studio/sign-in");
        var cards = new StringBuilder();
        foreach (var v in videos.List(viewer.UserId, null, 60, ascending: false)!.Value.Page)
        {
            var picture = v.Status == VideoStatus.Completed
                ? $"<img src=\"/studio/videos/{v.Id}/thumbnail\" alt=\"\" loading=\"lazy\">"
                : $"<div class=\"status\">{Html.E(v.Status.Replace('_', ' '))} {(VideoStatus.IsActive(v.Status) ? v.Progress + "%" : "")}</div>";
            cards.Append($"<a class=\"card\" href=\"/studio/videos/{v.Id}\">{picture}<div>{Html.E(v.Prompt)}</div>" +
                         $"<div class=\"muted\">{Html.E(v.Visibility)}</div></a>");
        }
        var body = cards.Length == 0 ? "<p>Nothing yet. <a href=\"/studio/create\">Make your first video</a>.</p>" : $"<div class=\"grid\">{cards}</div>";
        return Html.Page(http, "My videos", $"<h1>My videos</h1>{body}");
    }
}
