using System.Net;
using System.Text;
using System.Text.Json;

namespace Kinora.Studio.Tests;

/// <summary>The render job's life: failure with a reason, bounded retries, cancellation, the per-key limit.</summary>
[Collection(StudioCollection.Name)]
public sealed class JobTests(StudioFixture studio)
{
    private static StringContent Body(object o) => new(JsonSerializer.Serialize(o), Encoding.UTF8, "application/json");

    private async Task<string> Create(HttpClient c, string prompt, StubBehaviour behaviour)
    {
        studio.Renderer.Behaviours[prompt] = behaviour;
        var r = await c.PostAsync("v1/videos", Body(new { prompt }));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        return (await StudioFixture.Json(r)).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task A_plan_the_pipeline_rejects_fails_at_once_with_the_reason()
    {
        var c = studio.Client("sk-fail");
        const string prompt = "a unicorn jumps over the moon";
        var v = await StudioFixture.WaitDone(c, await Create(c, prompt, StubBehaviour.RejectPlan));
        Assert.Equal("failed", v.GetProperty("status").GetString());
        Assert.Equal("invalid_plan", v.GetProperty("error").GetProperty("code").GetString());
        Assert.Contains("unicorn", v.GetProperty("error").GetProperty("message").GetString());
        Assert.Equal(1, studio.Renderer.Calls[prompt]); // no retry can fix a rejected plan
        Assert.Equal(HttpStatusCode.Conflict, (await c.GetAsync($"v1/videos/{v.GetProperty("id").GetString()}/content")).StatusCode);
    }

    [Fact]
    public async Task Failures_are_retried_up_to_the_limit_then_fail_with_the_reason()
    {
        var c = studio.Client("sk-fail");
        const string prompt = "a red box slides on ice";
        var v = await StudioFixture.WaitDone(c, await Create(c, prompt, StubBehaviour.FailAlways), seconds: 60);
        Assert.Equal("failed", v.GetProperty("status").GetString());
        Assert.Equal("render_failed", v.GetProperty("error").GetProperty("code").GetString());
        Assert.Contains("disk on fire", v.GetProperty("error").GetProperty("message").GetString());
        Assert.Equal(studio.Options.Jobs.MaxAttempts, studio.Renderer.Calls[prompt]);
        Assert.False(Directory.Exists(Path.Combine(studio.Options.MediaDir, ".staging", v.GetProperty("id").GetString()!)));
    }

    [Fact]
    public async Task A_transient_failure_is_retried_and_the_video_completes()
    {
        var c = studio.Client("sk-fail");
        const string prompt = "a white ball rolls down a ramp";
        var v = await StudioFixture.WaitDone(c, await Create(c, prompt, StubBehaviour.FailOnce), seconds: 60);
        Assert.Equal("completed", v.GetProperty("status").GetString());
        Assert.Equal(2, studio.Renderer.Calls[prompt]);
    }

    [Fact]
    public async Task Delete_cancels_a_running_render_and_removes_its_files()
    {
        var c = studio.Client("sk-busy");
        const string prompt = "a black ball spins forever";
        var id = await Create(c, prompt, StubBehaviour.RunUntilCancelled);
        await StudioFixture.WaitStatus(c, id, "in_progress");
        var r = await c.DeleteAsync($"v1/videos/{id}");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var deleted = await StudioFixture.Json(r);
        Assert.Equal((id, "video.deleted", true), (deleted.GetProperty("id").GetString(), deleted.GetProperty("object").GetString(), deleted.GetProperty("deleted").GetBoolean()));
        Assert.Equal(HttpStatusCode.NotFound, (await c.GetAsync($"v1/videos/{id}")).StatusCode);

        var until = DateTime.UtcNow.AddSeconds(15);
        while (!studio.Renderer.Cancelled.Contains(prompt) && DateTime.UtcNow < until) await Task.Delay(100);
        Assert.Contains(prompt, studio.Renderer.Cancelled);
        await Task.Delay(500);
        Assert.False(Directory.Exists(Path.Combine(studio.Options.MediaDir, ".staging", id)));
        Assert.False(Directory.Exists(Path.Combine(studio.Options.MediaDir, id)));
    }

    [Fact]
    public async Task Too_many_active_jobs_for_one_key_is_a_429_and_writes_nothing()
    {
        var c = studio.Client("sk-busy");
        var first = await Create(c, "a slow ball number one", StubBehaviour.RunUntilCancelled);
        var second = await Create(c, "a slow ball number two", StubBehaviour.RunUntilCancelled);
        var r = await c.PostAsync("v1/videos", Body(new { prompt = "one ball too many" }));
        Assert.Equal(HttpStatusCode.TooManyRequests, r.StatusCode);
        Assert.Equal("too_many_concurrent_jobs", (await StudioFixture.Json(r)).GetProperty("error").GetProperty("code").GetString());
        var list = await StudioFixture.Json(await c.GetAsync("v1/videos?limit=100"));
        Assert.Equal(2, list.GetProperty("data").GetArrayLength());
        // Another key is not held back by this one.
        Assert.Equal(HttpStatusCode.OK, (await studio.Client("sk-b").PostAsync("v1/videos", Body(new { prompt = "a free ball" }))).StatusCode);
        foreach (var id in new[] { first, second }) await c.DeleteAsync($"v1/videos/{id}");
    }

    [Fact]
    public async Task Racing_creates_cannot_slip_past_the_per_key_limit()
    {
        var c = studio.Client("sk-race");
        var prompts = Enumerable.Range(1, 6).Select(i => $"a racing ball number {i}").ToList();
        foreach (var p in prompts) studio.Renderer.Behaviours[p] = StubBehaviour.RunUntilCancelled;
        var answers = await Task.WhenAll(prompts.Select(p => c.PostAsync("v1/videos", Body(new { prompt = p }))));
        Assert.Equal(studio.Options.Limits.MaxActiveJobsPerKey, answers.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(answers.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.TooManyRequests, r.StatusCode));
        var list = await StudioFixture.Json(await c.GetAsync("v1/videos?limit=100"));
        Assert.Equal(studio.Options.Limits.MaxActiveJobsPerKey, list.GetProperty("data").GetArrayLength());
        foreach (var v in list.GetProperty("data").EnumerateArray()) await c.DeleteAsync($"v1/videos/{v.GetProperty("id").GetString()}");
    }
}
