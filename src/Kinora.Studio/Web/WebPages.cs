using System.Text;
using Kinora.Plan;
using Kinora.Studio.Api;
using Kinora.Studio.Storage;
using Kinora.Studio.Videos;

namespace Kinora.Studio.Web;

/// <summary>
/// A minimal server-rendered Studio at /studio: sign in with an API key, create a video, watch it render, play,
/// download and remix it, and see what Kinora understood. Accounts, the public feed and likes are still to come;
/// until then the API key is the identity, kept in an HttpOnly, SameSite=Strict cookie (which also keeps other
/// sites from posting these forms).
/// </summary>
public static class WebPages
{
    private const string Cookie = "kinora_key";

    public static void MapWebPages(this IEndpointRouteBuilder app)
    {
        var web = app.MapGroup("/studio").ExcludeFromDescription();
        app.MapGet("/", () => Results.Redirect("/studio")).ExcludeFromDescription();
        web.MapGet("/", Home);
        web.MapPost("/sign-in", SignIn).DisableAntiforgery();
        web.MapPost("/sign-out", SignOut).DisableAntiforgery();
        web.MapPost("/videos", Create).DisableAntiforgery();
        web.MapGet("/videos/{id}", Watch);
        web.MapPost("/videos/{id}/remix", Remix).DisableAntiforgery();
        web.MapPost("/videos/{id}/delete", Delete).DisableAntiforgery();
        web.MapGet("/videos/{id}/{variant}", Content);
    }

    private static string? Owner(HttpContext http, ApiKeys keys) => keys.OwnerOf(http.Request.Cookies[Cookie]);

    private static IResult SignInPage(string? error = null) => Html.Page("Sign in", $"""
        <h1>Sign in</h1>
        {(error is null ? "" : $"<p class=\"error\">{Html.E(error)}</p>")}
        <form method="post" action="/studio/sign-in"><label>API key <input type="password" name="key" autocomplete="current-password" required></label>
        <button>Sign in</button></form>
        <p>The key is KINORA_API_KEY, or the one in the data folder's <code>api_key</code> file.</p>
        """, status: error is null ? 200 : 401);

    private static IResult Home(HttpContext http, ApiKeys keys, VideoStore videos)
    {
        if (Owner(http, keys) is not { } owner) return SignInPage();
        var list = videos.List(owner, null, 48, ascending: false)!.Value.Page;
        var cards = new StringBuilder();
        foreach (var v in list)
        {
            var thumb = v.Status == VideoStatus.Completed ? $"<img src=\"/studio/videos/{v.Id}/thumbnail\" alt=\"\">" : $"<p>{Html.E(v.Status)} {v.Progress}%</p>";
            cards.Append($"<a class=\"card\" href=\"/studio/videos/{v.Id}\">{thumb}<div>{Html.E(v.Prompt)}</div></a>");
        }
        return Html.Page("Create", $"""
            <h1>Create</h1>
            <form method="post" action="/studio/videos">
              <textarea name="prompt" placeholder="a red ball bounces on a wooden floor" required></textarea>
              <p>{Select("size", VideoChoices.Sizes, VideoChoices.DefaultSize)} {Select("seconds", VideoChoices.Seconds, VideoChoices.DefaultSeconds)} s
                 {Select("model", [.. VideoChoices.Models.Keys], VideoChoices.DefaultModel)} <button>Generate</button></p>
            </form>
            <h2>My videos</h2><div class="grid">{cards}</div>
            """);
    }

    private static string Select(string name, IReadOnlyList<string> values, string selected) =>
        $"<select name=\"{name}\">" + string.Concat(values.Select(v => $"<option{(v == selected ? " selected" : "")}>{Html.E(v)}</option>")) + "</select>";

    private static async Task<IResult> SignIn(HttpContext http, ApiKeys keys)
    {
        var key = (await http.Request.ReadFormAsync())["key"].ToString();
        if (keys.OwnerOf(key) is null) return SignInPage("That key is not accepted.");
        http.Response.Cookies.Append(Cookie, key, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/studio", IsEssential = true });
        return Results.Redirect("/studio");
    }

    private static IResult SignOut(HttpContext http)
    {
        http.Response.Cookies.Delete(Cookie, new CookieOptions { Path = "/studio" });
        return Results.Redirect("/studio");
    }

    private static async Task<IResult> Create(HttpContext http, ApiKeys keys, VideoCreator creator)
    {
        if (Owner(http, keys) is not { } owner) return SignInPage();
        var form = await http.Request.ReadFormAsync();
        string Pick(string name, IEnumerable<string> allowed, string fallback) => allowed.Contains(form[name].ToString()) ? form[name].ToString() : fallback;
        var prompt = form["prompt"].ToString().Trim();
        if (prompt.Length == 0) return Html.Page("Create", "<p class=\"error\">Write a prompt first.</p><p><a href=\"/studio\">Back</a></p>", status: 400);
        var created = creator.Create(owner, prompt, Pick("model", VideoChoices.Models.Keys, VideoChoices.DefaultModel),
            Pick("seconds", VideoChoices.Seconds, VideoChoices.DefaultSeconds), Pick("size", VideoChoices.Sizes, VideoChoices.DefaultSize));
        return Created(created);
    }

    private static IResult Created((VideoRecord? Video, CreateRefusal Refusal, string? Message) created) => created.Refusal switch
    {
        CreateRefusal.BadPrompt => Html.Page("Create", $"<p class=\"error\">{Html.E(created.Message)}</p><p><a href=\"/studio\">Back</a></p>", status: 400),
        CreateRefusal.TooManyJobs => Html.Page("Create", "<p class=\"error\">You already have several videos rendering; wait for one to finish.</p><p><a href=\"/studio\">Back</a></p>", status: 429),
        _ => Results.Redirect($"/studio/videos/{created.Video!.Id}"),
    };

    private static IResult Watch(string id, HttpContext http, ApiKeys keys, VideoStore videos)
    {
        if (Owner(http, keys) is not { } owner) return SignInPage();
        if (videos.Find(id, owner) is not { } v) return Html.Page("Not found", "<p>No such video.</p>", status: 404);
        var plan = PlanJson.Parse(v.PlanJson);
        var notes = string.Concat(plan.Interpretation.Select(n =>
            $"<tr><td>{Html.E(n.Text)}</td><td>{(n.Understood ? "" : "⚠ ")}{Html.E(n.As)}</td></tr>"));
        var player = v.Status switch
        {
            VideoStatus.Completed => $"""
                <video controls autoplay loop playsinline poster="/studio/videos/{v.Id}/thumbnail" src="/studio/videos/{v.Id}/video"></video>
                <p><a href="/studio/videos/{v.Id}/video" download="{v.Id}.mp4">Download MP4</a> ·
                   <a href="/studio/videos/{v.Id}/spritesheet">Spritesheet</a></p>
                """,
            VideoStatus.Failed => $"<p class=\"error\">Failed: {Html.E(v.ErrorMessage)}</p>",
            _ => $"<p>{Html.E(v.Status.Replace('_', ' '))}… {v.Progress}%</p><progress max=\"100\" value=\"{v.Progress}\"></progress>",
        };
        var remixed = v.RemixedFromVideoId is null ? "" : $"<p>Remix of <a href=\"/studio/videos/{v.RemixedFromVideoId}\">{v.RemixedFromVideoId}</a></p>";
        return Html.Page("Watch", $"""
            <h1>{Html.E(v.Prompt)}</h1>
            {player}{remixed}
            <p>{Html.E(v.Size)} · {Html.E(v.Seconds)} s · {Html.E(v.Model)}</p>
            <h2>What Kinora understood</h2><table>{notes}</table>
            <details><summary>The plan</summary><pre>{Html.E(PlanJson.Serialize(plan))}</pre></details>
            <h2>Remix</h2>
            <form method="post" action="/studio/videos/{v.Id}/remix"><textarea name="prompt" required>{Html.E(v.Prompt)}</textarea><button>Remix</button></form>
            <form method="post" action="/studio/videos/{v.Id}/delete"><button style="background:#a33;border-color:#a33">Delete</button></form>
            """, refreshSeconds: VideoStatus.IsActive(v.Status) ? 2 : null);
    }

    private static async Task<IResult> Remix(string id, HttpContext http, ApiKeys keys, VideoStore videos, VideoCreator creator)
    {
        if (Owner(http, keys) is not { } owner) return SignInPage();
        if (videos.Find(id, owner) is not { } original) return Html.Page("Not found", "<p>No such video.</p>", status: 404);
        var prompt = (await http.Request.ReadFormAsync())["prompt"].ToString().Trim();
        if (prompt.Length == 0) return Html.Page("Remix", "<p class=\"error\">Write a prompt first.</p>", status: 400);
        return Created(creator.Create(owner, prompt, original.Model, original.Seconds, original.Size, remixOf: original));
    }

    private static IResult Delete(string id, HttpContext http, ApiKeys keys, VideoCreator creator)
    {
        if (Owner(http, keys) is not { } owner) return SignInPage();
        creator.Delete(id, owner);
        return Results.Redirect("/studio");
    }

    private static IResult Content(string id, string variant, HttpContext http, ApiKeys keys, VideoStore videos, MediaStore media)
    {
        if (Owner(http, keys) is not { } owner || videos.Find(id, owner) is not { Status: VideoStatus.Completed }) return Results.NotFound();
        var path = media.Variant(id, variant);
        return path is not null && File.Exists(path) ? Results.File(path, variant == "video" ? "video/mp4" : "image/jpeg", enableRangeProcessing: true) : Results.NotFound();
    }
}
