namespace Kinora.Media.Probe;

/// <summary>
/// What ffprobe says about a media file, reduced to what Kinora checks. Seconds are from the container unless
/// named per stream; <see cref="Fps"/> is the video's average frame rate; audio fields are null without audio.
/// </summary>
public sealed record MediaInfo
{
    public string? VideoCodec { get; init; }
    public string? PixelFormat { get; init; }
    public int Width { get; init; }
    public int Height { get; init; }
    public double Fps { get; init; }
    public long? VideoFrames { get; init; }
    public double? VideoSeconds { get; init; }
    public string? AudioCodec { get; init; }
    public int? SampleRate { get; init; }
    public int? Channels { get; init; }
    public double? AudioSeconds { get; init; }
    public double DurationSeconds { get; init; }
    public string? FormatName { get; init; }
    /// <summary>moov precedes mdat (read from the file's boxes, not from ffprobe).</summary>
    public bool FastStart { get; init; }
}
