namespace Kinora.Media.Images;

/// <summary>An 8-bit RGBA picture, top row first, Width × Height × 4 bytes, tightly packed.</summary>
public sealed record RgbaImage(int Width, int Height, byte[] Pixels)
{
    public static RgbaImage Blank(int width, int height, byte r = 0, byte g = 0, byte b = 0)
    {
        var pixels = new byte[width * height * 4];
        for (var i = 0; i < pixels.Length; i += 4) { pixels[i] = r; pixels[i + 1] = g; pixels[i + 2] = b; pixels[i + 3] = 255; }
        return new(width, height, pixels);
    }

    public static void CheckSize(ReadOnlySpan<byte> rgba, int width, int height)
    {
        if (width <= 0 || height <= 0) throw new MediaException($"image size {width}x{height} must be positive");
        if (rgba.Length != width * height * 4)
            throw new MediaException($"image data is {rgba.Length} bytes; {width}x{height} RGBA needs {width * height * 4}");
    }
}
