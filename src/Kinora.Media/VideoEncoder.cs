namespace Kinora.Media;

/// <summary>Encoding choices for one MP4. Sizes in pixels; audio is interleaved float PCM.</summary>
public sealed record EncodeSettings(string OutputPath, int Width, int Height, int Fps)
{
    /// <summary>x264 constant rate factor: 18 is visually lossless, 23 the default; lower is bigger.</summary>
    public int Crf { get; init; } = 20;
    public string Preset { get; init; } = "veryfast";
}

/// <summary>
/// Streams RGBA frames into ffmpeg (H.264 yuv420p + AAC 48 kHz stereo, faststart MP4). Frames go through
/// standard input as they are rendered, so encoding runs in parallel with rendering.
/// </summary>
public sealed class VideoEncoder : IDisposable
{
    public static VideoEncoder Start(EncodeSettings settings, float[] audioSamples, int sampleRate, int channels) =>
        throw new NotImplementedException("Media helper fills this in");

    /// <summary>Top row first, Width × Height × 4 bytes.</summary>
    public void WriteFrame(ReadOnlySpan<byte> rgba) => throw new NotImplementedException();

    /// <summary>Closes the input and waits for ffmpeg; throws <see cref="MediaException"/> with ffmpeg's last words on failure.</summary>
    public void Finish() => throw new NotImplementedException();

    public void Dispose() { }
}

public sealed class MediaException(string message) : Exception(message);
