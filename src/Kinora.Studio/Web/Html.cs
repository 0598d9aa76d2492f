using System.Net;
using System.Text;

namespace Kinora.Studio.Web;

/// <summary>
/// The page frame and escaping. Pages are plain server-rendered HTML strings: no client framework and no Razor
/// build step keep the Studio one small assembly, and every value goes through <see cref="E"/>.
/// </summary>
public static class Html
{
    public static string E(string? s) => WebUtility.HtmlEncode(s ?? "");

    public static IResult Page(string title, string body, int? refreshSeconds = null, int status = 200)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        if (refreshSeconds is { } s) html.Append($"<meta http-equiv=\"refresh\" content=\"{s}\">");
        html.Append($"<title>{E(title)} · Kinora</title><style>{Style}</style></head><body>")
            .Append("<header><a href=\"/studio\">Kinora Studio</a><form method=\"post\" action=\"/studio/sign-out\"><button>Sign out</button></form></header><main>")
            .Append(body).Append("</main></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:0;background:#111;color:#eee}
        header{display:flex;justify-content:space-between;align-items:center;padding:.6rem 1rem;background:#000}
        header a{color:#fff;font-weight:600;text-decoration:none} main{max-width:56rem;margin:auto;padding:1rem}
        textarea,select,input,button{font:inherit;padding:.4rem;border-radius:.3rem;border:1px solid #444;background:#222;color:#eee}
        textarea{width:100%;min-height:5rem} button{cursor:pointer;background:#2a6;border-color:#2a6}
        .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(10rem,1fr));gap:.8rem}
        .card{background:#1c1c1c;border-radius:.4rem;padding:.5rem} .card img{width:100%;border-radius:.3rem}
        progress{width:100%} video{max-width:100%;max-height:70vh;background:#000} pre{white-space:pre-wrap;background:#1c1c1c;padding:.6rem}
        .error{color:#f77} a{color:#8cf} td{padding:.2rem .6rem .2rem 0}
        """;
}
