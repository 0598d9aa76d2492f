using System.Globalization;
using System.Text.Json;
using Kinora.Media.Ffmpeg;
using Kinora.Media.Tools;

namespace Kinora.Media.Probe;

/// <summary>
/// Runs <c>ffprobe -v error -print_format json -show_streams -show_format FILE</c> and reads the JSON with
/// System.Text.Json. ffprobe prints numbers as strings in places ("duration": "2.000000") and rates as
/// fractions ("24/1"), which the helpers below parse invariantly.
/// </summary>
public static class MediaProbe
{
    public static MediaInfo Probe(string path, ToolLocator? tools = null)
    {
        if (!File.Exists(path)) throw new MediaException($"cannot probe {path}: file does not exist");
        var json = FfmpegProcess.Run(ExternalTool.Ffprobe, BuildArgs(path), tools: tools);
        return Parse(json) with { FastStart = IsMp4(path) && Mp4Atoms.IsFastStart(path) };
    }

    public static FfmpegArgs BuildArgs(string path) =>
        new FfmpegArgs().Add("-v", "error", "-print_format", "json", "-show_streams", "-show_format", path);

    /// <summary>Parses ffprobe's JSON (exposed for tests with canned output).</summary>
    public static MediaInfo Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var info = new MediaInfo();
        if (root.TryGetProperty("streams", out var streams))
        {
            foreach (var s in streams.EnumerateArray())
            {
                var type = Str(s, "codec_type");
                if (type == "video" && info.VideoCodec is null)
                    info = info with
                    {
                        VideoCodec = Str(s, "codec_name"), PixelFormat = Str(s, "pix_fmt"),
                        Width = (int)(Num(s, "width") ?? 0), Height = (int)(Num(s, "height") ?? 0),
                        Fps = Rate(Str(s, "avg_frame_rate")) is > 0 and var avg ? avg : Rate(Str(s, "r_frame_rate")),
                        VideoFrames = Num(s, "nb_frames") is { } n ? (long)n : null,
                        VideoSeconds = Num(s, "duration"),
                    };
                else if (type == "audio" && info.AudioCodec is null)
                    info = info with
                    {
                        AudioCodec = Str(s, "codec_name"), SampleRate = (int?)Num(s, "sample_rate"),
                        Channels = (int?)Num(s, "channels"), AudioSeconds = Num(s, "duration"),
                    };
            }
        }
        if (root.TryGetProperty("format", out var format))
            info = info with { DurationSeconds = Num(format, "duration") ?? 0, FormatName = Str(format, "format_name") };
        return info;
    }

    private static bool IsMp4(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".mp4" or ".m4a" or ".m4v" or ".mov";

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.ToString() : null;

    private static double? Num(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Number) return v.GetDouble();
        return double.TryParse(v.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    /// <summary>"24/1" → 24, "30000/1001" → 29.97, "0/0" → 0.</summary>
    public static double Rate(string? fraction)
    {
        if (string.IsNullOrEmpty(fraction)) return 0;
        var slash = fraction.IndexOf('/');
        if (slash < 0) return double.TryParse(fraction, NumberStyles.Float, CultureInfo.InvariantCulture, out var r) ? r : 0;
        if (!double.TryParse(fraction.AsSpan(0, slash), NumberStyles.Float, CultureInfo.InvariantCulture, out var num)) return 0;
        if (!double.TryParse(fraction.AsSpan(slash + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var den) || den == 0) return 0;
        return num / den;
    }
}
