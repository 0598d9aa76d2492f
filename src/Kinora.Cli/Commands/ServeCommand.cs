using Kinora.Studio;

namespace Kinora.Cli.Commands;

/// <summary>`kinora serve`: the Studio (OpenAI-compatible /v1/videos API and durable render jobs) until Ctrl-C.</summary>
public static class ServeCommand
{
    public const string Help = """
        kinora serve [--port 8080] [--host 127.0.0.1] [--data DIR] [--workers N]
          --port N             TCP port (default 8080; 0 picks a free one)
          --host ADDR          address to listen on (default 127.0.0.1: this machine only)
          --data DIR           where videos, jobs and media are kept (default $KINORA_DATA, else ~/.local/share/kinora)
          --workers N          renders at once (default 1; a render uses every core of a small machine)
          --max-attempts N     tries per video before it ends failed (default 3)
          --requeue-after S    seconds before a job whose server died is taken again (default 1800)
          --max-jobs-per-key N queued + rendering videos per API key before 429 (default 4)
        Environment: KINORA_API_KEY adds an accepted bearer key (with none, one is generated into DATA/api_key;
        users also make their own keys in the web app); KINORA_DATA sets the data folder; KINORA_DATABASE, an Npgsql
        connection string (Host=…;Database=…;Username=…;Password=…), keeps videos, accounts and the job queue in
        PostgreSQL instead of SQLite files (media and sign-in keys stay in the data folder).
        """;

    public static int Run(IReadOnlyList<string> argv)
    {
        var args = new ArgReader("serve", argv,
            ["--port", "--host", "--data", "--workers", "--max-attempts", "--requeue-after", "--max-jobs-per-key"], ["--help", "-h"]);
        if (args.Has("--help") || args.Has("-h")) { Console.WriteLine(Help); return 0; }
        if (args.Positional.Count > 0) throw new UsageException($"serve takes no arguments, got '{args.Positional[0]}'");
        Preflight.RequireSystem();

        var defaults = new JobOptions();
        var limits = new LimitOptions();
        var options = new StudioOptions
        {
            Host = args.Get("--host") ?? "127.0.0.1",
            Port = args.GetInt("--port", 0, 65535) ?? 8080,
            DataDir = Path.GetFullPath(args.Get("--data") ?? NonEmpty(Environment.GetEnvironmentVariable("KINORA_DATA")) ?? DefaultDataDir()),
            ApiKeys = Environment.GetEnvironmentVariable("KINORA_API_KEY") is { Length: > 0 } key ? [key] : [],
            PostgresConnection = PostgresConnection(Environment.GetEnvironmentVariable("KINORA_DATABASE")),
            Jobs = defaults with
            {
                Workers = args.GetInt("--workers", 1, 64) ?? defaults.Workers,
                MaxAttempts = args.GetInt("--max-attempts", 1, 10) ?? defaults.MaxAttempts,
                RequeueAfter = args.GetInt("--requeue-after", 1, 7 * 24 * 3600) is { } s ? TimeSpan.FromSeconds(s) : defaults.RequeueAfter,
            },
            Limits = limits with { MaxActiveJobsPerKey = args.GetInt("--max-jobs-per-key", 1, 1000) ?? limits.MaxActiveJobsPerKey },
        };
        return Serve(options).GetAwaiter().GetResult();
    }

    private static async Task<int> Serve(StudioOptions options)
    {
        await using var host = StudioHost.Create(options);
        await host.StartAsync();
        Console.Error.WriteLine($"kinora: studio on {host.Url} (API {host.Url}/v1, OpenAPI {host.Url}/openapi/v1.json), data in {options.DataDir}");
        if (host.GeneratedKeyFile is { } file) Console.Error.WriteLine($"kinora: API key in {file} (set KINORA_API_KEY to choose one)");
        await host.WaitForShutdownAsync();
        return 0;
    }

    private static string? NonEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    /// <summary>KINORA_DATABASE, checked to parse as a connection string so a typo is one clear line, not a stack trace.</summary>
    private static string? PostgresConnection(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        try { return new Npgsql.NpgsqlConnectionStringBuilder(value).ConnectionString; }
        catch (ArgumentException e) { throw new UsageException($"KINORA_DATABASE is not a PostgreSQL connection string (Host=…;Database=…;Username=…): {e.Message}"); }
    }

    private static string DefaultDataDir()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return !string.IsNullOrEmpty(xdg) ? Path.Combine(xdg, "kinora")
            : !string.IsNullOrEmpty(home) ? Path.Combine(home, ".local", "share", "kinora")
            : Path.Combine(".kinora", "data");
    }
}
