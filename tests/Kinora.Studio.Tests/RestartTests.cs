using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace Kinora.Studio.Tests;

/// <summary>
/// Durability with the real engine and a real process: `kinora serve` is killed (SIGKILL) mid-render, started
/// again on the same data folder, and the same video completes.
/// </summary>
[Collection(StudioCollection.Name)]
public sealed class RestartTests
{
    private const string Key = "sk-restart";

    [Fact]
    public async Task A_server_killed_mid_render_finishes_the_job_after_restart()
    {
        var data = Path.Combine(Path.GetTempPath(), "kinora-restart-" + Guid.NewGuid().ToString("N"));
        var database = TestDatabase.Create();
        var port = FreePort();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        var server = await Start(data, port, http, database);
        try
        {
            var r = await http.PostAsync("v1/videos", new StringContent("""{"prompt":"a red ball bounces on a wooden floor","seconds":"4","size":"720x1280"}""", Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            var id = (await StudioFixture.Json(r)).GetProperty("id").GetString()!;
            var v = await StudioFixture.WaitStatus(http, id, "in_progress", seconds: 120);

            server.Kill(); // SIGKILL: no shutdown hooks, the job is left "processing" in jobs.db
            await server.WaitForExitAsync();
            server.Dispose();

            server = await Start(data, port, http, database);
            var done = await StudioFixture.WaitDone(http, id, seconds: 300);
            Assert.Equal("completed", done.GetProperty("status").GetString());
            var mp4 = await http.GetByteArrayAsync($"v1/videos/{id}/content");
            Assert.Equal("ftyp"u8.ToArray(), mp4[4..8]);
            Assert.False(Directory.Exists(Path.Combine(data, "media", ".staging", id)));
        }
        finally
        {
            if (!server.HasExited) { server.Kill(); await server.WaitForExitAsync(); }
            server.Dispose();
            TestDatabase.Drop(database);
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<Process> Start(string data, int port, HttpClient http, string? database)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "kinora.dll"), "serve", "--port", port.ToString(), "--data", data, "--requeue-after", "5" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        psi.Environment["KINORA_API_KEY"] = Key;
        if (database is not null) psi.Environment["KINORA_DATABASE"] = database;
        var p = Process.Start(psi)!;
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        p.ErrorDataReceived += (_, e) => { if (e.Data is not null) log.Enqueue(e.Data); };
        p.OutputDataReceived += (_, e) => { if (e.Data is not null) log.Enqueue(e.Data); };
        p.BeginErrorReadLine();
        p.BeginOutputReadLine();
        var until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until)
        {
            Assert.False(p.HasExited, $"kinora serve exited with {(p.HasExited ? p.ExitCode : 0)}: {string.Join('\n', log.TakeLast(10))}");
            try { if ((await http.GetAsync("healthz")).IsSuccessStatusCode) return p; }
            catch (HttpRequestException) { }
            await Task.Delay(250);
        }
        p.Kill();
        throw new TimeoutException("kinora serve did not answer /healthz");
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
