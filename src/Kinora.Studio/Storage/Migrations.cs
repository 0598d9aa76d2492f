namespace Kinora.Studio.Storage;

/// <summary>
/// Schema steps, append-only: a released step is never edited, a change is a new step. SQLite and PostgreSQL
/// share every step but the first, which differs only in how the list cursor column counts itself.
/// </summary>
public static class Migrations
{
    public static IReadOnlyList<string> For(DatabaseKind kind) => kind == DatabaseKind.Postgres ? Postgres : Sqlite;

    private static readonly IReadOnlyList<string> Sqlite = [VideosTable("seq INTEGER PRIMARY KEY AUTOINCREMENT", "INTEGER"), Accounts];

    private static readonly IReadOnlyList<string> Postgres = [VideosTable("seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", "BIGINT"), Accounts];

    // Step 1, as released for SQLite (whose INTEGER is 64-bit; PostgreSQL needs BIGINT for the same range).
    private static string VideosTable(string seq, string time) => $"""
        CREATE TABLE videos (
            {seq},   -- creation order, the list cursor
            id TEXT NOT NULL UNIQUE,
            owner TEXT NOT NULL,
            created_at {time} NOT NULL,
            status TEXT NOT NULL,
            model TEXT NOT NULL,
            progress INTEGER NOT NULL DEFAULT 0,
            seconds TEXT NOT NULL,
            size TEXT NOT NULL,
            prompt TEXT NOT NULL,
            remixed_from_video_id TEXT,
            error_code TEXT,
            error_message TEXT,
            completed_at {time},
            expires_at {time},
            plan_json TEXT NOT NULL,
            input_reference TEXT,
            job_id TEXT
        );
        CREATE INDEX videos_owner_seq ON videos (owner, seq);
        CREATE INDEX videos_owner_status ON videos (owner, status);
        """;

    // Step 2: accounts with their own API keys, public videos, likes. A video's owner is a user id
    // ("user_…") or, for videos made with a configured key, that key's hash ("key_…").
    private const string Accounts = """
        CREATE TABLE users (
            id TEXT PRIMARY KEY,
            email TEXT NOT NULL UNIQUE,      -- lower-cased
            name TEXT NOT NULL,
            password_hash TEXT NOT NULL,     -- ASP.NET Core Identity's PasswordHasher (PBKDF2, salted)
            created_at BIGINT NOT NULL
        );
        CREATE TABLE api_keys (
            id TEXT PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            key_hash TEXT NOT NULL UNIQUE,   -- SHA-256 of the key; the key itself is shown once and never stored
            hint TEXT NOT NULL,              -- its first characters, so a person can tell keys apart
            created_at BIGINT NOT NULL,
            revoked_at BIGINT
        );
        CREATE INDEX api_keys_user ON api_keys (user_id);
        ALTER TABLE videos ADD COLUMN visibility TEXT NOT NULL DEFAULT 'private';
        CREATE INDEX videos_visibility_seq ON videos (visibility, seq);
        CREATE TABLE likes (
            video_id TEXT NOT NULL REFERENCES videos (id) ON DELETE CASCADE,
            user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
            created_at BIGINT NOT NULL,
            PRIMARY KEY (video_id, user_id)
        );
        """;
}
