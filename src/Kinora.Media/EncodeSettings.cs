namespace Kinora.Media;

/// <summary>Encoding choices for one MP4. Sizes in pixels; audio is interleaved float PCM.</summary>
public sealed record EncodeSettings(string OutputPath, int Width, int Height, int Fps)
{
    /// <summary>x264 constant rate factor: 18 is visually lossless, 23 the default; lower is bigger.</summary>
    public int Crf { get; init; } = 20;
    public string Preset { get; init; } = "veryfast";
    /// <summary>Optional x264 tune ("film", "animation"); null leaves x264's defaults.</summary>
    public string? Tune { get; init; }
    public int AudioBitrateKbps { get; init; } = 192;
    /// <summary>
    /// Frames the caller will write, when known. Then the audio is trimmed or padded with silence to exactly
    /// FrameCount / Fps seconds before encoding, and both streams end together to the sample. When unknown, the
    /// audio is padded by ffmpeg and cut where the video ends (within one 21 ms AAC frame).
    /// </summary>
    public int? FrameCount { get; init; }
    /// <summary>Whether to tag and convert as BT.709 (HD). Off only for tools that mishandle colour tags.</summary>
    public bool Bt709 { get; init; } = true;

    /// <summary>Throws <see cref="MediaException"/> for settings ffmpeg would reject halfway through.</summary>
    public void Validate()
    {
        if (Width <= 0 || Height <= 0) throw new MediaException($"cannot encode {Width}x{Height}: size must be positive");
        // 4:2:0 chroma is subsampled 2×2: odd sizes are refused by libx264.
        if (Width % 2 != 0 || Height % 2 != 0) throw new MediaException($"cannot encode {Width}x{Height}: H.264 4:2:0 needs even width and height");
        if (Fps <= 0) throw new MediaException($"cannot encode at {Fps} fps");
        if (Crf is < 0 or > 51) throw new MediaException($"crf {Crf} is out of range 0–51");
        if (FrameCount is < 0) throw new MediaException($"frame count {FrameCount} is negative");
    }
}
