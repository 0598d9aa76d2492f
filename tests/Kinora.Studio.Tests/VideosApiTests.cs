using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kinora.Plan;
using Kinora.Studio.Videos;
using Microsoft.Extensions.DependencyInjection;

namespace Kinora.Studio.Tests;

/// <summary>/v1/videos against OpenAI's shapes and rules: fields, errors, paging, ownership, limits.</summary>
[Collection(StudioCollection.Name)]
public sealed class VideosApiTests(StudioFixture studio)
{
    private static StringContent Body(object o) => new(JsonSerializer.Serialize(o), Encoding.UTF8, "application/json");

    [Fact]
    public async Task Health_answers_without_a_key()
    {
        var r = await studio.Client(key: null).GetAsync("healthz");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
    }

    [Fact]
    public async Task Create_returns_a_queued_video_object_with_every_openai_field()
    {
        var c = studio.Client();
        var r = await c.PostAsync("v1/videos", Body(new { prompt = "a red ball bounces on a wooden floor", model = "sora-2-pro", seconds = "8", size = "1280x720" }));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var v = await StudioFixture.Json(r);
        Assert.StartsWith("video_", v.GetProperty("id").GetString());
        Assert.Equal("video", v.GetProperty("object").GetString());
        Assert.Equal("queued", v.GetProperty("status").GetString());
        Assert.Equal("sora-2-pro", v.GetProperty("model").GetString());
        Assert.Equal("8", v.GetProperty("seconds").GetString());
        Assert.Equal("1280x720", v.GetProperty("size").GetString());
        Assert.Equal(0, v.GetProperty("progress").GetInt32());
        foreach (var nullable in new[] { "remixed_from_video_id", "error", "completed_at", "expires_at" })
            Assert.Equal(JsonValueKind.Null, v.GetProperty(nullable).ValueKind);
        Assert.True(v.GetProperty("created_at").GetInt64() > 1_700_000_000);

        var done = await StudioFixture.WaitDone(c, v.GetProperty("id").GetString()!);
        Assert.Equal("completed", done.GetProperty("status").GetString());
        Assert.Equal(100, done.GetProperty("progress").GetInt32());

        // The plan carries the API's format: sora-2-pro is the 30 fps preset.
        var plan = PlanJson.Parse(studio.Host.Services.GetRequiredService<VideoStore>().Find(v.GetProperty("id").GetString()!)!.PlanJson);
        Assert.Equal((1280, 720, 30, 8.0), (plan.Format.Width, plan.Format.Height, plan.Format.Fps, plan.Format.Seconds));
    }

    [Fact]
    public async Task Defaults_are_sora_2_four_seconds_portrait()
    {
        var v = await StudioFixture.Json(await studio.Client().PostAsync("v1/videos", Body(new { prompt = "a ball rolls" })));
        Assert.Equal(("sora-2", "4", "720x1280"), (v.GetProperty("model").GetString(), v.GetProperty("seconds").GetString(), v.GetProperty("size").GetString()));
        await StudioFixture.WaitDone(studio.Client(), v.GetProperty("id").GetString()!);
    }

    [Fact]
    public async Task Content_serves_each_variant_with_its_type()
    {
        var c = studio.Client();
        var id = (await StudioFixture.Json(await c.PostAsync("v1/videos", Body(new { prompt = "a blue cube falls" })))).GetProperty("id").GetString()!;
        await StudioFixture.WaitDone(c, id);
        var video = await c.GetAsync($"v1/videos/{id}/content");
        Assert.Equal("video/mp4", video.Content.Headers.ContentType!.MediaType);
        Assert.Equal("ftyp"u8.ToArray(), (await video.Content.ReadAsByteArrayAsync())[4..8]);
        foreach (var variant in new[] { "thumbnail", "spritesheet" })
        {
            var r = await c.GetAsync($"v1/videos/{id}/content?variant={variant}");
            Assert.Equal("image/jpeg", r.Content.Headers.ContentType!.MediaType);
            Assert.Equal(new byte[] { 0xFF, 0xD8, 0xFF }, (await r.Content.ReadAsByteArrayAsync())[..3]);
        }
        var bad = await c.GetAsync($"v1/videos/{id}/content?variant=gif");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("variant", (await StudioFixture.Json(bad)).GetProperty("error").GetProperty("param").GetString());
    }

    [Theory]
    [InlineData("", null, null, null, "prompt")]
    [InlineData("   ", null, null, null, "prompt")]
    [InlineData("a ball", "640x480", null, null, "size")]
    [InlineData("a ball", null, "5", null, "seconds")]
    [InlineData("a ball", null, null, "dall-e-3", "model")]
    public async Task Bad_input_is_a_400_naming_the_parameter_and_writes_nothing(string prompt, string? size, string? seconds, string? model, string param)
    {
        var c = studio.Client("sk-b");
        var before = Directory.GetFileSystemEntries(studio.Options.MediaDir).Length;
        var r = await c.PostAsync("v1/videos", Body(new { prompt, size, seconds, model }));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var error = (await StudioFixture.Json(r)).GetProperty("error");
        Assert.Equal(param, error.GetProperty("param").GetString());
        Assert.Equal("invalid_request_error", error.GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        Assert.True(error.TryGetProperty("code", out _));
        Assert.Equal(before, Directory.GetFileSystemEntries(studio.Options.MediaDir).Length);
    }

    [Fact]
    public async Task Malformed_json_is_a_400()
    {
        var r = await studio.Client().PostAsync("v1/videos", new StringContent("{\"prompt\":", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
    }

    [Fact]
    public async Task Missing_or_wrong_key_is_a_401_in_openai_shape()
    {
        foreach (var key in new[] { null, "sk-wrong" })
        {
            var r = await studio.Client(key).GetAsync("v1/videos");
            Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
            Assert.Equal("invalid_api_key", (await StudioFixture.Json(r)).GetProperty("error").GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task Unknown_ids_and_another_keys_videos_are_404()
    {
        var owner = studio.Client("sk-a");
        var id = (await StudioFixture.Json(await owner.PostAsync("v1/videos", Body(new { prompt = "a green ball bounces" })))).GetProperty("id").GetString()!;
        await StudioFixture.WaitDone(owner, id);
        var stranger = studio.Client("sk-b");
        foreach (var path in new[] { $"v1/videos/{id}", $"v1/videos/{id}/content", "v1/videos/video_nope" })
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.DeleteAsync($"v1/videos/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"v1/videos/{id}/remix", Body(new { prompt = "x" }))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"v1/videos/{id}")).StatusCode);
    }

    [Fact]
    public async Task List_pages_with_after_limit_and_order()
    {
        var c = studio.Client("sk-list");
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var id = (await StudioFixture.Json(await c.PostAsync("v1/videos", Body(new { prompt = $"ball number {i + 1} bounces" })))).GetProperty("id").GetString()!;
            await StudioFixture.WaitDone(c, id);
            ids.Add(id);
        }
        var page1 = await StudioFixture.Json(await c.GetAsync("v1/videos?limit=2"));
        Assert.Equal("list", page1.GetProperty("object").GetString());
        Assert.Equal([ids[2], ids[1]], page1.GetProperty("data").EnumerateArray().Select(v => v.GetProperty("id").GetString()!));
        Assert.Equal(ids[2], page1.GetProperty("first_id").GetString());
        Assert.Equal(ids[1], page1.GetProperty("last_id").GetString());
        Assert.True(page1.GetProperty("has_more").GetBoolean());
        var page2 = await StudioFixture.Json(await c.GetAsync($"v1/videos?limit=2&after={ids[1]}"));
        Assert.Equal([ids[0]], page2.GetProperty("data").EnumerateArray().Select(v => v.GetProperty("id").GetString()!));
        Assert.False(page2.GetProperty("has_more").GetBoolean());
        var asc = await StudioFixture.Json(await c.GetAsync("v1/videos?order=asc"));
        Assert.Equal(ids, asc.GetProperty("data").EnumerateArray().Select(v => v.GetProperty("id").GetString()!));
        Assert.Equal(HttpStatusCode.BadRequest, (await c.GetAsync("v1/videos?limit=0")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await c.GetAsync("v1/videos?order=sideways")).StatusCode);
    }

    [Fact]
    public async Task Remix_keeps_the_originals_seed_and_format_and_points_back()
    {
        var c = studio.Client();
        var original = await StudioFixture.Json(await c.PostAsync("v1/videos", Body(new { prompt = "a red ball bounces", size = "1792x1024", seconds = "12", model = "kinora-1" })));
        var id = original.GetProperty("id").GetString()!;
        await StudioFixture.WaitDone(c, id);
        var r = await c.PostAsync($"v1/videos/{id}/remix", Body(new { prompt = "a yellow ball bounces" }));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var remix = await StudioFixture.Json(r);
        Assert.Equal(id, remix.GetProperty("remixed_from_video_id").GetString());
        Assert.Equal(("1792x1024", "12", "kinora-1"), (remix.GetProperty("size").GetString(), remix.GetProperty("seconds").GetString(), remix.GetProperty("model").GetString()));
        await StudioFixture.WaitDone(c, remix.GetProperty("id").GetString()!);

        var store = studio.Host.Services.GetRequiredService<VideoStore>();
        var a = PlanJson.Parse(store.Find(id)!.PlanJson);
        var b = PlanJson.Parse(store.Find(remix.GetProperty("id").GetString()!)!.PlanJson);
        Assert.Equal(a.Seed, b.Seed);
        Assert.Equal(a.Format, b.Format);
        Assert.Equal("a yellow ball bounces", b.Prompt);
        Assert.Equal(HttpStatusCode.BadRequest, (await c.PostAsync($"v1/videos/{id}/remix", Body(new { prompt = "" }))).StatusCode);
    }

    [Fact]
    public async Task Multipart_create_stores_an_image_reference_and_plans_from_it()
    {
        var c = studio.Client();
        using var ok = new MultipartFormDataContent { { new StringContent("a red ball bounces"), "prompt" }, { new StringContent("4"), "seconds" }, { new ByteArrayContent(TestImages.Png()), "input_reference", "ref.png" } };
        var r = await c.PostAsync("v1/videos", ok);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var id = (await StudioFixture.Json(r)).GetProperty("id").GetString()!;
        var stored = Path.Combine(studio.Options.MediaDir, id, "input_reference.png");
        Assert.True(File.Exists(stored));
        // The planner was given the saved file (image-to-video starts from plan.picture).
        var plan = PlanJson.Parse(studio.Host.Services.GetRequiredService<VideoStore>().Find(id)!.PlanJson);
        Assert.Equal(stored, plan.Picture?.Path);
        await StudioFixture.WaitDone(c, id);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_non_image_upload_is_a_400_on_input_reference_and_leaves_nothing(bool truncatedPng)
    {
        var c = studio.Client("sk-b");
        var bytes = truncatedPng ? TestImages.Png()[..20] : "hello, not an image"u8.ToArray();
        var before = Directory.GetFileSystemEntries(studio.Options.MediaDir).Length;
        var rowsBefore = (await StudioFixture.Json(await c.GetAsync("v1/videos?limit=100"))).GetProperty("data").GetArrayLength();
        using var bad = new MultipartFormDataContent { { new StringContent("a ball"), "prompt" }, { new ByteArrayContent(bytes), "input_reference", "x.png" } };
        var refused = await c.PostAsync("v1/videos", bad);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var error = (await StudioFixture.Json(refused)).GetProperty("error");
        Assert.Equal("input_reference", error.GetProperty("param").GetString());
        Assert.Equal("invalid_request_error", error.GetProperty("type").GetString());
        Assert.DoesNotContain(studio.Options.MediaDir, error.GetProperty("message").GetString()); // our folders are not the caller's business
        Assert.Equal(before, Directory.GetFileSystemEntries(studio.Options.MediaDir).Length);
        Assert.Equal(rowsBefore, (await StudioFixture.Json(await c.GetAsync("v1/videos?limit=100"))).GetProperty("data").GetArrayLength());
    }

    [Fact]
    public async Task Json_create_takes_an_image_reference_as_a_data_url_only()
    {
        var c = studio.Client();
        var jpeg = Convert.ToBase64String(TestImages.Jpeg());
        var r = await c.PostAsync("v1/videos", Body(new { prompt = "a red ball bounces", input_reference = new { image_url = $"data:image/jpeg;base64,{jpeg}" } }));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var id = (await StudioFixture.Json(r)).GetProperty("id").GetString()!;
        Assert.True(File.Exists(Path.Combine(studio.Options.MediaDir, id, "input_reference.jpg")));
        await StudioFixture.WaitDone(c, id);

        // Fetching a caller-given URL would let callers make the server reach other hosts.
        var remote = await c.PostAsync("v1/videos", Body(new { prompt = "a ball", input_reference = new { image_url = "http://169.254.169.254/x.png" } }));
        Assert.Equal(HttpStatusCode.BadRequest, remote.StatusCode);
        Assert.Equal("input_reference", (await StudioFixture.Json(remote)).GetProperty("error").GetProperty("param").GetString());
        var notImage = await c.PostAsync("v1/videos", Body(new { prompt = "a ball", input_reference = new { image_url = "data:image/png;base64," + Convert.ToBase64String("text"u8.ToArray()) } }));
        Assert.Equal(HttpStatusCode.BadRequest, notImage.StatusCode);
        Assert.Equal("input_reference", (await StudioFixture.Json(notImage)).GetProperty("error").GetProperty("param").GetString());
    }

    [Fact]
    public async Task A_remix_keeps_the_originals_image()
    {
        var c = studio.Client();
        using var form = new MultipartFormDataContent { { new StringContent("a red ball bounces"), "prompt" }, { new ByteArrayContent(TestImages.Png()), "input_reference", "ref.png" } };
        var id = (await StudioFixture.Json(await c.PostAsync("v1/videos", form))).GetProperty("id").GetString()!;
        await StudioFixture.WaitDone(c, id);
        var remixId = (await StudioFixture.Json(await c.PostAsync($"v1/videos/{id}/remix", Body(new { prompt = "a blue ball bounces" })))).GetProperty("id").GetString()!;
        var copy = Path.Combine(studio.Options.MediaDir, remixId, "input_reference.png");
        Assert.Equal(File.ReadAllBytes(Path.Combine(studio.Options.MediaDir, id, "input_reference.png")), File.ReadAllBytes(copy));
        Assert.Equal(copy, PlanJson.Parse(studio.Host.Services.GetRequiredService<VideoStore>().Find(remixId)!.PlanJson).Picture?.Path);
        await StudioFixture.WaitDone(c, remixId);
    }

    [Fact]
    public async Task Bodies_over_the_limit_are_413()
    {
        var c = studio.Client();
        var big = new string('a', 2 * 1024 * 1024);
        var r = await c.PostAsync("v1/videos", Body(new { prompt = big }));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.StatusCode);
        Assert.Equal("request_too_large", (await StudioFixture.Json(r)).GetProperty("error").GetProperty("code").GetString());

        using var upload = new MultipartFormDataContent { { new StringContent("a ball"), "prompt" }, { new ByteArrayContent(new byte[300 * 1024]), "input_reference", "big.png" } };
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await c.PostAsync("v1/videos", upload)).StatusCode);
    }

    [Fact]
    public async Task OpenApi_document_lists_the_videos_endpoints()
    {
        var doc = await StudioFixture.Json(await studio.Client(null).GetAsync("openapi/v1.json"));
        var paths = doc.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/v1/videos", out _));
        Assert.True(paths.TryGetProperty("/v1/videos/{id}/content", out _));
        var create = paths.GetProperty("/v1/videos").GetProperty("post");
        Assert.Equal("CreateVideo", create.GetProperty("operationId").GetString());
        foreach (var status in new[] { "200", "400", "401", "413", "429" }) Assert.True(create.GetProperty("responses").TryGetProperty(status, out _), status);
        Assert.True(create.GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _));
        // The web app is not part of the API document.
        Assert.DoesNotContain(paths.EnumerateObject(), p => p.Name.StartsWith("/studio"));
    }
}
