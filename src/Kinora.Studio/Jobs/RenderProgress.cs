using Kinora.Engine;

namespace Kinora.Studio.Jobs;

/// <summary>
/// Folds the engine's per-stage fractions into the API's one 0–100 number. Weights are rough shares of wall time
/// measured on a 2-core machine (rendering dominates). Stays below 100 until the files are published.
/// </summary>
public sealed class RenderProgress(Action<int> report) : IProgress<StageProgress>
{
    private static readonly (string Stage, double Start, double Weight)[] Bands =
    [
        (Stages.Compose, 0, 3), (Stages.Speech, 3, 3), (Stages.Simulate, 6, 4), (Stages.Sound, 10, 5), (Stages.Render, 15, 80), (Stages.Encode, 95, 4),
    ];

    private int _last = -1;

    public void Report(StageProgress value)
    {
        foreach (var (stage, start, weight) in Bands)
        {
            if (stage != value.Stage) continue;
            var percent = (int)Math.Clamp(start + weight * value.Fraction, 0, 99);
            // Only changes reach the database: at most 100 writes a render, not one a frame.
            if (percent > _last) { _last = percent; report(percent); }
            return;
        }
    }
}
