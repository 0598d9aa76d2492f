using System.Net;

namespace Kinora.Studio.Tests;

/// <summary>The /studio pages over HTTP with a cookie jar, as a browser would use them.</summary>
[Collection(StudioCollection.Name)]
public sealed class WebPagesTests(StudioFixture studio)
{
    private HttpClient Browser() => new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
    {
        BaseAddress = new Uri(studio.Host.Url + "/"),
    };

    private static FormUrlEncodedContent Form(params (string, string)[] fields) => new(fields.Select(f => KeyValuePair.Create(f.Item1, f.Item2)));

    [Fact]
    public async Task Sign_in_create_watch_remix_and_delete()
    {
        var b = Browser();
        Assert.Contains("Sign in", await b.GetStringAsync("studio"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await b.PostAsync("studio/sign-in", Form(("key", "sk-wrong")))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await b.PostAsync("studio/sign-in", Form(("key", "sk-b")))).StatusCode);
        Assert.Contains("<textarea name=\"prompt\"", await b.GetStringAsync("studio"));

        var created = await b.PostAsync("studio/videos", Form(("prompt", "a red ball <b>bounces</b>"), ("size", "1280x720"), ("seconds", "4"), ("model", "sora-2")));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var watch = created.Headers.Location!.ToString();
        var id = watch.Split('/').Last();
        await StudioFixture.WaitDone(studio.Client("sk-b"), id);
        var page = await b.GetStringAsync(watch.TrimStart('/'));
        Assert.Contains("<video", page);
        Assert.Contains("What Kinora understood", page);
        Assert.Contains("&lt;b&gt;bounces", page); // the prompt is escaped, never markup
        Assert.DoesNotContain("<b>bounces", page);
        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync($"studio/videos/{id}/video")).StatusCode);

        var remix = await b.PostAsync($"studio/videos/{id}/remix", Form(("prompt", "a blue ball bounces")));
        Assert.Equal(HttpStatusCode.Redirect, remix.StatusCode);
        var remixId = remix.Headers.Location!.ToString().Split('/').Last();
        Assert.Contains($"Remix of <a href=\"/studio/videos/{id}\"", await b.GetStringAsync($"studio/videos/{remixId}"));
        await StudioFixture.WaitDone(studio.Client("sk-b"), remixId);

        // Another key's pages and files are not found.
        var stranger = Browser();
        await stranger.PostAsync("studio/sign-in", Form(("key", "sk-a")));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"studio/videos/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"studio/videos/{id}/video")).StatusCode);

        foreach (var v in new[] { remixId, id })
            Assert.Equal(HttpStatusCode.Redirect, (await b.PostAsync($"studio/videos/{v}/delete", Form())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"studio/videos/{id}")).StatusCode);
    }
}
