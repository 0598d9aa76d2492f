namespace Kinora.Studio.Storage;

/// <summary>Schema steps, append-only: a released step is never edited, a change is a new step.</summary>
public static class Migrations
{
    public static readonly IReadOnlyList<string> Steps =
    [
        """
        CREATE TABLE videos (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,   -- creation order, the list cursor
            id TEXT NOT NULL UNIQUE,
            owner TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            status TEXT NOT NULL,
            model TEXT NOT NULL,
            progress INTEGER NOT NULL DEFAULT 0,
            seconds TEXT NOT NULL,
            size TEXT NOT NULL,
            prompt TEXT NOT NULL,
            remixed_from_video_id TEXT,
            error_code TEXT,
            error_message TEXT,
            completed_at INTEGER,
            expires_at INTEGER,
            plan_json TEXT NOT NULL,
            input_reference TEXT,
            job_id TEXT
        );
        CREATE INDEX videos_owner_seq ON videos (owner, seq);
        CREATE INDEX videos_owner_status ON videos (owner, status);
        """,
    ];
}
