using System.Net;
using System.Text;
using Kinora.Studio.Accounts;

namespace Kinora.Studio.Web;

/// <summary>
/// The page frame and escaping. Pages are plain server-rendered HTML strings: no client framework and no Razor
/// build step keep the Studio one small assembly, every value goes through <see cref="E"/>, and the few live parts
/// (progress, autoplay in the feed) are a few lines of script on top of pages that work without it.
/// </summary>
public static class Html
{
    public static string E(string? s) => WebUtility.HtmlEncode(s ?? "");

    public static IResult Page(HttpContext http, string title, string body, int status = 200, string? mainClass = null)
    {
        var viewer = Viewer.Of(http);
        var nav = viewer is null
            ? """<a href="/studio/feed">Feed</a><a href="/studio/sign-in">Sign in</a><a href="/studio/sign-up">Sign up</a>"""
            : $"""
              <a href="/studio/feed">Feed</a><a href="/studio/create">Create</a><a href="/studio/mine">My videos</a><a href="/studio/keys">API keys</a>
              <form method="post" action="/studio/sign-out">{Forms.Token(http)}<button class="link" title="Signed in as {E(viewer.Name)}">Sign out</button></form>
              """;
        var html = new StringBuilder()
            .Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append($"<title>{E(title)} · Kinora</title><style>{Style}</style></head><body>")
            .Append($"<header><a class=\"brand\" href=\"/studio\">Kinora Studio</a><nav>{nav}</nav></header>")
            .Append($"<main class=\"{mainClass}\">").Append(body).Append("</main></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>A page with one message and a way back, for errors and refusals.</summary>
    public static IResult Message(HttpContext http, string title, string message, int status) =>
        Page(http, title, $"<h1>{E(title)}</h1><p class=\"error\">{E(message)}</p><p><a href=\"/studio\">Back to the Studio</a></p>", status);

    public static IResult NotFound(HttpContext http) =>
        Message(http, "Not found", "There is no such video, or it is not shared.", StatusCodes.Status404NotFound);

    public static string Select(string name, IEnumerable<(string Value, string Label)> options, string selected) =>
        $"<select name=\"{name}\" id=\"{name}\">" +
        string.Concat(options.Select(o => $"<option value=\"{E(o.Value)}\"{(o.Value == selected ? " selected" : "")}>{E(o.Label)}</option>")) + "</select>";

    private const string Style = """
        *{box-sizing:border-box} body{font-family:system-ui,sans-serif;margin:0;background:#111;color:#eee}
        header{display:flex;justify-content:space-between;align-items:center;padding:.6rem 1rem;background:#000;position:sticky;top:0;z-index:2}
        header a{color:#fff;text-decoration:none} .brand{font-weight:700} nav{display:flex;gap:1rem;align-items:center} nav form{margin:0}
        main{max-width:56rem;margin:auto;padding:1rem} h1{font-size:1.4rem;overflow-wrap:anywhere}
        textarea,select,input,button{font:inherit;padding:.45rem;border-radius:.35rem;border:1px solid #444;background:#222;color:#eee}
        textarea{width:100%;min-height:5rem} button{cursor:pointer;background:#2a6;border-color:#2a6;color:#fff}
        button.link{background:none;border:none;color:#fff;padding:0} button.danger{background:#a33;border-color:#a33}
        button.liked{background:#c36;border-color:#c36}
        label{display:block;margin:.6rem 0 .2rem} .row{display:flex;flex-wrap:wrap;gap:1rem;align-items:end;margin:.8rem 0} .row label{margin:0}
        .row p,.row form{margin:0} .meta{align-items:center} details{margin:1rem 0}
        .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(11rem,1fr));gap:.8rem}
        .card{background:#1c1c1c;border-radius:.4rem;padding:.5rem;color:#eee;text-decoration:none} .card img{width:100%;border-radius:.3rem;aspect-ratio:9/16;object-fit:cover}
        .card .status{aspect-ratio:9/16;display:flex;align-items:center;justify-content:center;background:#222;border-radius:.3rem}
        progress{width:100%;height:1.2rem} video{max-width:100%;max-height:70vh;background:#000;display:block;margin:auto}
        pre{white-space:pre-wrap;background:#1c1c1c;padding:.6rem;max-height:30rem;overflow:auto} .muted{color:#999}
        .error{color:#f77} a{color:#8cf} td{padding:.2rem .6rem .2rem 0;vertical-align:top} .form{max-width:26rem}
        .secret{font-family:monospace;background:#1c1c1c;padding:.6rem;overflow-wrap:anywhere;border:1px solid #2a6}
        main.feed{max-width:none;padding:0}
        .reel{height:calc(100vh - 2.8rem);overflow-y:scroll;scroll-snap-type:y mandatory}
        .slide{height:calc(100vh - 2.8rem);scroll-snap-align:start;position:relative;display:flex;justify-content:center;background:#000}
        .slide video{height:100%;max-height:none;width:auto;max-width:100%}
        .overlay{position:absolute;left:0;right:0;bottom:0;padding:1rem 1.2rem;background:linear-gradient(transparent,#000c);display:flex;justify-content:space-between;align-items:end;gap:1rem}
        .overlay p{margin:.2rem 0} .overlay form{margin:0}
        """;
}
