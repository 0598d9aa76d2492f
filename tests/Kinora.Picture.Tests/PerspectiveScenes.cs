using Kinora.Picture.Fitting;

namespace Kinora.Picture.Tests;

/// <summary>Synthetic pictures whose lines converge on a known vanishing point.</summary>
public static class PerspectiveScenes
{
    public const int Width = 640, Height = 360;
    /// <summary>Where the corridor's and the road's lines meet.</summary>
    public const int VanishX = 320, VanishY = 150;

    /// <summary>
    /// A corridor seen down its length: the far wall a dark box (±60 × ±40 px around the vanishing point), a brown
    /// plank floor below, pale green panelled walls to the sides and a beige ceiling above, each with seams that run
    /// to the vanishing point, and fine grain. No sky.
    /// </summary>
    public static FramePicture Corridor()
    {
        var random = new Random(23);
        var rgba = new byte[Width * Height * 4];
        for (var y = 0; y < Height; y++)
            for (var x = 0; x < Width; x++)
            {
                var n = random.Next(-6, 7);
                var c = Supersampled(x, y, (u, v) =>
                    Math.Abs(u) <= 60 && Math.Abs(v) <= 40 ? (80, 78, 90)
                    : Math.Abs(v) * 60 < Math.Abs(u) * 40 ? Seam(v / u * 60, 9) ? (90, 100, 88) : (150, 162, 140) // side walls: panel seams
                    : v > 0 ? Seam(u / v * 40, 14) ? (80, 50, 25) : (145, 100, 60)                               // floor planks
                    : Seam(u / v * 40, 20) ? (130, 120, 85) : (190, 180, 130));                                    // ceiling boards
                rgba[(y * Width + x) * 4] = (byte)Math.Clamp(c.r + n, 0, 255);
                rgba[(y * Width + x) * 4 + 1] = (byte)Math.Clamp(c.g + n, 0, 255);
                rgba[(y * Width + x) * 4 + 2] = (byte)Math.Clamp(c.b + n, 0, 255);
                rgba[(y * Width + x) * 4 + 3] = 255;
            }
        return new FramePicture(Width, Height, rgba, FitMode.Crop, new PixelRect(0, 0, Width, Height), "test corridor");
    }

    /// <summary>
    /// A straight road to the horizon at row 150 under a blue sky that ends at row 100: between them a band of
    /// textured trees and houses hides the horizon itself. The grey road narrows to the vanishing point between
    /// green verges, with white edge lines and a dashed centre line that converge on it.
    /// </summary>
    public static FramePicture Road()
    {
        var random = new Random(29);
        var rgba = new byte[Width * Height * 4];
        for (var y = 0; y < Height; y++)
            for (var x = 0; x < Width; x++)
            {
                var n = random.Next(-20, 21);
                (int r, int g, int b) c;
                if (y < 100) c = (100 + y / 5, 150 + y / 5, 230);
                else if (y + 0.5 <= VanishY) c = (70 + n, 90 + n, 60 + n);        // trees and houses on the horizon
                else
                {
                    // across: −1.6…1.6 over the road, constant along lines through the vanishing point.
                    var paint = Supersampled(x, y, (u, v) =>
                    {
                        var across = u / Math.Max(v, 1e-3);
                        return Math.Abs(across) > 1.6 ? (70, 130, 50)                                     // grass verges
                            : Math.Abs(Math.Abs(across) - 1.5) < 0.05 ? (235, 235, 230)                  // edge lines
                            : Math.Abs(across) < 0.03 && (int)(40 * Math.Log(Math.Max(v, 1))) % 4 < 2 ? (235, 235, 230) // centre dashes
                            : (105, 105, 108);                                                            // asphalt
                    });
                    var grain = paint.g > paint.r + 40 ? n : n / 3;
                    c = (paint.r + grain, paint.g + grain, paint.b + grain);
                }
                rgba[(y * Width + x) * 4] = (byte)Math.Clamp(c.r, 0, 255);
                rgba[(y * Width + x) * 4 + 1] = (byte)Math.Clamp(c.g, 0, 255);
                rgba[(y * Width + x) * 4 + 2] = (byte)Math.Clamp(c.b, 0, 255);
                rgba[(y * Width + x) * 4 + 3] = 255;
            }
        return new FramePicture(Width, Height, rgba, FitMode.Crop, new PixelRect(0, 0, Width, Height), "test road");
    }

    /// <summary>The mean colour over 4×4 sample points in pixel (x, y), given as a function of the offset (u, v) from
    /// the vanishing point: edges anti-aliased as a camera's are, so their orientation is not stepped.</summary>
    private static (int r, int g, int b) Supersampled(int x, int y, Func<double, double, (int r, int g, int b)> at)
    {
        var (r, g, b) = (0, 0, 0);
        for (var j = 0; j < 4; j++)
            for (var i = 0; i < 4; i++)
            {
                var c = at(x + (i + 0.5) / 4 - VanishX, y + (j + 0.5) / 4 - VanishY);
                (r, g, b) = (r + c.r, g + c.g, b + c.b);
            }
        return (r / 16, g / 16, b / 16);
    }

    /// <summary>True on a seam: every <paramref name="spacing"/> units of <paramref name="along"/>, 1 unit wide.</summary>
    private static bool Seam(double along, double spacing) => Math.Abs(along % spacing) < 1.2;
}
