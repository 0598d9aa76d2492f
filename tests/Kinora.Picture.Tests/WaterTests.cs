using Kinora.Picture.Analysis;
using Kinora.Picture.Fitting;

namespace Kinora.Picture.Tests;

/// <summary>A lake whose ripples show only in patches still ripples as one body of water.</summary>
public sealed class WaterTests
{
    private const int Width = 640, Height = 360;

    /// <summary>
    /// The <see cref="Scenes.GreyPond"/> layout (overcast sky above row 150, dark green bank to 190, grey water
    /// below), but the water carries horizontal ripple streaks only in diagonal patches, a third of its area; the
    /// rest is calm and flat, with no evidence of water of its own.
    /// </summary>
    private static FramePicture PatchyLake()
    {
        var random = new Random(41);
        var rgba = new byte[Width * Height * 4];
        for (var y = 0; y < Height; y++)
        {
            var ripple = (int)(9 * Math.Sin(y * 1.7) + 4 * Math.Sin(y * 0.63));
            for (var x = 0; x < Width; x++)
            {
                var n = random.Next(-25, 26);
                var patch = (x / 60 + y / 30) % 3 == 0;
                var grain = patch ? ripple + random.Next(-2, 3) : 0;
                (int r, int g, int b) c = y < 150 ? (186 + y / 20, 188 + y / 20, 192 + y / 20)
                    : y < 190 ? (40 + n, 75 + n, 35 + n / 2)
                    : (150 + grain, 152 + grain, 156 + grain);
                var i = (y * Width + x) * 4;
                (rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]) =
                    ((byte)Math.Clamp(c.r, 0, 255), (byte)Math.Clamp(c.g, 0, 255), (byte)Math.Clamp(c.b, 0, 255), 255);
            }
        }
        return new FramePicture(Width, Height, rgba, FitMode.Crop, new PixelRect(0, 0, Width, Height), "test patchy lake");
    }

    [Fact]
    public void A_lake_with_ripples_in_patches_ripples_as_one_body_and_its_bank_stays_still()
    {
        var a = PictureAnalysis.Analyze(PatchyLake());
        var motion = LivingDetail.Measure(a);
        var (lake, lakeWater, bank, bankWater) = (0, 0, 0, 0);
        for (var c = 0; c < a.Grid.Count; c++)
        {
            var y = (c / a.Grid.Columns + 0.5f) * a.Grid.CellSize;
            if (y > 200) { lake++; if (motion[c] >= 1) lakeWater++; }
            else if (y is > 155 and < 185) { bank++; if (motion[c] >= 1) bankWater++; }
        }
        Assert.True(lakeWater > 0.8 * lake, $"{100.0 * lakeWater / lake:F0} % of the lake ripples");
        Assert.True(bankWater < 0.05 * bank, $"{100.0 * bankWater / bank:F0} % of the bank ripples");
        Assert.True(a.Cues.WaterShare > 0.3, $"water share {a.Cues.WaterShare:P0}");
    }
}
