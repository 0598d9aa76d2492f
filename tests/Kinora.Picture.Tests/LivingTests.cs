using Kinora.Picture.Fitting;
using Kinora.Picture.Analysis;
using Kinora.Picture.Scene;

namespace Kinora.Picture.Tests;

/// <summary>Water that is not blue, and lights that flicker at night, found from the picture's own evidence.</summary>
public sealed class LivingTests
{
    private static double WaterShareOfRows(FramePicture picture, int fromRow)
    {
        var a = PictureAnalysis.Analyze(picture);
        var motion = LivingDetail.Measure(a);
        var (water, cells) = (0, 0);
        for (var c = 0; c < a.Grid.Count; c++)
        {
            if ((c / a.Grid.Columns) * a.Grid.CellSize < fromRow) continue;
            cells++;
            if (motion[c] >= 1) water++;
        }
        return (double)water / cells;
    }

    [Fact]
    public void A_grey_pond_that_mirrors_an_overcast_sky_in_horizontal_ripples_is_water()
    {
        var share = WaterShareOfRows(Scenes.GreyPond(streaks: true), 200);
        Assert.True(share > 0.8, $"{share:P0} of the pond ripples");
        Assert.True(PictureAnalysis.Analyze(Scenes.GreyPond(streaks: true)).Cues.WaterShare > 0.3);
    }

    [Fact]
    public void A_grey_road_of_the_same_colour_with_grain_every_way_is_not_water()
    {
        var share = WaterShareOfRows(Scenes.GreyPond(streaks: false), 200);
        Assert.True(share < 0.05, $"{share:P0} of the road ripples");
    }

    [Fact]
    public void At_night_lit_windows_are_coded_to_flicker_and_the_moon_and_walls_are_not()
    {
        var picture = Scenes.NightStreet();
        var a = PictureAnalysis.Analyze(picture);
        Assert.True(LivingDetail.IsNight(a));
        var grid = LayerBuilder.Pad(a);
        var layers = LayerBuilder.Build(a);
        byte AlphaAt(int x, int y)
        {
            // The layer that owns the pixel carries its code.
            var cell = a.Grid.Index(x / a.Grid.CellSize, y / a.Grid.CellSize);
            var layer = layers.Single(l => l.Layer == a.Layers[cell]);
            return layer.Texture.Rgba.Span[((y + grid.MarginPixels) * grid.TextureWidth + x + grid.MarginPixels) * 4 + 3];
        }
        foreach (var (x, y) in Scenes.NightWindows()) Assert.True(AlphaAt(x + 7, y + 9) < 64, $"window at {(x, y)}: alpha {AlphaAt(x + 7, y + 9)}");
        Assert.Equal(255, AlphaAt(90, 40));    // the moon
        Assert.Equal(255, AlphaAt(230, 280));  // the building's wall
    }

    [Fact]
    public void By_day_bright_things_do_not_flicker()
    {
        var a = PictureAnalysis.Analyze(Scenes.Landscape());
        Assert.False(LivingDetail.IsNight(a));
        Assert.DoesNotContain(true, LivingDetail.FlickerCells(a));
    }
}
