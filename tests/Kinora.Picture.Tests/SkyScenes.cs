using Kinora.Picture.Fitting;

namespace Kinora.Picture.Tests;

/// <summary>Synthetic skies for the light and night-light checks: clouds, stars, the moon and lamps.</summary>
public static class SkyScenes
{
    public const int Width = 640, Height = 360;

    /// <summary>Centres of the three bright clouds of <see cref="BrightClouds"/> and <see cref="Overcast"/>: far apart.</summary>
    public static readonly (int X, int Y)[] Clouds = [(100, 50), (330, 90), (560, 40)];

    /// <summary>
    /// Grass under a sky above row 144 with three bright cloud patches (<see cref="Clouds"/>, 110×40 px ellipses) and
    /// the <see cref="Scenes.Landscape"/>'s box standing on the grass. <paramref name="overcast"/>: the sky is pale grey,
    /// the clouds a little lighter, the grass's grain soft and the box lit evenly; otherwise the sky is blue, the clouds
    /// white and fading into it, and the box is lit from the right (its left half 40 % darker).
    /// </summary>
    public static FramePicture BrightClouds(bool overcast)
    {
        var random = new Random(31);
        var rgba = new byte[Width * Height * 4];
        for (var y = 0; y < Height; y++)
            for (var x = 0; x < Width; x++)
            {
                var n = random.Next(-25, 26);
                if (overcast) n /= 3;
                var cloud = Clouds.Any(c => Math.Pow((x - c.X) / 55.0, 2) + Math.Pow((y - c.Y) / 20.0, 2) < 1);
                // A white cloud's edge fades into the blue, so the cloud is part of the sky as a photo shows it.
                var white = Clouds.Max(c => Math.Exp(-(Math.Pow((x - c.X) / 55.0, 2) + Math.Pow((y - c.Y) / 20.0, 2))));
                (int r, int g, int b) blue = (90 + y / 6, 140 + y / 6, 230);
                (int r, int g, int b) c = y < 144
                    ? overcast ? cloud ? (212, 213, 215) : (178 + y / 12, 180 + y / 12, 184 + y / 12)
                        : ((int)(blue.r + (250 - blue.r) * white), (int)(blue.g + (250 - blue.g) * white), (int)(blue.b + (252 - blue.b) * white))
                    : (60 + n, 140 + n, 50 + n / 2);
                if (x >= 240 && x < 400 && y >= 190 && y < 300)
                    c = !overcast && x < 320 ? (120 + n, 24 + n / 2, 24 + n / 2) : (200 + n, 40 + n / 2, 40 + n / 2);
                var i = (y * Width + x) * 4;
                (rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]) =
                    ((byte)Math.Clamp(c.r, 0, 255), (byte)Math.Clamp(c.g, 0, 255), (byte)Math.Clamp(c.b, 0, 255), 255);
            }
        return new FramePicture(Width, Height, rgba, FitMode.Crop, new PixelRect(0, 0, Width, Height), "test clouds");
    }

    /// <summary>Street lamp heads of <see cref="NightWithLamps"/>: warm 12×7 px, each on a thin dark pole to the street.</summary>
    public static readonly (int X, int Y)[] Lamps = [(150, 70), (470, 80), (590, 95)];
    /// <summary>Stars of <see cref="NightWithLamps"/>: 2×2 px, white.</summary>
    public static readonly (int X, int Y)[] Stars = [(30, 20), (200, 30), (260, 12), (380, 25), (520, 15), (610, 50), (40, 100)];
    /// <summary>The moon of <see cref="NightWithLamps"/>: centre and radius.</summary>
    public static readonly (int X, int Y, int R) Moon = (330, 45, 14);

    /// <summary>
    /// A street at night: a near-black sky to row 140 with <see cref="Stars"/>, the <see cref="Moon"/> and street
    /// <see cref="Lamps"/> against it, each lamp on a 3 px pole down to a dark textured street.
    /// </summary>
    public static FramePicture NightWithLamps()
    {
        var random = new Random(37);
        var rgba = new byte[Width * Height * 4];
        for (var y = 0; y < Height; y++)
            for (var x = 0; x < Width; x++)
            {
                var n = random.Next(-8, 9);
                (int r, int g, int b) c = y < 140 ? (12, 14, 30) : (30 + n, 30 + n, 34 + n);
                foreach (var (lx, ly) in Lamps)
                {
                    if (x >= lx + 5 && x < lx + 8 && y >= ly + 7 && y < 150) c = (40, 38, 40);
                    if (x >= lx && x < lx + 12 && y >= ly && y < ly + 7) c = (255, 200, 110);
                }
                foreach (var (sx, sy) in Stars)
                    if (x >= sx && x < sx + 2 && y >= sy && y < sy + 2) c = (240, 240, 255);
                if ((x - Moon.X) * (x - Moon.X) + (y - Moon.Y) * (y - Moon.Y) < Moon.R * Moon.R) c = (235, 235, 225);
                var i = (y * Width + x) * 4;
                (rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]) =
                    ((byte)Math.Clamp(c.r, 0, 255), (byte)Math.Clamp(c.g, 0, 255), (byte)Math.Clamp(c.b, 0, 255), 255);
            }
        return new FramePicture(Width, Height, rgba, FitMode.Crop, new PixelRect(0, 0, Width, Height), "test night with lamps");
    }
}
