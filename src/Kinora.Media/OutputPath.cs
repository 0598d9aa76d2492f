namespace Kinora.Media;

/// <summary>
/// Checks an output path before any work starts, so a typo fails in a millisecond with one line instead of after
/// a minute of rendering with a page of ffmpeg output. Messages read "cannot write PATH: REASON".
/// </summary>
public static class OutputPath
{
    public static void EnsureWritable(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new MediaException("cannot write an empty output path");
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw Fail(path, "it is a directory");
        var dir = Path.GetDirectoryName(full);
        if (string.IsNullOrEmpty(dir) || !Directory.Exists(dir)) throw Fail(path, "directory does not exist");
        try
        {
            if (File.Exists(full))
            {
                // Opening for write without truncating proves we may replace it and leaves it untouched.
                using var _ = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            }
            else
            {
                var probe = Path.Combine(dir, $".kinora-write-check-{Guid.NewGuid():N}");
                using var _ = new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
        }
        catch (UnauthorizedAccessException) { throw Fail(path, "permission denied"); }
        catch (IOException e) { throw Fail(path, e.Message); }
    }

    private static MediaException Fail(string path, string reason) => new($"cannot write {path}: {reason}");
}
