using Kinora.Media.Tools;

namespace Kinora.Media.Images;

/// <summary>The poster picture of a video: one frame as JPEG (for feeds) and optionally PNG (lossless, for edits).</summary>
public static class Thumbnail
{
    /// <summary>Which frame makes the poster: one third in, past the opening, before the end.</summary>
    public static int PickFrame(int frameCount) => Math.Clamp(frameCount / 3, 0, Math.Max(0, frameCount - 1));

    /// <summary>Writes a thumbnail (format by extension); <paramref name="maxWidth"/> shrinks it keeping aspect ratio.</summary>
    public static void Write(string path, ReadOnlySpan<byte> rgba, int width, int height, int? maxWidth = null, ToolLocator? tools = null) =>
        ImageWriter.Write(path, rgba, width, height, maxWidth is { } m && m < width ? m : null, tools);

    /// <summary>Writes "name.jpg" and "name.png" side by side from one frame; returns both paths.</summary>
    public static (string Jpeg, string Png) WriteJpegAndPng(string pathWithoutExtension, ReadOnlySpan<byte> rgba, int width, int height,
        ToolLocator? tools = null)
    {
        var jpeg = pathWithoutExtension + ".jpg";
        var png = pathWithoutExtension + ".png";
        Write(jpeg, rgba, width, height, null, tools);
        Write(png, rgba, width, height, null, tools);
        return (jpeg, png);
    }
}
