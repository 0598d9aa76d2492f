using Kinora.Picture.Analysis;
using Kinora.Picture.Scene;

namespace Kinora.Picture.Tests;

/// <summary>Street lamps against the night sky flicker; the stars and the moon do not.</summary>
public sealed class NightLampTests
{
    [Fact]
    public void Lamps_against_the_night_sky_flicker_and_stars_and_the_moon_stay_steady()
    {
        var a = PictureAnalysis.Analyze(SkyScenes.NightWithLamps());
        Assert.True(LivingDetail.IsNight(a));
        var grid = LayerBuilder.Pad(a);
        var layers = LayerBuilder.Build(a);
        byte AlphaAt(int x, int y)
        {
            var cell = a.Grid.Index(x / a.Grid.CellSize, y / a.Grid.CellSize);
            var layer = layers.Single(l => l.Layer == a.Layers[cell]);
            return layer.Texture.Rgba.Span[((y + grid.MarginPixels) * grid.TextureWidth + x + grid.MarginPixels) * 4 + 3];
        }
        foreach (var (x, y) in SkyScenes.Lamps) Assert.True(AlphaAt(x + 6, y + 3) < 64, $"lamp at {(x, y)}: alpha {AlphaAt(x + 6, y + 3)}");
        foreach (var (x, y) in SkyScenes.Stars) Assert.True(AlphaAt(x, y) >= 128, $"star at {(x, y)}: alpha {AlphaAt(x, y)}");
        var moon = SkyScenes.Moon;
        Assert.True(AlphaAt(moon.X, moon.Y) >= 128, $"moon: alpha {AlphaAt(moon.X, moon.Y)}");
        Assert.True(AlphaAt(moon.X + 10, moon.Y - 5) >= 128, $"moon's edge: alpha {AlphaAt(moon.X + 10, moon.Y - 5)}");
    }
}
