namespace Kinora.Studio.Storage;

/// <summary>
/// Where a video's files live: DATA/media/{id}/. Renders write into a private staging folder and are moved in
/// whole when they finish, so a reader never sees a half-written MP4 and a killed render leaves only staging
/// debris, which the next attempt clears.
/// </summary>
public sealed class MediaStore(string root)
{
    public const string VideoFile = "video.mp4", ThumbnailFile = "thumbnail.jpg", SpritesheetFile = "spritesheet.jpg";

    public string Root => root;

    public string VideoDir(string id) => Path.Combine(root, id);

    public string RenderDir(string id) => Path.Combine(VideoDir(id), "render");

    public string StagingDir(string id) => Path.Combine(root, ".staging", id);

    public string? Variant(string id, string variant) => variant switch
    {
        "video" => Path.Combine(RenderDir(id), VideoFile),
        "thumbnail" => Path.Combine(RenderDir(id), ThumbnailFile),
        "spritesheet" => Path.Combine(RenderDir(id), SpritesheetFile),
        _ => null,
    };

    /// <summary>A fresh, empty staging folder for one render attempt.</summary>
    public string NewStaging(string id)
    {
        var dir = StagingDir(id);
        DeleteQuietly(dir);
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Publishes a finished staging folder as the video's render, in one rename.</summary>
    public void Publish(string id, string staging)
    {
        Directory.CreateDirectory(VideoDir(id));
        var target = RenderDir(id);
        DeleteQuietly(target);
        Directory.Move(staging, target);
    }

    public void Delete(string id)
    {
        DeleteQuietly(StagingDir(id));
        DeleteQuietly(VideoDir(id));
    }

    public static void DeleteQuietly(string dir)
    {
        try { if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
