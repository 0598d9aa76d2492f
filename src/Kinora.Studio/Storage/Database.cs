using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Kinora.Studio.Storage;

/// <summary>Which server holds the Studio's tables.</summary>
public enum DatabaseKind { Sqlite, Postgres }

/// <summary>
/// The Studio's own tables (videos, users, keys, likes), in a SQLite file by default or in PostgreSQL when
/// KINORA_DATABASE names one. Stores write SQL once, in the subset both speak (`@name` parameters, BIGINT, TEXT);
/// what differs — the id column, how a writer takes its lock — lives here and in <see cref="Migrations"/>.
/// </summary>
public sealed class Database
{
    private readonly string _connectionString;

    private Database(DatabaseKind kind, string connectionString)
    {
        Kind = kind;
        _connectionString = connectionString;
    }

    public DatabaseKind Kind { get; }

    /// <summary>A SQLite file. WAL lets the API read while a render writes progress.</summary>
    public static Database Sqlite(string path) => new(DatabaseKind.Sqlite, new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Cache = SqliteCacheMode.Private,
        DefaultTimeout = 30,
        Pooling = true,
    }.ToString());

    /// <summary>A PostgreSQL database from an Npgsql connection string (Host=…;Database=…;Username=…).</summary>
    public static Database Postgres(string connectionString) => new(DatabaseKind.Postgres, connectionString);

    public DbConnection Open()
    {
        if (Kind == DatabaseKind.Postgres)
        {
            var pg = new NpgsqlConnection(_connectionString);
            pg.Open();
            return pg;
        }
        var c = new SqliteConnection(_connectionString);
        c.Open();
        Exec(c, "PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON;");
        return c;
    }

    /// <summary>
    /// A transaction that holds the write lock from its first statement, so a read-then-write inside it (count,
    /// then insert) cannot interleave with another writer. SQLite: BEGIN IMMEDIATE. PostgreSQL: the caller also
    /// takes <see cref="LockAsync"/> on the row group it checks, since its transactions do not lock reads.
    /// </summary>
    public DbTransaction BeginWrite(DbConnection c) =>
        c is SqliteConnection s ? s.BeginTransaction(deferred: false) : c.BeginTransaction(IsolationLevel.ReadCommitted);

    /// <summary>Serializes writers on one name (an owner's videos) until the transaction ends; a no-op on SQLite.</summary>
    public void Lock(DbConnection c, DbTransaction tx, string name)
    {
        if (Kind != DatabaseKind.Postgres) return;
        using var cmd = Command(c, tx, "SELECT pg_advisory_xact_lock(hashtext(@name))", ("name", name));
        cmd.ExecuteNonQuery();
    }

    /// <summary>Brings the schema to the current version. Each step runs once, in order, inside a transaction.</summary>
    public void Migrate()
    {
        using var c = Open();
        if (Kind == DatabaseKind.Sqlite) Exec(c, "PRAGMA journal_mode = WAL;");
        using var tx = BeginWrite(c);
        // Several servers may start at once on one PostgreSQL database; one migrates, the others wait and see it done.
        Lock(c, tx, "kinora.schema");
        Exec(c, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)", tx);
        using var read = Command(c, tx, "SELECT COALESCE(MAX(version), 0) FROM schema_version");
        var current = Convert.ToInt32(read.ExecuteScalar());
        var steps = Migrations.For(Kind);
        for (var v = current; v < steps.Count; v++)
        {
            Exec(c, steps[v], tx);
            Exec(c, $"INSERT INTO schema_version (version) VALUES ({v + 1})", tx);
        }
        tx.Commit();
    }

    /// <summary>A command with `@name` parameters (both providers accept that form).</summary>
    public static DbCommand Command(DbConnection c, DbTransaction? tx, string sql, params (string Name, object? Value)[] args)
    {
        var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in args)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            cmd.Parameters.Add(p);
        }
        return cmd;
    }

    /// <summary>Runs one statement on its own connection; the number of rows it touched.</summary>
    public int Execute(string sql, params (string Name, object? Value)[] args)
    {
        using var c = Open();
        using var cmd = Command(c, null, sql, args);
        return cmd.ExecuteNonQuery();
    }

    /// <summary>Runs one query on its own connection and maps each row.</summary>
    public List<T> Query<T>(string sql, Func<DbDataReader, T> map, params (string Name, object? Value)[] args)
    {
        using var c = Open();
        using var cmd = Command(c, null, sql, args);
        using var r = cmd.ExecuteReader();
        var rows = new List<T>();
        while (r.Read()) rows.Add(map(r));
        return rows;
    }

    public object? Scalar(string sql, params (string Name, object? Value)[] args)
    {
        using var c = Open();
        using var cmd = Command(c, null, sql, args);
        var value = cmd.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    private static void Exec(DbConnection c, string sql, DbTransaction? tx = null)
    {
        using var cmd = Command(c, tx, sql);
        cmd.ExecuteNonQuery();
    }
}
