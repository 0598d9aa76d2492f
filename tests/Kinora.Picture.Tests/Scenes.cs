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

    /// <summary>
    /// A 640×360 field under a low sun seen in the picture: smooth sky above row 144 with a bright glow centred at
    /// (<paramref name="glowX"/>, 40) that burns out to white at its core, textured green grass below.
    /// </summary>
    public static FramePicture SunnyField(int glowX, int width = 640, int height = 360)
    {
        var random = new Random(5);
        var rgba = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                var i = (y * width + x) * 4;
                var n = random.Next(-20, 21);
                var glow = 130 * Math.Exp(-((x - glowX) * (x - glowX) + (y - 40) * (y - 40)) / (2.0 * 45 * 45));
                (double r, double g, double b) c = y < 144
                    ? (110 + y / 6 + glow, 150 + y / 6 + glow, 225 + glow / 3)
                    : (70 + n, 130 + n, 55 + n / 2);
                rgba[i] = (byte)Math.Clamp(c.r, 0, 255);
                rgba[i + 1] = (byte)Math.Clamp(c.g, 0, 255);
                rgba[i + 2] = (byte)Math.Clamp(c.b, 0, 255);
                rgba[i + 3] = 255;
            }
        return new FramePicture(width, height, rgba, FitMode.Crop, new PixelRect(0, 0, width, height), "test sunny field");
    }

    /// <summary>The <see cref="Landscape"/> with its box lit from one side: the lit half 60 % brighter than the other.</summary>
    public static FramePicture SideLitLandscape(bool litFromRight, int width = 640, int height = 360)
    {
        var picture = Landscape(width, height);
        var rgba = (byte[])picture.Rgba.Clone();
        for (var y = height * 95 / 180; y < height * 150 / 180; y++)
            for (var x = width * 3 / 8; x < width * 5 / 8; x++)
            {
                var right = x >= width / 2;
                if (right == litFromRight) continue;
                var i = (y * width + x) * 4;
                for (var k = 0; k < 3; k++) rgba[i + k] = (byte)(rgba[i + k] * 5 / 8);
            }
        return new FramePicture(width, height, rgba, FitMode.Crop, new PixelRect(0, 0, width, height), "test side-lit landscape");
    }

    /// <summary>
    /// A 640×360 grey pond under an overcast sky: smooth pale grey sky above row 150, a textured dark green bank to
    /// row 190, then water the grey of the sky, a little darker, in horizontal ripple streaks (or, with
    /// <paramref name="streaks"/> false, a grey road of the same colour with grain that runs every way).
    /// </summary>
    public static FramePicture GreyPond(bool streaks = true, int width = 640, int height = 360)
    {
        var random = new Random(13);
        var rgba = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            var ripple = (int)(9 * Math.Sin(y * 1.7) + 4 * Math.Sin(y * 0.63));
            for (var x = 0; x < width; x++)
            {
                var i = (y * width + x) * 4;
                var n = random.Next(-25, 26);
                var grain = streaks ? ripple + random.Next(-2, 3) : random.Next(-12, 13);
                (int r, int g, int b) c = y < 150 ? (186 + y / 20, 188 + y / 20, 192 + y / 20)
                    : y < 190 ? (40 + n, 75 + n, 35 + n / 2)
                    : (150 + grain, 152 + grain, 156 + grain);
                rgba[i] = (byte)Math.Clamp(c.r, 0, 255);
                rgba[i + 1] = (byte)Math.Clamp(c.g, 0, 255);
                rgba[i + 2] = (byte)Math.Clamp(c.b, 0, 255);
                rgba[i + 3] = 255;
            }
        }
        return new FramePicture(width, height, rgba, FitMode.Crop, new PixelRect(0, 0, width, height), "test grey pond");
    }

    /// <summary>The lit windows of <see cref="NightStreet"/>: 8 of them, 14×18 px, in two rows on the building.</summary>
    public static IEnumerable<(int X, int Y)> NightWindows()
    {
        for (var row = 0; row < 2; row++)
            for (var k = 0; k < 4; k++) yield return (240 + k * 44, 150 + row * 50);
    }

    /// <summary>
    /// A 640×360 street at night: a near-black sky with a bright moon (centre 90, 40, radius 14), a dark building
    /// (columns 220–420, rows 120–300) with <see cref="NightWindows"/> lit warm yellow, and a dark textured street.
    /// </summary>
    public static FramePicture NightStreet(int width = 640, int height = 360)
    {
        var random = new Random(17);
        var rgba = new byte[width * height * 4];
        var windows = NightWindows().ToArray();
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                var i = (y * width + x) * 4;
                var n = random.Next(-8, 9);
                (int r, int g, int b) c = y < 140 ? (12, 14, 30) : (30 + n, 30 + n, 34 + n);
                if ((x - 90) * (x - 90) + (y - 40) * (y - 40) < 14 * 14) c = (235, 235, 225);
                if (x >= 220 && x < 420 && y >= 120 && y < 300) c = (48 + n, 44 + n, 46 + n);
                foreach (var (wx, wy) in windows)
                    if (x >= wx && x < wx + 14 && y >= wy && y < wy + 18) c = (255, 222, 140);
                rgba[i] = (byte)Math.Clamp(c.r, 0, 255);
                rgba[i + 1] = (byte)Math.Clamp(c.g, 0, 255);
                rgba[i + 2] = (byte)Math.Clamp(c.b, 0, 255);
                rgba[i + 3] = 255;
            }
        return new FramePicture(width, height, rgba, FitMode.Crop, new PixelRect(0, 0, width, height), "test night street");
    }

    /// <summary>
    /// The <see cref="Landscape"/> with a second upright thing, a grey-blue panel (columns 40–200, rows 200–330)
    /// whose foot lies lower than the red box's, so the ground puts it nearer; <paramref name="blurred"/> paints it
    /// as soft stripes (out of focus), otherwise with the same crisp grain as the box.
    /// </summary>
    public static FramePicture LandscapeWithPanel(bool blurred, int width = 640, int height = 360)
    {
        var picture = Landscape(width, height);
        var rgba = (byte[])picture.Rgba.Clone();
        var random = new Random(3);
        // Out of focus: strong grain averaged over 9×9 pixels, as a lens's blur circle spreads it.
        var grain = new double[width * height];
        for (var i = 0; i < grain.Length; i++) grain[i] = random.Next(-127, 128);
        double Soft(int x, int y)
        {
            double sum = 0;
            for (var dy = -4; dy <= 4; dy++)
                for (var dx = -4; dx <= 4; dx++) sum += grain[(y + dy) * width + x + dx];
            return sum / 81 * 4;
        }
        for (var y = 200; y < 330; y++)
            for (var x = 40; x < 200; x++)
            {
                var v = blurred ? Soft(x, y) : random.Next(-25, 26);
                var i = (y * width + x) * 4;
                rgba[i] = (byte)Math.Clamp(120 + v, 0, 255);
                rgba[i + 1] = (byte)Math.Clamp(120 + v, 0, 255);
                rgba[i + 2] = (byte)Math.Clamp(165 + v, 0, 255);
            }
        return new FramePicture(width, height, rgba, FitMode.Crop, new PixelRect(0, 0, width, height), "test landscape with panel");
    }
}
