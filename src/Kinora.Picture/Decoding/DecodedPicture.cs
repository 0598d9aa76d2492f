namespace Kinora.Picture.Decoding;

/// <summary>
/// An input image as Kinora uses it: upright, opaque sRGB RGBA8, top row first, plus what was done to get there
/// ("turned upright from its EXIF orientation", "first frame of an animated GIF", …) so the choice can be reported.
/// </summary>
public sealed class DecodedPicture
{
    public DecodedPicture(int width, int height, byte[] rgba, string format, IReadOnlyList<string> notes)
    {
        if (rgba.Length != width * height * 4) throw new ArgumentException($"{rgba.Length} bytes for {width}x{height} RGBA", nameof(rgba));
        Width = width; Height = height; Rgba = rgba; Format = format; Notes = notes;
    }

    public int Width { get; }
    public int Height { get; }
    /// <summary>sRGB RGBA8, alpha always 255.</summary>
    public byte[] Rgba { get; }
    /// <summary>The container format ImageSharp recognised ("JPEG", "PNG", "GIF", …).</summary>
    public string Format { get; }
    public IReadOnlyList<string> Notes { get; }
}
