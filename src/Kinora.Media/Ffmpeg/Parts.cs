using System.Globalization;

namespace Kinora.Media.Ffmpeg;

// Each record below is one concern of an ffmpeg command line. Options that configure an input come before its
// "-i"; options that configure the output come before the output path (ffmpeg applies options to the next file).

/// <summary>Quiet, non-interactive, overwrite: only errors reach stderr, which we keep for error messages.</summary>
public sealed record GlobalOptions(string LogLevel = "error", bool Overwrite = true) : IFfmpegPart
{
    public void AppendTo(FfmpegArgs args)
    {
        args.Add("-hide_banner", "-nostats", "-loglevel", LogLevel);
        if (Overwrite) args.Add("-y");
    }
}

/// <summary>
/// Raw frames on standard input (or another source), top row first. Frame rate is the input's clock: frame i
/// is at i / fps, so video duration is exactly frames / fps.
/// </summary>
public sealed record RawVideoInput(int Width, int Height, int Fps, string PixelFormat = "rgba", string Source = "-") : IFfmpegPart
{
    public void AppendTo(FfmpegArgs args) => args.Add(
        "-f", "rawvideo", "-pix_fmt", PixelFormat, "-s", $"{Width}x{Height}",
        "-framerate", Fps.ToString(CultureInfo.InvariantCulture), "-i", Source);
}

/// <summary>A WAV file as an input (the container is named so a missing header fails loudly, not as raw PCM).</summary>
public sealed record WavInput(string Path) : IFfmpegPart
{
    public void AppendTo(FfmpegArgs args) => args.Add("-f", "wav", "-i", Path);
}

/// <summary>Picks streams explicitly: input 0's first video, input 1's first audio (nothing picked implicitly).</summary>
public sealed record StreamMap(params string[] Specifiers) : IFfmpegPart
{
    public static StreamMap VideoThenAudio => new("0:v:0", "1:a:0");

    public void AppendTo(FfmpegArgs args)
    {
        foreach (var s in Specifiers) args.Add("-map", s);
    }
}

/// <summary>
/// H.264 through libx264, 4:2:0 (what every player decodes). CRF is constant quality (18 ≈ visually lossless);
/// the preset trades encode speed for size; tune is optional ("film", "animation").
/// </summary>
public sealed record H264Output(string Preset = "veryfast", int Crf = 20, string? Tune = null) : IFfmpegPart
{
    public void AppendTo(FfmpegArgs args)
    {
        args.Add("-c:v", "libx264", "-preset", Preset, "-crf", Crf.ToString(CultureInfo.InvariantCulture));
        if (Tune is not null) args.Add("-tune", Tune);
        args.Add("-pix_fmt", "yuv420p");
    }
}

/// <summary>
/// Converts RGB with the BT.709 matrix into limited range and tags the stream so. Players assume BT.709 for HD,
/// while swscale's default RGB→YUV matrix is BT.601: untagged output would shift hues slightly (reds go orange).
/// </summary>
public sealed record Bt709Color : IFfmpegPart
{
    public void AppendTo(FfmpegArgs args) => args.Add(
        "-vf", "scale=out_color_matrix=bt709:out_range=tv",
        "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709", "-color_range", "tv");
}

/// <summary>AAC-LC (ffmpeg's native encoder), resampled and remixed to the given rate and channel count.</summary>
public sealed record AacOutput(int SampleRate = 48000, int Channels = 2, int BitrateKbps = 192) : IFfmpegPart
{
    public void AppendTo(FfmpegArgs args) => args.Add(
        "-c:a", "aac", "-b:a", $"{BitrateKbps}k",
        "-ar", SampleRate.ToString(CultureInfo.InvariantCulture), "-ac", Channels.ToString(CultureInfo.InvariantCulture));
}

/// <summary>
/// The MP4 file. Faststart moves the index (moov) before the media data (mdat) in a second pass, so a browser
/// can start playing before the whole file has arrived.
/// </summary>
public sealed record Mp4Container(string Path, bool FastStart = true) : IFfmpegPart
{
    public void AppendTo(FfmpegArgs args)
    {
        if (FastStart) args.Add("-movflags", "+faststart");
        args.Add("-f", "mp4", Path);
    }
}

/// <summary>Optional resize of the picture (thumbnails); −2 keeps the aspect ratio with an even size.</summary>
public sealed record Scale(int Width, int Height = -2) : IFfmpegPart
{
    public void AppendTo(FfmpegArgs args) => args.Add("-vf", $"scale={Width}:{Height}:flags=lanczos");
}

/// <summary>
/// A single still image; the format follows the extension (.jpg/.jpeg → JPEG at quality 2 of 2–31, .png → PNG).
/// "-update 1" tells the image2 muxer this is one file, not a numbered sequence.
/// </summary>
public sealed record ImageOutput(string Path, int JpegQuality = 2) : IFfmpegPart
{
    public bool IsJpeg => System.IO.Path.GetExtension(Path).ToLowerInvariant() is ".jpg" or ".jpeg";

    public void AppendTo(FfmpegArgs args)
    {
        args.Add("-frames:v", "1", "-update", "1");
        if (IsJpeg) args.Add("-q:v", JpegQuality.ToString(CultureInfo.InvariantCulture));
        args.Add(Path);
    }
}

/// <summary>
/// Pads the audio with silence forever and stops at the shortest stream, i.e. the video: used when the frame
/// count is not known up front, so the MP4 is as long as its pictures (audio may run one AAC frame over).
/// </summary>
public sealed record PadAudioToVideo : IFfmpegPart
{
    public void AppendTo(FfmpegArgs args) => args.Add("-af", "apad", "-shortest");
}
