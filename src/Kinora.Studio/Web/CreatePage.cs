using Kinora.Studio.Accounts;
using Kinora.Studio.Videos;

namespace Kinora.Studio.Web;

/// <summary>/studio/create: prompt, optional image, size, length, look, who can see it.</summary>
public static class CreatePage
{
    public static void MapCreatePage(this RouteGroupBuilder web)
    {
        web.MapGet("/create", (HttpContext http) => Viewer.Of(http) is null ? Results.Redirect("/studio/sign-in") : Form(http));
        web.MapPost("/create", Create);
    }

    private static IResult Form(HttpContext http, string? error = null, string prompt = "", int status = 200) => Html.Page(http, "Create", $"""
        <h1>Create a video</h1>
        {(error is null ? "" : $"<p class=\"error\" role=\"alert\">{Html.E(error)}</p>")}
        <form method="post" action="/studio/create" enctype="multipart/form-data">{Forms.Token(http)}
          <label for="prompt">What happens</label>
          <textarea id="prompt" name="prompt" placeholder="a red ball bounces on a wooden floor" required>{Html.E(prompt)}</textarea>
          <label for="image">Start from an image (optional: JPEG, PNG, WebP …)</label><input id="image" name="image" type="file" accept="image/*">
          <div class="row">
            <div><label for="size">Size</label>{Html.Select("size", WebChoices.Sizes, VideoChoices.DefaultSize)}</div>
            <div><label for="seconds">Length</label>{Html.Select("seconds", VideoChoices.Seconds.Select(s => (s, s + " s")), VideoChoices.DefaultSeconds)}</div>
            <div><label for="look">Look</label>{Html.Select("look", WebChoices.LookOptions, "")}</div>
            <div><label for="model">Quality</label>{Html.Select("model", [("sora-2", "standard (24 fps)"), ("sora-2-pro", "smooth (30 fps)")], VideoChoices.DefaultModel)}</div>
          </div>
          <label><input type="checkbox" name="public" value="on" id="public"> Share it in the public feed</label>
          <p><button>Generate</button></p>
        </form>
        """, status);

    private static async Task<IResult> Create(HttpContext http, VideoCreator creator, StudioOptions options)
    {
        if (Viewer.Of(http) is not { } viewer) return Results.Redirect("/studio/sign-in");
        IFormCollection form;
        try { form = await http.Request.ReadFormAsync(); }
        catch (InvalidDataException) { return Form(http, "That upload is too large.", status: 413); }
        string Pick(string name, Func<string, bool> allowed, string fallback) => form[name].ToString() is var v && allowed(v) ? v : fallback;
        var prompt = form["prompt"].ToString().Trim();
        if (prompt.Length == 0) return Form(http, "Write what should happen first.", status: 400);
        if (prompt.Length > options.Limits.MaxPromptChars) return Form(http, $"Keep the prompt under {options.Limits.MaxPromptChars} characters.", prompt, 400);
        ReferenceImage? reference = null;
        if (form.Files.GetFile("image") is { Length: > 0 } file)
        {
            if (file.Length > options.Limits.MaxUploadBytes)
                return Form(http, $"That image is larger than {options.Limits.MaxUploadBytes / (1024 * 1024)} MB.", prompt, 413);
            using var bytes = new MemoryStream();
            await file.CopyToAsync(bytes);
            reference = new ReferenceImage(bytes.ToArray());
        }
        var request = new NewVideo(prompt, Pick("model", VideoChoices.Models.ContainsKey, VideoChoices.DefaultModel),
            Pick("seconds", VideoChoices.Seconds.Contains, VideoChoices.DefaultSeconds), Pick("size", WebChoices.IsSize, VideoChoices.DefaultSize))
        {
            Reference = reference,
            Look = Pick("look", WebChoices.Looks.Contains, "") is { Length: > 0 } look ? look : null,
            Visibility = form["public"] == "on" ? Visibility.Public : Visibility.Private,
        };
        var created = creator.Create(viewer.UserId, request);
        return created.Refusal switch
        {
            CreateRefusal.None => Results.Redirect($"/studio/videos/{created.Video!.Id}"),
            CreateRefusal.TooManyJobs => Form(http, $"You already have {options.Limits.MaxActiveJobsPerKey} videos rendering; wait for one to finish.", prompt, 429),
            _ => Form(http, created.Message, prompt, 400),
        };
    }
}
