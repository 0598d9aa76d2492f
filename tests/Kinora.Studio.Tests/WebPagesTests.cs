using System.Net;
using Kinora.Studio.Videos;
using Microsoft.Extensions.DependencyInjection;

namespace Kinora.Studio.Tests;

/// <summary>The /studio web app over HTTP with a cookie jar, as a browser uses it: create, watch, remix, share, like.</summary>
[Collection(StudioCollection.Name)]
public sealed class WebPagesTests(StudioFixture studio)
{
    private WebSession Browser() => new(studio.Host.Url);

    private async Task<VideoRecord> WaitDone(string id)
    {
        var store = studio.Host.Services.GetRequiredService<VideoStore>();
        var until = DateTime.UtcNow.AddSeconds(30);
        while (store.Find(id) is { } v && VideoStatus.IsActive(v.Status))
        {
            Assert.True(DateTime.UtcNow < until, $"{id} still {v.Status}");
            await Task.Delay(100);
        }
        return store.Find(id)!;
    }

    private static string Email(string who) => $"{who}-{Guid.NewGuid():N}@example.com";

    [Fact]
    public async Task Create_with_an_image_watch_remix_share_and_like()
    {
        using var alice = Browser();
        Assert.Equal("/studio/feed", WebSession.Location(await alice.Get("studio")));
        Assert.Equal("/studio/sign-in", WebSession.Location(await alice.Get("studio/create")));
        await alice.SignUp(Email("alice"), "Alice");
        Assert.Equal("/studio/create", WebSession.Location(await alice.Get("studio")));

        using var form = new MultipartFormDataContent
        {
            { new StringContent("a red ball <b>bounces</b>"), "prompt" }, { new StringContent("360x640"), "size" }, { new StringContent("4"), "seconds" },
            { new StringContent("anime"), "look" }, { new StringContent("on"), "public" }, { new ByteArrayContent(TestImages.Png()), "image", "start.png" },
        };
        var created = await alice.PostMultipart("studio/create", "studio/create", form);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = WebSession.Location(created).Split('/').Last();
        var watching = await alice.Page($"studio/videos/{id}");
        Assert.Contains("<progress", watching); // live progress while it renders
        var video = await WaitDone(id);
        Assert.Equal((VideoStatus.Completed, "360x640", Visibility.Public), (video.Status, video.Size, video.Visibility));
        Assert.Equal("anime", Kinora.Plan.PlanJson.Parse(video.PlanJson).Look.Style);

        var page = await alice.Page($"studio/videos/{id}");
        Assert.Contains("<video", page);
        Assert.Contains("What Kinora understood", page);
        Assert.Contains("&lt;b&gt;bounces", page); // the prompt is escaped, never markup
        Assert.DoesNotContain("<b>bounces", page);
        Assert.Contains("look: anime (chosen)", page);
        Assert.Equal(HttpStatusCode.OK, (await alice.Get($"studio/videos/{id}/video")).StatusCode);
        Assert.Equal("image/png", (await alice.Get($"studio/videos/{id}/reference")).Content.Headers.ContentType!.MediaType);

        var remix = await alice.Post($"studio/videos/{id}", $"studio/videos/{id}/remix", ("prompt", "a blue ball bounces"));
        Assert.Equal(HttpStatusCode.Redirect, remix.StatusCode);
        var remixId = WebSession.Location(remix).Split('/').Last();
        Assert.Contains($"Remix of <a href=\"/studio/videos/{id}\"", await alice.Page($"studio/videos/{remixId}"));
        var remixed = await WaitDone(remixId);
        Assert.Equal(Visibility.Private, remixed.Visibility); // private until shared
        Assert.Contains("a blue ball bounces", await alice.Page("studio/mine"));

        // Bob sees the shared video in the feed and likes it; Alice's private remix is not there for him at all.
        using var bob = Browser();
        await bob.SignUp(Email("bob"), "Bob");
        var feed = await bob.Page("studio/feed");
        Assert.Contains($"id=\"{id}\"", feed);
        Assert.Contains("by Alice", feed);
        Assert.DoesNotContain(remixId, feed);
        Assert.Equal(HttpStatusCode.Redirect, (await bob.Post("studio/feed", $"studio/videos/{id}/like", ("return", $"/studio/feed#{id}"))).StatusCode);
        Assert.Contains("♥ <span id=\"likes\">1</span>", await bob.Page($"studio/videos/{id}"));
        foreach (var path in new[] { $"studio/videos/{remixId}", $"studio/videos/{remixId}/video", $"studio/videos/{remixId}/thumbnail", $"studio/videos/{remixId}/progress" })
            Assert.Equal(HttpStatusCode.NotFound, (await bob.Get(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.Post($"studio/videos/{id}", $"studio/videos/{id}/delete")).StatusCode);

        // Sharing the remix puts it in the feed; a signed-out visitor can watch it but not like it.
        Assert.Equal(HttpStatusCode.Redirect, (await alice.Post($"studio/videos/{remixId}", $"studio/videos/{remixId}/visibility", ("visibility", "public"))).StatusCode);
        using var visitor = Browser();
        Assert.Contains(remixId, await visitor.Page("studio/feed"));
        Assert.Equal(HttpStatusCode.OK, (await visitor.Get($"studio/videos/{remixId}/video")).StatusCode);
        Assert.Contains("to like or remix it", await visitor.Page($"studio/videos/{remixId}"));

        foreach (var v in new[] { remixId, id })
            Assert.Equal(HttpStatusCode.Redirect, (await alice.Post($"studio/videos/{v}", $"studio/videos/{v}/delete")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await alice.Get($"studio/videos/{id}")).StatusCode);
        Assert.DoesNotContain(id, await visitor.Page("studio/feed"));
    }

    [Fact]
    public async Task A_non_image_upload_is_refused_on_the_page_and_leaves_nothing()
    {
        using var b = Browser();
        await b.SignUp(Email("carol"));
        var before = Directory.GetFileSystemEntries(studio.Options.MediaDir).Length;
        using var form = new MultipartFormDataContent { { new StringContent("a ball"), "prompt" }, { new ByteArrayContent("not a picture"u8.ToArray()), "image", "x.png" } };
        var r = await b.PostMultipart("studio/create", "studio/create", form);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var page = await r.Content.ReadAsStringAsync();
        Assert.Contains("not an image", page);
        Assert.DoesNotContain(studio.Options.MediaDir, page);
        Assert.Equal(before, Directory.GetFileSystemEntries(studio.Options.MediaDir).Length);
    }

    [Fact]
    public async Task An_image_over_the_upload_limit_is_a_413_page_and_leaves_nothing()
    {
        using var b = Browser();
        await b.SignUp(Email("ivy"));
        var before = Directory.GetFileSystemEntries(studio.Options.MediaDir).Length;
        var big = new byte[studio.Options.Limits.MaxUploadBytes + 1024];
        TestImages.Png().CopyTo(big, 0);
        using var form = new MultipartFormDataContent { { new StringContent("a ball"), "prompt" }, { new ByteArrayContent(big), "image", "big.png" } };
        var r = await b.PostMultipart("studio/create", "studio/create", form);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.StatusCode);
        Assert.Contains("larger than", await r.Content.ReadAsStringAsync());
        Assert.Equal(before, Directory.GetFileSystemEntries(studio.Options.MediaDir).Length);
    }

    [Fact]
    public async Task A_form_without_its_token_is_refused()
    {
        using var b = Browser();
        await b.SignUp(Email("dave"));
        var r = await b.PostWithoutToken("studio/create", ("prompt", "a ball from another site"));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.DoesNotContain("a ball from another site", await b.Page("studio/mine"));
    }
}
