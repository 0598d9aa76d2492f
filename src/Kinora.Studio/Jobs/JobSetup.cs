using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;

namespace Kinora.Studio.Jobs;

/// <summary>
/// Hangfire on SQLite (DATA/jobs.db), or on PostgreSQL (its own `hangfire` schema) when the Studio's tables are
/// there too. The storage is registered as this app's own service, not Hangfire's process-wide
/// JobStorage.Current, so two Studios in one process (tests) never share a queue.
/// </summary>
public static class JobSetup
{
    public static void Add(IServiceCollection services, StudioOptions options)
    {
        services.AddSingleton(Storage(options));
        services.AddHangfire(c => c.UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings());
        services.AddHangfireServer(o =>
        {
            o.WorkerCount = Math.Max(1, options.Jobs.Workers);
            o.ServerName = $"kinora-{Environment.MachineName}-{Environment.ProcessId}";
            // Deleted jobs see their token fire within a second instead of Hangfire's default five.
            o.CancellationCheckInterval = TimeSpan.FromSeconds(1);
            o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
            o.ShutdownTimeout = TimeSpan.FromSeconds(5);
        });
    }

    private static JobStorage Storage(StudioOptions options)
    {
        if (options.PostgresConnection is { } connection)
        {
            var pg = new PostgreSqlStorageOptions
            {
                InvisibilityTimeout = options.Jobs.RequeueAfter,
                QueuePollInterval = options.Jobs.PollInterval,
                PrepareSchemaIfNecessary = true,
            };
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(connection, pg), pg);
        }
        return new SQLiteStorage(options.JobsDatabasePath, new SQLiteStorageOptions
        {
            InvisibilityTimeout = options.Jobs.RequeueAfter,
            QueuePollInterval = options.Jobs.PollInterval,
        });
    }
}
