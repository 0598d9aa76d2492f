using Npgsql;

namespace Kinora.Studio.Tests;

/// <summary>
/// Where a test Studio keeps its tables. By default SQLite files in its data folder; with KINORA_TEST_POSTGRES set
/// (a connection string to a PostgreSQL server, as `./kinora test` sets for its throwaway cluster) each Studio
/// gets a fresh database of its own on that server, dropped afterwards, and the same tests run against it.
/// </summary>
public static class TestDatabase
{
    public static string? Server => Environment.GetEnvironmentVariable("KINORA_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    /// <summary>A new, empty database's connection string, or null when the tests run on SQLite.</summary>
    public static string? Create()
    {
        if (Server is not { } server) return null;
        var name = "kinora_test_" + Guid.NewGuid().ToString("N")[..12];
        using (var c = new NpgsqlConnection(server))
        {
            c.Open();
            using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", c);
            cmd.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public static void Drop(string? connection)
    {
        if (connection is null || Server is not { } server) return;
        var name = new NpgsqlConnectionStringBuilder(connection).Database;
        NpgsqlConnection.ClearAllPools();
        using var c = new NpgsqlConnection(server);
        c.Open();
        using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", c);
        cmd.ExecuteNonQuery();
    }
}
