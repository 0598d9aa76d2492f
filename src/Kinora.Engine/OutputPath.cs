namespace Kinora.Engine;

/// <summary>Checks an output path before any work is done, so a typo costs a second, not a render.</summary>
public static class OutputPath
{
    /// <summary>Throws <see cref="IOException"/> with a one-line reason when the file cannot be created.</summary>
    public static void EnsureWritable(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new IOException("no output path given");
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new IOException($"cannot write {full}: it is a directory");
        var dir = Path.GetDirectoryName(full) ?? "/";
        if (!Directory.Exists(dir)) throw new IOException($"cannot write {full}: directory {dir} does not exist");
        var probe = Path.Combine(dir, $".kinora-write-test-{Environment.ProcessId}");
        try
        {
            using (File.Create(probe)) { }
            File.Delete(probe);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new IOException($"cannot write {full}: {dir} is not writable");
        }
    }
}
