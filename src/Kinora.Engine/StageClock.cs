using System.Diagnostics;

namespace Kinora.Engine;

/// <summary>Times stages and reports their start and end as progress.</summary>
internal sealed class StageClock(IProgress<StageProgress>? progress)
{
    private readonly List<StageTiming> _timings = [];

    public IReadOnlyList<StageTiming> Timings => _timings;

    public T Run<T>(string stage, Func<IProgress<double>, T> work)
    {
        var sink = new StageSink(stage, progress);
        progress?.Report(new StageProgress(stage, 0));
        var watch = Stopwatch.StartNew();
        var result = work(sink);
        Add(stage, watch.Elapsed);
        progress?.Report(new StageProgress(stage, 1));
        return result;
    }

    public void Add(string stage, TimeSpan elapsed) => _timings.Add(new StageTiming(stage, elapsed));

    /// <summary>Forwards a stage's own 0–1 progress, tagged with the stage name.</summary>
    private sealed class StageSink(string stage, IProgress<StageProgress>? progress) : IProgress<double>
    {
        public void Report(double value) => progress?.Report(new StageProgress(stage, Math.Clamp(value, 0, 0.999)));
    }
}
