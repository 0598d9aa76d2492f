using Kinora.Picture.Fitting;

namespace Kinora.Engine.Pictures;

/// <summary>Blacks out the bars around a padded picture on every frame, so the move happens inside the picture's own
/// rectangle and the bars stay still, as in a letterboxed film.</summary>
public static class PadBars
{
    public static void Apply(Span<byte> rgba, int width, int height, PixelRect content)
    {
        for (var y = 0; y < height; y++)
        {
            var row = rgba.Slice(y * width * 4, width * 4);
            if (y < content.Y || y >= content.Y + content.Height) { Black(row); continue; }
            Black(row[..(content.X * 4)]);
            Black(row[((content.X + content.Width) * 4)..]);
        }
    }

    private static void Black(Span<byte> pixels)
    {
        for (var i = 0; i < pixels.Length; i += 4) { pixels[i] = 0; pixels[i + 1] = 0; pixels[i + 2] = 0; pixels[i + 3] = 255; }
    }
}
