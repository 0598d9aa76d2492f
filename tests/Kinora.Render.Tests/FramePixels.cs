using System.Numerics;

namespace Kinora.Render.Tests;

/// <summary>Reading pixels out of top-row-first RGBA8 and id buffers.</summary>
internal static class FramePixels
{
    public static Vector3 Rgb(byte[] rgba, int width, int x, int y)
    {
        var i = (y * width + x) * 4;
        return new Vector3(rgba[i], rgba[i + 1], rgba[i + 2]);
    }

    /// <summary>Mean colour over a (2r+1)² square, to step over wood grain and dither.</summary>
    public static Vector3 MeanRgb(byte[] rgba, int width, int height, Vector2 centre, int r)
    {
        var sum = Vector3.Zero;
        var n = 0;
        for (var y = (int)centre.Y - r; y <= (int)centre.Y + r; y++)
            for (var x = (int)centre.X - r; x <= (int)centre.X + r; x++)
            {
                if (x < 0 || y < 0 || x >= width || y >= height) continue;
                sum += Rgb(rgba, width, x, y);
                n++;
            }
        return sum / n;
    }

    /// <summary>Rec. 709 luma of an sRGB-encoded colour; enough to compare light and shade.</summary>
    public static float Luma(Vector3 rgb) => 0.2126f * rgb.X + 0.7152f * rgb.Y + 0.0722f * rgb.Z;

    public static ushort Id(ushort[] ids, int width, Vector2 pixel) => ids[(int)pixel.Y * width + (int)pixel.X];

    /// <summary>Centre of the pixels carrying <paramref name="id"/> and how many there are.</summary>
    public static (Vector2 Centroid, int Count) Blob(ushort[] ids, int width, ushort id)
    {
        var sum = Vector2.Zero;
        var n = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            if (ids[i] != id) continue;
            sum += new Vector2(i % width + 0.5f, i / width + 0.5f);
            n++;
        }
        return (n == 0 ? Vector2.Zero : sum / n, n);
    }
}
