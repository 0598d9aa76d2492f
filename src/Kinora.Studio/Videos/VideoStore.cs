using Kinora.Studio.Storage;
using Microsoft.Data.Sqlite;

namespace Kinora.Studio.Videos;

/// <summary>Reads and writes video rows. Every read the API does is scoped to the caller's owner id.</summary>
public sealed class VideoStore(Database db)
{
    private const string Columns = "id, owner, created_at, status, model, progress, seconds, size, prompt, remixed_from_video_id, " +
                                   "error_code, error_message, completed_at, expires_at, plan_json, input_reference, job_id";

    /// <summary>
    /// Inserts a queued video unless its owner already has <paramref name="maxActive"/> queued or rendering; the
    /// count and the insert share one write transaction so two racing requests cannot both slip under the limit.
    /// </summary>
    public bool TryInsert(VideoRecord v, int maxActive)
    {
        using var c = db.Open();
        using var tx = c.BeginTransaction(deferred: false);
        using (var count = Command(c, tx, "SELECT COUNT(*) FROM videos WHERE owner = $owner AND status IN ('queued', 'in_progress')"))
        {
            count.Parameters.AddWithValue("$owner", v.Owner);
            if (Convert.ToInt64(count.ExecuteScalar()) >= maxActive) return false;
        }
        using (var insert = Command(c, tx, $"INSERT INTO videos ({Columns}) VALUES ($id, $owner, $created_at, $status, $model, $progress, $seconds, " +
                                         "$size, $prompt, $remixed, $error_code, $error_message, $completed_at, $expires_at, $plan, $input, $job)"))
        {
            insert.Parameters.AddWithValue("$id", v.Id);
            insert.Parameters.AddWithValue("$owner", v.Owner);
            insert.Parameters.AddWithValue("$created_at", v.CreatedAt);
            insert.Parameters.AddWithValue("$status", v.Status);
            insert.Parameters.AddWithValue("$model", v.Model);
            insert.Parameters.AddWithValue("$progress", v.Progress);
            insert.Parameters.AddWithValue("$seconds", v.Seconds);
            insert.Parameters.AddWithValue("$size", v.Size);
            insert.Parameters.AddWithValue("$prompt", v.Prompt);
            insert.Parameters.AddWithValue("$remixed", (object?)v.RemixedFromVideoId ?? DBNull.Value);
            insert.Parameters.AddWithValue("$error_code", (object?)v.ErrorCode ?? DBNull.Value);
            insert.Parameters.AddWithValue("$error_message", (object?)v.ErrorMessage ?? DBNull.Value);
            insert.Parameters.AddWithValue("$completed_at", (object?)v.CompletedAt ?? DBNull.Value);
            insert.Parameters.AddWithValue("$expires_at", (object?)v.ExpiresAt ?? DBNull.Value);
            insert.Parameters.AddWithValue("$plan", v.PlanJson);
            insert.Parameters.AddWithValue("$input", (object?)v.InputReference ?? DBNull.Value);
            insert.Parameters.AddWithValue("$job", (object?)v.JobId ?? DBNull.Value);
            insert.ExecuteNonQuery();
        }
        tx.Commit();
        return true;
    }

    /// <summary>A video by id; with an owner, only if that owner's (another key's video reads as absent).</summary>
    public VideoRecord? Find(string id, string? owner = null)
    {
        using var c = db.Open();
        using var cmd = Command(c, null, $"SELECT {Columns} FROM videos WHERE id = $id" + (owner is null ? "" : " AND owner = $owner"));
        cmd.Parameters.AddWithValue("$id", id);
        if (owner is not null) cmd.Parameters.AddWithValue("$owner", owner);
        using var r = cmd.ExecuteReader();
        return r.Read() ? Read(r) : null;
    }

    /// <summary>One page in creation order; <paramref name="after"/> is the id the previous page ended with.</summary>
    public (IReadOnlyList<VideoRecord> Page, bool HasMore)? List(string owner, string? after, int limit, bool ascending)
    {
        using var c = db.Open();
        long? cursor = null;
        if (after is not null)
        {
            using var seq = Command(c, null, "SELECT seq FROM videos WHERE id = $id AND owner = $owner");
            seq.Parameters.AddWithValue("$id", after);
            seq.Parameters.AddWithValue("$owner", owner);
            if (seq.ExecuteScalar() is not long s) return null;
            cursor = s;
        }
        var cmp = ascending ? ">" : "<";
        using var cmd = Command(c, null, $"SELECT {Columns} FROM videos WHERE owner = $owner" +
                                         (cursor is null ? "" : $" AND seq {cmp} $cursor") +
                                         $" ORDER BY seq {(ascending ? "ASC" : "DESC")} LIMIT $limit");
        cmd.Parameters.AddWithValue("$owner", owner);
        if (cursor is not null) cmd.Parameters.AddWithValue("$cursor", cursor);
        cmd.Parameters.AddWithValue("$limit", limit + 1);
        var rows = new List<VideoRecord>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) rows.Add(Read(r));
        var hasMore = rows.Count > limit;
        return (hasMore ? rows[..limit] : rows, hasMore);
    }

    /// <summary>Active videos with no job: the process stopped between recording the video and queuing its job.</summary>
    public IReadOnlyList<string> WithoutJob()
    {
        using var c = db.Open();
        using var cmd = Command(c, null, "SELECT id FROM videos WHERE job_id IS NULL AND status IN ('queued', 'in_progress')");
        using var r = cmd.ExecuteReader();
        var ids = new List<string>();
        while (r.Read()) ids.Add(r.GetString(0));
        return ids;
    }

    public bool Delete(string id, string owner) => Execute("DELETE FROM videos WHERE id = $id AND owner = $owner", ("$id", id), ("$owner", owner)) > 0;

    public void SetJobId(string id, string jobId) => Execute("UPDATE videos SET job_id = $job WHERE id = $id", ("$id", id), ("$job", jobId));

    /// <summary>Marks a (re)started render; false when the video was deleted meanwhile.</summary>
    public bool Start(string id) =>
        Execute("UPDATE videos SET status = 'in_progress', progress = 0, error_code = NULL, error_message = NULL WHERE id = $id AND status <> 'completed'",
            ("$id", id)) > 0;

    public void SetProgress(string id, int progress) =>
        Execute("UPDATE videos SET progress = $p WHERE id = $id AND status = 'in_progress'", ("$id", id), ("$p", progress));

    public bool Complete(string id, long completedAt) =>
        Execute("UPDATE videos SET status = 'completed', progress = 100, completed_at = $t WHERE id = $id", ("$id", id), ("$t", completedAt)) > 0;

    public void Fail(string id, string code, string message) =>
        Execute("UPDATE videos SET status = 'failed', error_code = $c, error_message = $m WHERE id = $id",
            ("$id", id), ("$c", code), ("$m", message));

    private int Execute(string sql, params (string Name, object Value)[] args)
    {
        using var c = db.Open();
        using var cmd = Command(c, null, sql);
        foreach (var (n, v) in args) cmd.Parameters.AddWithValue(n, v);
        return cmd.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection c, SqliteTransaction? tx, string sql)
    {
        var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return cmd;
    }

    private static VideoRecord Read(SqliteDataReader r) => new()
    {
        Id = r.GetString(0),
        Owner = r.GetString(1),
        CreatedAt = r.GetInt64(2),
        Status = r.GetString(3),
        Model = r.GetString(4),
        Progress = r.GetInt32(5),
        Seconds = r.GetString(6),
        Size = r.GetString(7),
        Prompt = r.GetString(8),
        RemixedFromVideoId = r.IsDBNull(9) ? null : r.GetString(9),
        ErrorCode = r.IsDBNull(10) ? null : r.GetString(10),
        ErrorMessage = r.IsDBNull(11) ? null : r.GetString(11),
        CompletedAt = r.IsDBNull(12) ? null : r.GetInt64(12),
        ExpiresAt = r.IsDBNull(13) ? null : r.GetInt64(13),
        PlanJson = r.GetString(14),
        InputReference = r.IsDBNull(15) ? null : r.GetString(15),
        JobId = r.IsDBNull(16) ? null : r.GetString(16),
    };
}
