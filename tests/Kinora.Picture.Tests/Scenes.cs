using Kinora.Picture.Fitting;

namespace Kinora.Picture.Tests;

/// <summary>Synthetic pictures with known structure, made in code.</summary>
public static class Scenes
{
    /// <summary>
    /// A 640×360 landscape: smooth blue sky above row 144 (the horizon), textured green ground below, and a textured
    /// red box standing on the ground from row 190 to 300, columns 240–400 (its foot is on row 300).
    /// </summary>
    public static FramePicture Landscape(int width = 640, int height = 360)
    {
        var random = new Random(7);
        var rgba = new byte[width * height * 4];
        var horizon = height * 2 / 5;
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                var i = (y * width + x) * 4;
                var n = random.Next(-25, 26);
                (int r, int g, int b) c = y < horizon
                    ? (90 + y / 6, 140 + y / 6, 230)                   // sky: smooth gradient
                    : (60 + n, 140 + n, 50 + n / 2);                    // grass: noisy
                if (x >= width * 3 / 8 && x < width * 5 / 8 && y >= height * 95 / 180 && y < height * 150 / 180)
                    c = (200 + n, 40 + n / 2, 40 + n / 2);              // a red box
                rgba[i] = (byte)Math.Clamp(c.r, 0, 255);
                rgba[i + 1] = (byte)Math.Clamp(c.g, 0, 255);
                rgba[i + 2] = (byte)Math.Clamp(c.b, 0, 255);
                rgba[i + 3] = 255;
            }
        return new FramePicture(width, height, rgba, FitMode.Crop, new PixelRect(0, 0, width, height), "test landscape");
    }

    /// <summary>
    /// A 640×360 lakeside: smooth sky above row 144, a textured green treeline to row 200, then a smooth blue lake
    /// with a fine chequer of lighter and darker blue (so a ripple shows) to the bottom, and a grey rock standing in
    /// it (columns 440–600, rows 240–330).
    /// </summary>
    public static FramePicture Lakeside(int width = 640, int height = 360)
    {
        var random = new Random(11);
        var rgba = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                var i = (y * width + x) * 4;
                var n = random.Next(-25, 26);
                var wave = (int)(18 * Math.Sin(x * 0.4) * Math.Sin(y * 0.7));
                (int r, int g, int b) c = y < 144 ? (110 + y / 6, 160 + y / 6, 235)
                    : y < 200 ? (50 + n, 120 + n, 45 + n / 2)
                    : (40 + wave, 90 + wave, 170 + wave);
                if (x >= 440 && x < 600 && y >= 240 && y < 330) c = (120 + n / 5, 118 + n / 5, 115 + n / 5);
                rgba[i] = (byte)Math.Clamp(c.r, 0, 255);
                rgba[i + 1] = (byte)Math.Clamp(c.g, 0, 255);
                rgba[i + 2] = (byte)Math.Clamp(c.b, 0, 255);
                rgba[i + 3] = 255;
            }
        return new FramePicture(width, height, rgba, FitMode.Crop, new PixelRect(0, 0, width, height), "test lakeside");
    }
}
