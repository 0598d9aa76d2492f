using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kinora.Studio.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Kinora.Studio.Tests;

/// <summary>One in-process Studio on a free port with a stub renderer, shared by the API tests.</summary>
public sealed class StudioFixture : IAsyncLifetime
{
    public static readonly string[] Keys = ["sk-a", "sk-b", "sk-list", "sk-busy", "sk-fail", "sk-race"];

    public readonly StubRenderer Renderer = new();
    public readonly string DataDir = Path.Combine(Path.GetTempPath(), "kinora-studio-tests-" + Guid.NewGuid().ToString("N"));
    public StudioHost Host { get; private set; } = null!;
    public StudioOptions Options { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Options = new StudioOptions
        {
            Port = 0,
            DataDir = DataDir,
            PostgresConnection = TestDatabase.Create(),
            ApiKeys = Keys,
            Jobs = new JobOptions { MaxAttempts = 2, PollInterval = TimeSpan.FromMilliseconds(200) },
            Limits = new LimitOptions { MaxRequestBytes = 1024 * 1024, MaxUploadBytes = 256 * 1024, MaxActiveJobsPerKey = 2 },
        };
        Host = StudioHost.Create(Options, s => s.AddSingleton<IVideoRenderer>(Renderer));
        await Host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        TestDatabase.Drop(Options.PostgresConnection);
        try { Directory.Delete(DataDir, recursive: true); } catch (IOException) { }
    }

    public HttpClient Client(string? key = "sk-a")
    {
        var c = new HttpClient { BaseAddress = new Uri(Host.Url + "/"), Timeout = TimeSpan.FromSeconds(30) };
        if (key is not null) c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return c;
    }

    public static async Task<JsonElement> Json(HttpResponseMessage r) => (await r.Content.ReadFromJsonAsync<JsonElement>()).Clone();

    /// <summary>Polls until the video leaves queued/in_progress.</summary>
    public static async Task<JsonElement> WaitDone(HttpClient c, string id, int seconds = 30)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var v = await Json(await c.GetAsync($"v1/videos/{id}"));
            if (v.GetProperty("status").GetString() is "completed" or "failed") return v;
            Assert.True(DateTime.UtcNow < until, $"{id} still {v.GetProperty("status")}");
            await Task.Delay(100);
        }
    }

    public static async Task<JsonElement> WaitStatus(HttpClient c, string id, string status, int seconds = 30)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var v = await Json(await c.GetAsync($"v1/videos/{id}"));
            if (v.GetProperty("status").GetString() == status) return v;
            Assert.True(DateTime.UtcNow < until, $"{id} never {status}, is {v.GetProperty("status")}");
            await Task.Delay(100);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class StudioCollection : ICollectionFixture<StudioFixture>
{
    public const string Name = "studio";
}
