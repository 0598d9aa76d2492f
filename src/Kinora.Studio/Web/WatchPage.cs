using System.Text.Json;
using Kinora.Plan;
using Kinora.Studio.Accounts;
using Kinora.Studio.Feed;
using Kinora.Studio.Storage;
using Kinora.Studio.Videos;

namespace Kinora.Studio.Web;

/// <summary>
/// /studio/videos/{id}: live progress while it renders, then the player, what Kinora understood, the plan,
/// download, remix, like; its owner also shares, unshares and deletes it. Another person's private video is a 404.
/// </summary>
public static class WatchPage
{
    public static void MapWatchPage(this RouteGroupBuilder web)
    {
        web.MapGet("/videos/{id}", Watch);
        web.MapGet("/videos/{id}/progress", Progress);
        web.MapPost("/videos/{id}/remix", Remix);
        web.MapPost("/videos/{id}/like", Like);
        web.MapPost("/videos/{id}/visibility", SetVisibility);
        web.MapPost("/videos/{id}/delete", Delete);
        web.MapGet("/videos/{id}/{variant}", Content);
    }

    private static IResult Watch(string id, HttpContext http, VideoStore videos, LikeStore likes, UserStore users)
    {
        var viewer = Viewer.Of(http);
        if (videos.FindVisible(id, viewer?.UserId) is not { } v) return Html.NotFound(http);
        var mine = v.Owner == viewer?.UserId;
        var plan = PlanJson.Parse(v.PlanJson);
        var notes = string.Concat(plan.Interpretation.Select(n =>
            $"<tr><td>“{Html.E(n.Text)}”</td><td>{(n.Understood ? "→ " + Html.E(n.As) : "<span class=\"error\">not understood</span>")}</td></tr>"));
        var token = viewer is null ? "" : Forms.Token(http);
        var player = v.Status switch
        {
            VideoStatus.Completed => $"""
                <video id="player" controls autoplay muted loop playsinline poster="/studio/videos/{v.Id}/thumbnail" src="/studio/videos/{v.Id}/video"></video>
                <p><a href="/studio/videos/{v.Id}/video" download="{v.Id}.mp4">Download MP4</a> · <a href="/studio/videos/{v.Id}/spritesheet">Spritesheet</a></p>
                """,
            VideoStatus.Failed => $"<p class=\"error\">It failed: {Html.E(v.ErrorMessage)}</p>",
            _ => $$"""
                <p id="status">{{Label(v.Status)}} — <span id="percent">{{v.Progress}}</span>%</p>
                <progress id="progress" max="100" value="{{v.Progress}}"></progress>
                <noscript><p>Reload the page to see how far it is.</p></noscript>
                <script>
                // Polls the render's progress once a second and shows the finished video when it is done.
                (async function poll() {
                  const r = await fetch(location.pathname + '/progress', { cache: 'no-store' });
                  if (!r.ok) return;
                  const v = await r.json();
                  document.getElementById('progress').value = v.progress;
                  document.getElementById('percent').textContent = v.progress;
                  document.getElementById('status').firstChild.textContent = v.label + ' — ';
                  if (v.status === 'completed' || v.status === 'failed') location.reload(); else setTimeout(poll, 1000);
                })();
                </script>
                """,
        };
        var owner = mine ? "you" : users.Find(v.Owner)?.Name ?? "an API key";
        var likeCount = likes.Count(v.Id);
        var like = viewer is null
            ? $"<p class=\"muted\">♥ {likeCount} · <a href=\"/studio/sign-in\">Sign in</a> to like or remix it.</p>"
            : $"""
              <form method="post" action="/studio/videos/{v.Id}/like">{token}<button id="like" class="{(likes.Likes(v.Id, viewer.UserId) ? "liked" : "")}">♥ <span id="likes">{likeCount}</span></button></form>
              """;
        var reference = v.InputReference is null ? "" : $"<p>Started from <a href=\"/studio/videos/{v.Id}/reference\">this image</a>.</p>";
        var remixed = v.RemixedFromVideoId is null ? "" : $"<p>Remix of <a href=\"/studio/videos/{v.RemixedFromVideoId}\">{v.RemixedFromVideoId}</a></p>";
        var remix = viewer is null ? "" : $"""
            <h2>Remix</h2>
            <p class="muted">Change the words; what they do not change (layout, framing, timing, size, length) stays.</p>
            <form method="post" action="/studio/videos/{v.Id}/remix">{token}<textarea name="prompt" id="remix-prompt" required>{Html.E(v.Prompt)}</textarea><p><button>Remix</button></p></form>
            """;
        var manage = !mine ? "" : $"""
            <div class="row">
            <form method="post" action="/studio/videos/{v.Id}/visibility">{token}<input type="hidden" name="visibility" value="{(v.Visibility == Visibility.Public ? Visibility.Private : Visibility.Public)}">
              <button id="share">{(v.Visibility == Visibility.Public ? "Make private" : "Share in the feed")}</button></form>
            <form method="post" action="/studio/videos/{v.Id}/delete">{token}<button class="danger">Delete</button></form>
            </div>
            """;
        return Html.Page(http, v.Prompt, $"""
            <h1>{Html.E(v.Prompt)}</h1>
            {player}
            <div class="row meta">{like}<p class="muted">{Html.E(v.Size)} · {Html.E(v.Seconds)} s · {Html.E(plan.Look.Style)} · by {Html.E(owner)} ·
              {(v.Visibility == Visibility.Public ? "public" : "private")}</p></div>
            {reference}{remixed}{manage}
            <h2>What Kinora understood</h2><table id="understood"><tbody>{notes}</tbody></table>
            <details><summary>The plan</summary><pre id="plan">{Html.E(PlanJson.Serialize(plan))}</pre></details>
            {remix}
            """);
    }

    private static string Label(string status) => status == VideoStatus.Queued ? "Waiting for a free renderer" : "Rendering";

    private static IResult Progress(string id, HttpContext http, VideoStore videos) =>
        videos.FindVisible(id, Viewer.Of(http)?.UserId) is { } v
            ? Results.Json(new { status = v.Status, progress = v.Progress, label = Label(v.Status) }, JsonSerializerOptions.Web)
            : Results.NotFound();

    private static async Task<IResult> Remix(string id, HttpContext http, VideoStore videos, VideoCreator creator, StudioOptions options)
    {
        if (Viewer.Of(http) is not { } viewer) return Results.Redirect("/studio/sign-in");
        if (videos.FindVisible(id, viewer.UserId) is not { } original) return Html.NotFound(http);
        var prompt = (await http.Request.ReadFormAsync())["prompt"].ToString().Trim();
        if (prompt.Length == 0 || prompt.Length > options.Limits.MaxPromptChars)
            return Html.Message(http, "Remix", $"Write a prompt of 1 to {options.Limits.MaxPromptChars} characters.", 400);
        // A remix is the remixer's own video, private until they share it.
        var created = creator.Create(viewer.UserId, new NewVideo(prompt, original.Model, original.Seconds, original.Size) { RemixOf = original });
        return created.Refusal switch
        {
            CreateRefusal.None => Results.Redirect($"/studio/videos/{created.Video!.Id}"),
            CreateRefusal.TooManyJobs => Html.Message(http, "Remix", "You already have several videos rendering; wait for one to finish.", 429),
            _ => Html.Message(http, "Remix", created.Message ?? "That prompt cannot be made into a video.", 400),
        };
    }

    private static async Task<IResult> Like(string id, HttpContext http, VideoStore videos, LikeStore likes)
    {
        if (Viewer.Of(http) is not { } viewer) return Results.Redirect("/studio/sign-in");
        if (videos.FindVisible(id, viewer.UserId) is null) return Html.NotFound(http);
        likes.Toggle(id, viewer.UserId);
        return Results.Redirect(LocalReturn(await http.Request.ReadFormAsync()) ?? $"/studio/videos/{id}");
    }

    private static async Task<IResult> SetVisibility(string id, HttpContext http, VideoStore videos)
    {
        if (Viewer.Of(http) is not { } viewer) return Results.Redirect("/studio/sign-in");
        var wanted = (await http.Request.ReadFormAsync())["visibility"].ToString();
        if (wanted is not (Visibility.Public or Visibility.Private)) return Html.Message(http, "Share", "Choose public or private.", 400);
        return videos.SetVisibility(id, viewer.UserId, wanted) ? Results.Redirect($"/studio/videos/{id}") : Html.NotFound(http);
    }

    private static IResult Delete(string id, HttpContext http, VideoCreator creator)
    {
        if (Viewer.Of(http) is not { } viewer) return Results.Redirect("/studio/sign-in");
        return creator.Delete(id, viewer.UserId) ? Results.Redirect("/studio/mine") : Html.NotFound(http);
    }

    private static IResult Content(string id, string variant, HttpContext http, VideoStore videos, MediaStore media)
    {
        if (videos.FindVisible(id, Viewer.Of(http)?.UserId) is not { } v) return Results.NotFound();
        if (variant == "reference")
            return v.InputReference is { } name && Path.Combine(media.VideoDir(id), name) is var file && File.Exists(file)
                ? Results.File(file, "image/" + Path.GetExtension(name).TrimStart('.').Replace("jpg", "jpeg")) : Results.NotFound();
        if (v.Status != VideoStatus.Completed) return Results.NotFound();
        var path = media.Variant(id, variant);
        return path is not null && File.Exists(path) ? Results.File(path, variant == "video" ? "video/mp4" : "image/jpeg", enableRangeProcessing: true) : Results.NotFound();
    }

    /// <summary>The page a form asked to come back to, if it is one of ours (never an outside address).</summary>
    private static string? LocalReturn(IFormCollection form) =>
        form["return"].ToString() is var r && r.StartsWith("/studio/", StringComparison.Ordinal) && !r.StartsWith("//", StringComparison.Ordinal) ? r : null;
}
