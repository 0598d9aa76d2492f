using Microsoft.Data.Sqlite;

namespace Kinora.Studio.Storage;

/// <summary>
/// The Studio's own SQLite file (videos; accounts and feed later). Hangfire keeps its tables in a separate file
/// so either can be moved to PostgreSQL on its own. WAL lets the API read while a render writes progress.
/// </summary>
public sealed class Database(string path)
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Cache = SqliteCacheMode.Private,
        DefaultTimeout = 30,
        Pooling = true,
    }.ToString();

    public SqliteConnection Open()
    {
        var c = new SqliteConnection(_connectionString);
        c.Open();
        using var pragma = c.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON;";
        pragma.ExecuteNonQuery();
        return c;
    }

    /// <summary>Brings the schema to the current version. Each step runs once, in order, inside a transaction.</summary>
    public void Migrate()
    {
        using var c = Open();
        Exec(c, "PRAGMA journal_mode = WAL;");
        Exec(c, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        using var read = c.CreateCommand();
        read.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        var current = Convert.ToInt32(read.ExecuteScalar());
        for (var v = current; v < Migrations.Steps.Count; v++)
        {
            using var tx = c.BeginTransaction();
            Exec(c, Migrations.Steps[v], tx);
            Exec(c, $"INSERT INTO schema_version (version) VALUES ({v + 1})", tx);
            tx.Commit();
        }
    }

    private static void Exec(SqliteConnection c, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
