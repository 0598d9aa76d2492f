using Hangfire;
using Hangfire.Storage.SQLite;

namespace Kinora.Studio.Jobs;

/// <summary>
/// Hangfire on SQLite (DATA/jobs.db). The storage is registered as this app's own service, not Hangfire's
/// process-wide JobStorage.Current, so two Studios in one process (tests) never share a queue.
/// </summary>
public static class JobSetup
{
    public static void Add(IServiceCollection services, StudioOptions options)
    {
        var storage = new SQLiteStorage(options.JobsDatabasePath, new SQLiteStorageOptions
        {
            InvisibilityTimeout = options.Jobs.RequeueAfter,
            QueuePollInterval = options.Jobs.PollInterval,
        });
        services.AddSingleton<JobStorage>(storage);
        services.AddHangfire(c => c.UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings());
        services.AddHangfireServer(o =>
        {
            o.WorkerCount = Math.Max(1, options.Jobs.Workers);
            o.ServerName = $"kinora-{Environment.ProcessId}";
            // Deleted jobs see their token fire within a second instead of Hangfire's default five.
            o.CancellationCheckInterval = TimeSpan.FromSeconds(1);
            o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
            o.ShutdownTimeout = TimeSpan.FromSeconds(5);
        });
    }
}
