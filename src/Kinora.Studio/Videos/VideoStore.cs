using System.Data.Common;
using Kinora.Studio.Storage;

namespace Kinora.Studio.Videos;

/// <summary>Reads and writes video rows. Every read the API does is scoped to the caller's owner id.</summary>
public sealed class VideoStore(Database db)
{
    private const string Columns = "id, owner, created_at, status, model, progress, seconds, size, prompt, remixed_from_video_id, " +
                                   "error_code, error_message, completed_at, expires_at, plan_json, input_reference, job_id, visibility";

    /// <summary>
    /// Inserts a queued video unless its owner already has <paramref name="maxActive"/> queued or rendering; the
    /// count and the insert share one locked write transaction so two racing requests cannot both slip under the limit.
    /// </summary>
    public bool TryInsert(VideoRecord v, int maxActive)
    {
        using var c = db.Open();
        using var tx = db.BeginWrite(c);
        db.Lock(c, tx, "videos.owner." + v.Owner);
        using (var count = Database.Command(c, tx, "SELECT COUNT(*) FROM videos WHERE owner = @owner AND status IN ('queued', 'in_progress')", ("owner", v.Owner)))
            if (Convert.ToInt64(count.ExecuteScalar()) >= maxActive) return false;
        using (var insert = Database.Command(c, tx, $"INSERT INTO videos ({Columns}) VALUES (@id, @owner, @created_at, @status, @model, @progress, @seconds, " +
                                                  "@size, @prompt, @remixed, @error_code, @error_message, @completed_at, @expires_at, @plan, @input, @job, @visibility)",
                   ("id", v.Id), ("owner", v.Owner), ("created_at", v.CreatedAt), ("status", v.Status), ("model", v.Model), ("progress", v.Progress),
                   ("seconds", v.Seconds), ("size", v.Size), ("prompt", v.Prompt), ("remixed", v.RemixedFromVideoId), ("error_code", v.ErrorCode),
                   ("error_message", v.ErrorMessage), ("completed_at", v.CompletedAt), ("expires_at", v.ExpiresAt), ("plan", v.PlanJson),
                   ("input", v.InputReference), ("job", v.JobId), ("visibility", v.Visibility)))
            insert.ExecuteNonQuery();
        tx.Commit();
        return true;
    }

    /// <summary>A video by id; with an owner, only if that owner's (another caller's video reads as absent).</summary>
    public VideoRecord? Find(string id, string? owner = null) => owner is null
        ? db.Query($"SELECT {Columns} FROM videos WHERE id = @id", Read, ("id", id)).FirstOrDefault()
        : db.Query($"SELECT {Columns} FROM videos WHERE id = @id AND owner = @owner", Read, ("id", id), ("owner", owner)).FirstOrDefault();

    /// <summary>A video the viewer may watch: their own, or anyone's public one. Null viewer: public only.</summary>
    public VideoRecord? FindVisible(string id, string? viewer) =>
        db.Query($"SELECT {Columns} FROM videos WHERE id = @id AND (visibility = 'public' OR owner = @viewer)", Read, ("id", id), ("viewer", viewer ?? ""))
            .FirstOrDefault();

    /// <summary>One page in creation order; <paramref name="after"/> is the id the previous page ended with.</summary>
    public (IReadOnlyList<VideoRecord> Page, bool HasMore)? List(string owner, string? after, int limit, bool ascending) =>
        Page("owner = @owner", after, limit, ascending, ("owner", owner));

    /// <summary>Public, finished videos, newest first: the feed.</summary>
    public (IReadOnlyList<VideoRecord> Page, bool HasMore)? Public(string? after, int limit) =>
        Page("visibility = 'public' AND status = 'completed'", after, limit, ascending: false);

    private (IReadOnlyList<VideoRecord> Page, bool HasMore)? Page(string where, string? after, int limit, bool ascending, params (string, object?)[] args)
    {
        long? cursor = null;
        if (after is not null)
        {
            if (db.Scalar($"SELECT seq FROM videos WHERE id = @after AND {where}", [("after", after), .. args]) is not { } s) return null;
            cursor = Convert.ToInt64(s);
        }
        var cmp = ascending ? ">" : "<";
        // Only the parameters the statement names are sent: PostgreSQL refuses unreferenced ones.
        (string, object?)[] parameters = cursor is null ? [("limit", limit + 1), .. args] : [("cursor", cursor), ("limit", limit + 1), .. args];
        var rows = db.Query($"SELECT {Columns} FROM videos WHERE {where}" + (cursor is null ? "" : $" AND seq {cmp} @cursor") +
                            $" ORDER BY seq {(ascending ? "ASC" : "DESC")} LIMIT @limit", Read, parameters);
        var hasMore = rows.Count > limit;
        return (hasMore ? rows[..limit] : rows, hasMore);
    }

    /// <summary>Active videos with no job: the process stopped between recording the video and queuing its job.</summary>
    public IReadOnlyList<string> WithoutJob() =>
        db.Query("SELECT id FROM videos WHERE job_id IS NULL AND status IN ('queued', 'in_progress')", r => r.GetString(0));

    public bool Delete(string id, string owner) => db.Execute("DELETE FROM videos WHERE id = @id AND owner = @owner", ("id", id), ("owner", owner)) > 0;

    public void SetJobId(string id, string jobId) => db.Execute("UPDATE videos SET job_id = @job WHERE id = @id", ("id", id), ("job", jobId));

    public bool SetVisibility(string id, string owner, string visibility) =>
        db.Execute("UPDATE videos SET visibility = @v WHERE id = @id AND owner = @owner", ("id", id), ("owner", owner), ("v", visibility)) > 0;

    /// <summary>Marks a (re)started render; false when the video was deleted meanwhile.</summary>
    public bool Start(string id) =>
        db.Execute("UPDATE videos SET status = 'in_progress', progress = 0, error_code = NULL, error_message = NULL WHERE id = @id AND status <> 'completed'",
            ("id", id)) > 0;

    public void SetProgress(string id, int progress) =>
        db.Execute("UPDATE videos SET progress = @p WHERE id = @id AND status = 'in_progress'", ("id", id), ("p", progress));

    public bool Complete(string id, long completedAt) =>
        db.Execute("UPDATE videos SET status = 'completed', progress = 100, completed_at = @t WHERE id = @id", ("id", id), ("t", completedAt)) > 0;

    public void Fail(string id, string code, string message) =>
        db.Execute("UPDATE videos SET status = 'failed', error_code = @c, error_message = @m WHERE id = @id", ("id", id), ("c", code), ("m", message));

    private static VideoRecord Read(DbDataReader r) => new()
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
        Visibility = r.GetString(17),
    };
}
