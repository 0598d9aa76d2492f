using Kinora.Studio.Storage;

namespace Kinora.Studio.Feed;

/// <summary>Likes: one per user per video, toggled; removed with the video or the user (foreign keys cascade).</summary>
public sealed class LikeStore(Database db)
{
    /// <summary>Likes the video if the user had not, else takes the like back; returns whether it is now liked.</summary>
    public bool Toggle(string videoId, string userId)
    {
        if (db.Execute("DELETE FROM likes WHERE video_id = @v AND user_id = @u", ("v", videoId), ("u", userId)) > 0) return false;
        // A double click may race the insert: the primary key keeps one like, and the loser's insert adds nothing.
        db.Execute("INSERT INTO likes (video_id, user_id, created_at) VALUES (@v, @u, @t) ON CONFLICT DO NOTHING",
            ("v", videoId), ("u", userId), ("t", DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
        return true;
    }

    public long Count(string videoId) => Convert.ToInt64(db.Scalar("SELECT COUNT(*) FROM likes WHERE video_id = @v", ("v", videoId)));

    public bool Likes(string videoId, string? userId) =>
        userId is not null && Convert.ToInt64(db.Scalar("SELECT COUNT(*) FROM likes WHERE video_id = @v AND user_id = @u", ("v", videoId), ("u", userId))) > 0;
}
