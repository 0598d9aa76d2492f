namespace Kinora.Media.Ffmpeg;

/// <summary>
/// Keeps the last lines a child process wrote to stderr, bounded in lines and characters. Stderr is drained
/// continuously (an undrained pipe fills at 64 KiB and the child blocks forever), and only the tail matters for
/// an error message.
/// </summary>
public sealed class StderrTail(int maxLines = 20, int maxLineChars = 500)
{
    private readonly Queue<string> _lines = new();

    public void Add(string? line)
    {
        if (string.IsNullOrWhiteSpace(line)) return;
        if (line.Length > maxLineChars) line = line[..maxLineChars] + "…";
        lock (_lines)
        {
            _lines.Enqueue(line);
            while (_lines.Count > maxLines) _lines.Dequeue();
        }
    }

    public override string ToString()
    {
        lock (_lines) return string.Join('\n', _lines);
    }
}
