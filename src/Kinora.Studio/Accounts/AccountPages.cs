using Kinora.Studio.Web;

namespace Kinora.Studio.Accounts;

/// <summary>/studio/sign-up, /sign-in, /sign-out and /keys: accounts and the API keys a user makes for their code.</summary>
public static class AccountPages
{
    public static void MapAccountPages(this RouteGroupBuilder web)
    {
        web.MapGet("/sign-up", (HttpContext http) => SignUpPage(http));
        web.MapPost("/sign-up", SignUp);
        web.MapGet("/sign-in", (HttpContext http) => SignInPage(http));
        web.MapPost("/sign-in", SignIn);
        web.MapPost("/sign-out", (Delegate)SignOut); // as a Delegate, so its IResult is written, not dropped
        web.MapGet("/keys", Keys);
        web.MapPost("/keys", CreateKey);
        web.MapPost("/keys/{id}/revoke", RevokeKey);
    }

    private static IResult SignUpPage(HttpContext http, SignUpRefusal? refusal = null, string email = "", string name = "") => Html.Page(http, "Sign up", $"""
        <h1>Make an account</h1>
        {Error(refusal?.Message)}
        <form class="form" method="post" action="/studio/sign-up">{Forms.Token(http)}
          <label for="email">Email</label><input id="email" name="email" type="email" autocomplete="email" required value="{Html.E(email)}">
          <label for="name">Name shown with your videos</label><input id="name" name="name" autocomplete="nickname" required maxlength="60" value="{Html.E(name)}">
          <label for="password">Password (at least {UserStore.MinPasswordLength} characters)</label>
          <input id="password" name="password" type="password" autocomplete="new-password" required minlength="{UserStore.MinPasswordLength}">
          <p><button>Sign up</button></p>
        </form>
        <p class="muted">Have an account? <a href="/studio/sign-in">Sign in</a>.</p>
        """, refusal is null ? 200 : 400);

    private static IResult SignInPage(HttpContext http, string? error = null, string email = "") => Html.Page(http, "Sign in", $"""
        <h1>Sign in</h1>
        {Error(error)}
        <form class="form" method="post" action="/studio/sign-in">{Forms.Token(http)}
          <label for="email">Email</label><input id="email" name="email" type="email" autocomplete="email" required value="{Html.E(email)}">
          <label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
          <p><button>Sign in</button></p>
        </form>
        <p class="muted">New here? <a href="/studio/sign-up">Make an account</a>.</p>
        """, error is null ? 200 : 401);

    private static string Error(string? message) => message is null ? "" : $"<p class=\"error\" role=\"alert\">{Html.E(message)}</p>";

    private static async Task<IResult> SignUp(HttpContext http, UserStore users)
    {
        var form = await http.Request.ReadFormAsync();
        var (email, name) = (form["email"].ToString(), form["name"].ToString());
        var (user, refusal) = users.SignUp(email, name, form["password"].ToString());
        if (user is null) return SignUpPage(http, refusal, email, name);
        await Viewer.SignInAsync(http, user);
        return Results.Redirect("/studio/create");
    }

    private static async Task<IResult> SignIn(HttpContext http, UserStore users)
    {
        var form = await http.Request.ReadFormAsync();
        var email = form["email"].ToString();
        if (users.SignIn(email, form["password"].ToString()) is not { } user) return SignInPage(http, "That email and password do not match an account.", email);
        await Viewer.SignInAsync(http, user);
        return Results.Redirect("/studio/create");
    }

    private static async Task<IResult> SignOut(HttpContext http)
    {
        await Viewer.SignOutAsync(http);
        return Results.Redirect("/studio/feed");
    }

    private static IResult Keys(HttpContext http, ApiKeyStore keys) =>
        Viewer.Of(http) is { } viewer ? KeysPage(http, keys, viewer, null) : Results.Redirect("/studio/sign-in");

    private static IResult KeysPage(HttpContext http, ApiKeyStore keys, Viewer viewer, string? newSecret)
    {
        var rows = string.Concat(keys.List(viewer.UserId).Select(k => $"""
            <tr><td>{Html.E(k.Name)}</td><td><code>{Html.E(k.Hint)}</code></td><td>{Date(k.CreatedAt)}</td>
            <td>{(k.RevokedAt is { } r ? $"revoked {Date(r)}" : $"<form method=\"post\" action=\"/studio/keys/{k.Id}/revoke\">{Forms.Token(http)}<button class=\"danger\">Revoke</button></form>")}</td></tr>
            """));
        var created = newSecret is null ? "" : $"""
            <p>Your new key — copy it now, it is not shown again:</p><p class="secret" id="new-key">{Html.E(newSecret)}</p>
            """;
        var origin = $"{http.Request.Scheme}://{http.Request.Host}";
        return Html.Page(http, "API keys", $"""
            <h1>API keys</h1>
            <p>Code written for OpenAI's Videos API runs against this Studio with one of these keys and base URL
               <code>{Html.E(origin)}/v1</code>; the videos it makes are yours and appear under My videos.</p>
            {created}
            <form class="row" method="post" action="/studio/keys">{Forms.Token(http)}
              <div><label for="name">Name</label><input id="name" name="name" placeholder="my app" maxlength="60"></div><button>Create key</button></form>
            <table><tbody>{rows}</tbody></table>
            """);
    }

    private static async Task<IResult> CreateKey(HttpContext http, ApiKeyStore keys)
    {
        if (Viewer.Of(http) is not { } viewer) return Results.Redirect("/studio/sign-in");
        var (_, secret) = keys.Create(viewer.UserId, (await http.Request.ReadFormAsync())["name"].ToString());
        // Shown on this response only (not a redirect): the secret never travels in a URL or lands in history.
        http.Response.Headers.CacheControl = "no-store";
        return KeysPage(http, keys, viewer, secret);
    }

    private static IResult RevokeKey(string id, HttpContext http, ApiKeyStore keys)
    {
        if (Viewer.Of(http) is not { } viewer) return Results.Redirect("/studio/sign-in");
        keys.Revoke(viewer.UserId, id);
        return Results.Redirect("/studio/keys");
    }

    private static string Date(long unix) => DateTimeOffset.FromUnixTimeSeconds(unix).UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'");
}
