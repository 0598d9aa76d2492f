using System.Globalization;
using Kinora.Engine;
using Kinora.Engine.Pictures;
using Kinora.Picture.Analysis;
using Kinora.Plan;
using Kinora.Understand;

namespace PictureBench;

/// <summary>The analysis alone, no rendering: horizon, vanishing point, light (overcast or sun), and the shares of
/// the picture that ripple as water and flicker as lights. Quick enough to run on every picture while tuning.</summary>
public static class AnalysisProbe
{
    public const string Header = "| picture | horizon row | vanishing point | sun elevation ° | overcast | shadow strength | water % | flicker % |";
    public const string Rule = "|---|---:|---|---:|---|---:|---:|---:|";

    /// <summary>The table row; writes <paramref name="maskPath"/>: the picture dimmed, water cyan, flickering lights
    /// magenta, vanishing-line cells yellow, the horizon a red line.</summary>
    public static string Run(string path, int width, int height, string maskPath)
    {
        var request = new PlanRequest { ImagePath = path, Width = width, Height = height, Fps = 24, Seconds = 1 };
        var plan = KinoraEngine.Plan("the picture comes alive", request);
        var a = PreparedPicture.Load(plan).Analysis;
        var light = LightEstimate.Measure(a);
        var motion = LivingDetail.Measure(a);
        var flicker = LivingDetail.FlickerCells(a);
        var (content, water, lights) = (0, 0, 0);
        for (var c = 0; c < a.Grid.Count; c++)
        {
            if (!a.Grid.InContent[c]) continue;
            content++;
            if (motion[c] >= 1) water++;
            if (flicker[c] && HasLight(a, c)) lights++;
        }
        WriteMask(a, motion, flicker, maskPath);
        Console.Error.WriteLine($"{Path.GetFileName(path)}: {light.Evidence}; {SkyStats(a)}");
        var vp = a.Vanishing is { } v ? string.Create(CultureInfo.InvariantCulture, $"({v.Point.X:F0}, {v.Point.Y:F0}) {100 * v.Support:F0} %") : "none";
        var elevation = MathF.Asin(light.Direction.Y) * 180 / MathF.PI;
        return string.Create(CultureInfo.InvariantCulture,
            $"| {Path.GetFileName(path)} | {a.HorizonRow:F0} | {vp} | {elevation:F0} | {(light.Overcast ? "yes" : "no")} | {light.ShadowStrength:F2} | {100.0 * water / content:F0} | {100.0 * lights / content:F1} |");
    }

    /// <summary>The sky's numbers the overcast check reads: mean blue excess and tint, and its 5th / 50th / 95th
    /// percentile luminance.</summary>
    private static string SkyStats(PictureAnalysis a)
    {
        var g = a.Grid;
        var (blue, tint, lums) = (0f, 0f, new List<float>());
        for (var c = 0; c < g.Count; c++)
        {
            if (!a.Sky[c] || !g.InContent[c]) continue;
            blue -= g.YellowBlue[c]; tint += MathF.Abs(g.RedGreen[c]);
            lums.Add(0.2126f * g.Red[c] + 0.7152f * g.Green[c] + 0.0722f * g.Blue[c]);
        }
        if (lums.Count == 0) return "no sky";
        lums.Sort();
        return string.Create(CultureInfo.InvariantCulture,
            $"sky {lums.Count} cells, blue {blue / lums.Count:F3}, tint {tint / lums.Count:F3}, luma {lums[lums.Count / 20]:F2}/{lums[lums.Count / 2]:F2}/{lums[lums.Count * 19 / 20]:F2}/{lums[^1]:F2}");
    }

    /// <summary>Whether a cell allowed to flicker holds a pixel bright enough to (LivingDetail.Flicker above 0.05).</summary>
    private static bool HasLight(PictureAnalysis a, int c)
    {
        var (f, size) = (a.Frame, a.Grid.CellSize);
        var (x0, y0) = (c % a.Grid.Columns * size, c / a.Grid.Columns * size);
        for (var y = y0; y < Math.Min(y0 + size, f.Height); y++)
            for (var x = x0; x < Math.Min(x0 + size, f.Width); x++)
            {
                var i = (y * f.Width + x) * 4;
                if (LivingDetail.Flicker((f.Rgba[i] + f.Rgba[i + 1] + f.Rgba[i + 2]) / 765f) > 0.05f) return true;
            }
        return false;
    }

    private static void WriteMask(PictureAnalysis a, float[] motion, bool[] flicker, string path)
    {
        var f = a.Frame;
        var rgba = (byte[])f.Rgba.Clone();
        var size = a.Grid.CellSize;
        for (var y = 0; y < f.Height; y++)
            for (var x = 0; x < f.Width; x++)
            {
                var c = a.Grid.Index(x / size, y / size);
                var i = (y * f.Width + x) * 4;
                (byte R, byte G, byte B)? tint = motion[c] >= 1 ? (0, 255, 255) : flicker[c] ? (255, 0, 255)
                    : a.Vanishing is { } v && v.Inliers[c] ? (255, 255, 0) : null;
                if (Math.Abs(y - a.HorizonRow) < 2) tint = (255, 0, 0);
                if (tint is not { } t) continue;
                rgba[i] = (byte)((rgba[i] + t.R) / 2); rgba[i + 1] = (byte)((rgba[i + 1] + t.G) / 2); rgba[i + 2] = (byte)((rgba[i + 2] + t.B) / 2);
            }
        Kinora.Media.Images.ImageWriter.Write(path, rgba, f.Width, f.Height, 640);
    }
}
