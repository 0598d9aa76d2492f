namespace Kinora.Media.Tools;

/// <summary>
/// Finds external programs on a search path (PATH by default) before anything is started, so a missing ffmpeg
/// is reported as "ffmpeg is not installed: run `sudo apt-get install ffmpeg`" instead of a Win32Exception from
/// deep inside Process.Start. A custom search path (or a tool renamed to something absent) is how tests
/// simulate a machine without the tool.
/// </summary>
public sealed class ToolLocator
{
    private readonly string[] _directories;
    private readonly Dictionary<string, string> _found = [];

    /// <param name="searchPath">Directories separated by the platform's path separator; null means $PATH.</param>
    public ToolLocator(string? searchPath = null)
    {
        var path = searchPath ?? Environment.GetEnvironmentVariable("PATH") ?? "";
        _directories = path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>The locator for this process's PATH.</summary>
    public static ToolLocator Default { get; } = new();

    /// <summary>Full path of the tool's executable; throws <see cref="MissingDependencyException"/> when absent.</summary>
    public string Find(ExternalTool tool) =>
        TryFind(tool, out var path) ? path : throw new MissingDependencyException(tool.Name, tool.InstallCommand);

    public bool TryFind(ExternalTool tool, out string path)
    {
        lock (_found)
        {
            if (_found.TryGetValue(tool.Name, out path!)) return true;
            foreach (var dir in _directories)
            {
                var candidate = Path.Combine(dir, tool.Name);
                if (!IsExecutableFile(candidate)) continue;
                _found[tool.Name] = path = candidate;
                return true;
            }
            path = "";
            return false;
        }
    }

    private static bool IsExecutableFile(string path)
    {
        if (!File.Exists(path)) return false;
        if (OperatingSystem.IsWindows()) return true;
        const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return (File.GetUnixFileMode(path) & anyExecute) != 0;
    }
}
