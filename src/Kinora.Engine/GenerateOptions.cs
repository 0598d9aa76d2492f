namespace Kinora.Engine;

/// <summary>Where the outputs of a render go. Only <see cref="OutputPath"/> is required.</summary>
public sealed record GenerateOptions(string OutputPath)
{
    public string? ThumbnailPath { get; init; }
    public string? ContactSheetPath { get; init; }
    /// <summary>WebVTT captions of the spoken lines (an empty cue list when nobody speaks).</summary>
    public string? CaptionsPath { get; init; }
}

/// <summary>What a render produced and how long each stage took.</summary>
public sealed record GenerateResult(string OutputPath, int Frames, double VideoSeconds, IReadOnlyList<StageTiming> Timings)
{
    public TimeSpan Total => TimeSpan.FromTicks(Timings.Sum(t => t.Elapsed.Ticks));
}
