using System.Net;
using System.Text.RegularExpressions;

namespace Kinora.Studio.Tests;

/// <summary>
/// A browser's side of the web app over plain HTTP: a cookie jar, no redirects followed, and forms posted with the
/// antiforgery token read from the page they are on, as a browser would send them.
/// </summary>
public sealed partial class WebSession(string baseUrl) : IDisposable
{
    private readonly HttpClient _http = new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
    {
        BaseAddress = new Uri(baseUrl + "/"),
    };

    public Task<HttpResponseMessage> Get(string path) => _http.GetAsync(path.TrimStart('/'));

    public async Task<string> Page(string path)
    {
        var r = await Get(path);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        return await r.Content.ReadAsStringAsync();
    }

    /// <summary>Posts a form found on <paramref name="page"/> with its token.</summary>
    public async Task<HttpResponseMessage> Post(string page, string action, params (string Name, string Value)[] fields)
    {
        var token = TokenOn(await Page(page));
        return await _http.PostAsync(action.TrimStart('/'), new FormUrlEncodedContent([.. fields.Select(f => KeyValuePair.Create(f.Name, f.Value)), KeyValuePair.Create("__form_token", token)]));
    }

    public async Task<HttpResponseMessage> PostMultipart(string page, string action, MultipartFormDataContent form)
    {
        form.Add(new StringContent(TokenOn(await Page(page))), "__form_token");
        return await _http.PostAsync(action.TrimStart('/'), form);
    }

    /// <summary>Posts without a token, as another site's form would.</summary>
    public Task<HttpResponseMessage> PostWithoutToken(string action, params (string Name, string Value)[] fields) =>
        _http.PostAsync(action.TrimStart('/'), new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))));

    public async Task SignUp(string email, string name = "Tester", string password = "correct horse battery")
    {
        var r = await Post("studio/sign-up", "studio/sign-up", ("email", email), ("name", name), ("password", password));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
    }

    public static string Location(HttpResponseMessage r) => r.Headers.Location!.ToString();

    private static string TokenOn(string html) => TokenField().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException("no form token on the page");

    [GeneratedRegex("name=\"__form_token\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    public void Dispose() => _http.Dispose();
}
