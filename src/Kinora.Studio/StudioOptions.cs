namespace Kinora.Studio;

/// <summary>How one Studio process is set up. Filled from `kinora serve` flags and environment variables.</summary>
public sealed record StudioOptions
{
    public string Host { get; init; } = "127.0.0.1";
    /// <summary>0 asks the OS for a free port (tests); the bound address is then in <see cref="StudioHost.Url"/>.</summary>
    public int Port { get; init; } = 8080;
    /// <summary>Root of everything the Studio keeps: kinora.db (videos, accounts), jobs.db (Hangfire), media/, keys/.</summary>
    public required string DataDir { get; init; }
    /// <summary>
    /// An Npgsql connection string (KINORA_DATABASE): the Studio's tables and Hangfire's both go to that PostgreSQL
    /// database instead of the two SQLite files, so several Studio processes can share one queue. Media stay in
    /// <see cref="MediaDir"/>, which such processes must then share.
    /// </summary>
    public string? PostgresConnection { get; init; }
    /// <summary>Bearer keys accepted on /v1 (KINORA_API_KEY adds one). Empty: a key is generated once into DATA/api_key.</summary>
    public IReadOnlyList<string> ApiKeys { get; init; } = [];
    public JobOptions Jobs { get; init; } = new();
    public LimitOptions Limits { get; init; } = new();

    public string MediaDir => Path.Combine(DataDir, "media");
    public string DatabasePath => Path.Combine(DataDir, "kinora.db");
    public string JobsDatabasePath => Path.Combine(DataDir, "jobs.db");
    /// <summary>The keys that sign session cookies (ASP.NET Core Data Protection), kept so sign-ins survive a restart.</summary>
    public string CookieKeysDir => Path.Combine(DataDir, "keys");
}

/// <summary>The render job system (Hangfire).</summary>
public sealed record JobOptions
{
    /// <summary>Renders at once in this process. One: a render already uses every core of a small machine.</summary>
    public int Workers { get; init; } = 1;
    /// <summary>Tries per video, first included, before it ends `failed`. Errors that cannot improve (a rejected plan) fail at once.</summary>
    public int MaxAttempts { get; init; } = 3;
    /// <summary>
    /// How long a job taken by a server that then vanished (killed, power cut) stays invisible before another
    /// server — or this one restarted — takes it again. Longer than the longest render, or a slow render would be
    /// taken twice by a second worker.
    /// </summary>
    public TimeSpan RequeueAfter { get; init; } = TimeSpan.FromMinutes(30);
    /// <summary>How often idle workers look for queued jobs.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);
}

/// <summary>Per-request and per-key limits; each breach is a clear 4xx, never a half-written video.</summary>
public sealed record LimitOptions
{
    /// <summary>Whole request body (JSON or multipart); larger gets 413.</summary>
    public long MaxRequestBytes { get; init; } = 12 * 1024 * 1024;
    /// <summary>One `input_reference` image.</summary>
    public long MaxUploadBytes { get; init; } = 10 * 1024 * 1024;
    /// <summary>Queued plus in-progress videos one key may have; the next create gets 429.</summary>
    public int MaxActiveJobsPerKey { get; init; } = 4;
    public int MaxPromptChars { get; init; } = 4000;
}
