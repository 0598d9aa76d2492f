using System.Diagnostics;
using Kinora.Engine;

namespace Kinora.Cli.Terminal;

/// <summary>
/// Shows stage progress on standard error: a redrawn bar on a terminal, one line per finished stage otherwise
/// (logs and CI). Standard output stays clean for data (plans, JSONL).
/// </summary>
public sealed class ProgressView : IProgress<StageProgress>
{
    private const int BarWidth = 30;
    private readonly TextWriter _out = Console.Error;
    private readonly bool _interactive = !Console.IsErrorRedirected;
    private readonly Stopwatch _sinceDraw = Stopwatch.StartNew();
    private readonly Dictionary<string, Stopwatch> _started = [];
    private readonly Lock _lock = new();

    public void Report(StageProgress value)
    {
        lock (_lock)
        {
            if (value.Fraction <= 0 && !_started.ContainsKey(value.Stage)) _started[value.Stage] = Stopwatch.StartNew();
            var done = value.Fraction >= 1;
            if (_interactive)
            {
                if (!done && _sinceDraw.ElapsedMilliseconds < 100 && value.Fraction > 0) return;
                _sinceDraw.Restart();
                var filled = (int)Math.Round(value.Fraction * BarWidth);
                _out.Write($"\r  {value.Stage,-9} [{new string('█', filled)}{new string('░', BarWidth - filled)}] {value.Fraction * 100,3:0}%");
                if (done) _out.WriteLine(Elapsed(value.Stage));
            }
            else if (done) _out.WriteLine($"  {value.Stage,-9} done{Elapsed(value.Stage)}");
        }
    }

    private string Elapsed(string stage) =>
        _started.TryGetValue(stage, out var w) ? $"  {w.Elapsed.TotalSeconds,6:0.00} s" : "";
}
