using Kinora.Media.Ffmpeg;
using Kinora.Media.Tools;

namespace Kinora.Media.Images;

/// <summary>
/// Writes one RGBA picture as JPEG or PNG (by extension) through ffmpeg:
/// <c>-f rawvideo -pix_fmt rgba -s WxH -i - [-vf scale] -frames:v 1 -update 1 out.jpg</c>.
/// </summary>
public static class ImageWriter
{
    public static void Write(string path, ReadOnlySpan<byte> rgba, int width, int height, int? scaleToWidth = null, ToolLocator? tools = null)
    {
        RgbaImage.CheckSize(rgba, width, height);
        OutputPath.EnsureWritable(path);
        FfmpegProcess.Run(ExternalTool.Ffmpeg, BuildArgs(path, width, height, scaleToWidth), rgba, tools: tools);
    }

    public static void Write(string path, RgbaImage image, ToolLocator? tools = null) =>
        Write(path, image.Pixels, image.Width, image.Height, null, tools);

    public static FfmpegArgs BuildArgs(string path, int width, int height, int? scaleToWidth = null)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is not (".jpg" or ".jpeg" or ".png")) throw new MediaException($"cannot write {path}: use .jpg or .png");
        // Fps is irrelevant for one picture; 1 keeps the raw demuxer happy.
        var args = FfmpegArgs.From(new GlobalOptions(), new RawVideoInput(width, height, 1));
        if (scaleToWidth is { } w && w != width) args.Add(new Scale(w));
        return args.Add(new ImageOutput(path));
    }
}
