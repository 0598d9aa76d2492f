using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Kinora.Studio.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Kinora.Studio.Tests;

/// <summary>Accounts: sign-up rules, sign-in and out, hashed passwords, API keys made and revoked in the web app.</summary>
[Collection(StudioCollection.Name)]
public sealed partial class AccountTests(StudioFixture studio)
{
    private static string Email(string who) => $"{who}-{Guid.NewGuid():N}@example.com";

    [Fact]
    public async Task Sign_up_sign_out_and_sign_in_again()
    {
        var email = Email("erin");
        using var b = new WebSession(studio.Host.Url);
        await b.SignUp(email, "Erin", "a long enough password");
        Assert.Contains("My videos", await b.Page("studio/mine"));
        Assert.Equal(HttpStatusCode.Redirect, (await b.Post("studio/mine", "studio/sign-out")).StatusCode);
        Assert.Equal("/studio/sign-in", WebSession.Location(await b.Get("studio/mine")));

        var wrong = await b.Post("studio/sign-in", "studio/sign-in", ("email", email), ("password", "not the password"));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        var right = await b.Post("studio/sign-in", "studio/sign-in", ("email", email.ToUpperInvariant()), ("password", "a long enough password"));
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await b.Get("studio/mine")).StatusCode);
    }

    [Theory]
    [InlineData("not-an-email", "Fay", "a long enough password", "Enter an email address")]
    [InlineData("fay@example.com", "", "a long enough password", "Enter a name")]
    [InlineData("fay@example.com", "Fay", "short", "at least 8 characters")]
    public async Task Sign_up_refuses_bad_input_with_a_reason(string email, string name, string password, string reason)
    {
        using var b = new WebSession(studio.Host.Url);
        var r = await b.Post("studio/sign-up", "studio/sign-up", ("email", email), ("name", name), ("password", password));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains(reason, await r.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_email_has_one_account_and_its_password_is_stored_hashed()
    {
        var email = Email("gus");
        using (var b = new WebSession(studio.Host.Url)) await b.SignUp(email, "Gus", "gus's secret phrase");
        using var again = new WebSession(studio.Host.Url);
        var r = await again.Post("studio/sign-up", "studio/sign-up", ("email", email), ("name", "Other Gus"), ("password", "another password"));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("already has an account", await r.Content.ReadAsStringAsync());

        var hash = (string)studio.Host.Services.GetRequiredService<Database>().Scalar("SELECT password_hash FROM users WHERE email = @e", ("e", email))!;
        Assert.DoesNotContain("secret", hash);
        Assert.Equal(0x01, Convert.FromBase64String(hash)[0]); // Identity's v3 format: PBKDF2 with a salt
    }

    [Fact]
    public async Task An_api_key_made_in_the_web_app_works_on_v1_until_revoked()
    {
        using var b = new WebSession(studio.Host.Url);
        await b.SignUp(Email("hal"), "Hal");
        var made = await b.Post("studio/keys", "studio/keys", ("name", "my app"));
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        var html = await made.Content.ReadAsStringAsync();
        var key = NewKey().Match(html).Groups[1].Value;
        Assert.StartsWith("sk-kinora-", key);
        Assert.DoesNotContain(key, await b.Page("studio/keys")); // shown once, never again

        using var api = new HttpClient { BaseAddress = new Uri(studio.Host.Url + "/") };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var r = await api.PostAsync("v1/videos", new StringContent("""{"prompt":"a green cube falls"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var id = (await StudioFixture.Json(r)).GetProperty("id").GetString()!;
        await StudioFixture.WaitDone(api, id);
        Assert.Contains(id, await b.Page("studio/mine")); // the API's video is the user's
        Assert.Equal(HttpStatusCode.NotFound, (await studio.Client("sk-a").GetAsync($"v1/videos/{id}")).StatusCode);

        var keyId = RevokeAction().Match(await b.Page("studio/keys")).Groups[1].Value;
        Assert.Equal(HttpStatusCode.Redirect, (await b.Post("studio/keys", $"studio/keys/{keyId}/revoke")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync($"v1/videos/{id}")).StatusCode);
        Assert.Contains("revoked", await b.Page("studio/keys"));
    }

    [GeneratedRegex("id=\"new-key\">([^<]+)<")]
    private static partial Regex NewKey();

    [GeneratedRegex("action=\"/studio/keys/([^/]+)/revoke\"")]
    private static partial Regex RevokeAction();
}
