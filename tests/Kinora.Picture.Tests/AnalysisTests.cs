using Kinora.Picture.Analysis;

namespace Kinora.Picture.Tests;

public sealed class AnalysisTests
{
    private static readonly PictureAnalysis Landscape = PictureAnalysis.Analyze(Scenes.Landscape());

    private static int CellAt(PictureAnalysis a, int x, int y) => a.Grid.Index(x / a.Grid.CellSize, y / a.Grid.CellSize);

    [Fact]
    public void Smooth_blue_top_is_sky_and_grass_is_not()
    {
        Assert.True(Landscape.Sky[CellAt(Landscape, 40, 20)]);
        Assert.True(Landscape.Sky[CellAt(Landscape, 600, 120)]);
        Assert.False(Landscape.Sky[CellAt(Landscape, 40, 340)]);
        Assert.False(Landscape.Sky[CellAt(Landscape, 320, 240)]);
    }

    [Fact]
    public void Horizon_is_found_where_the_sky_meets_the_ground()
    {
        Assert.InRange(Landscape.HorizonRow, 140, 156);
    }

    [Fact]
    public void Ground_recedes_and_the_box_stands_in_front_of_the_ground_behind_it()
    {
        var nearGrass = Landscape.CellDistance(CellAt(Landscape, 40, 350));
        var farGrass = Landscape.CellDistance(CellAt(Landscape, 40, 160));
        var box = CellAt(Landscape, 320, 220);
        var grassBehindBox = Landscape.CellDistance(CellAt(Landscape, 320, 170));

        Assert.True(farGrass > 3 * nearGrass, $"grass near the horizon ({farGrass:F1} m) is much farther than at the bottom ({nearGrass:F1} m)");
        Assert.Equal(SurfaceKind.Upright, Landscape.RegionDepths[Landscape.Regions[box]].Kind);
        Assert.True(Landscape.CellDistance(box) < grassBehindBox,
            $"box ({Landscape.CellDistance(box):F1} m) stands in front of the grass above it ({grassBehindBox:F1} m)");
        // Where the box meets the ground, both are at the same distance: it stands on the ground.
        var foot = Landscape.CellDistance(CellAt(Landscape, 200, 304));
        Assert.InRange(Landscape.CellDistance(box) / foot, 0.8, 1.25);
    }

    [Fact]
    public void Layers_run_from_near_at_the_bottom_to_sky_at_the_top()
    {
        Assert.Equal(DepthLayer.Sky, Landscape.Layers[CellAt(Landscape, 320, 40)]);
        Assert.Equal(DepthLayer.Near, Landscape.Layers[CellAt(Landscape, 40, 350)]);
        Assert.Equal(DepthLayer.Far, Landscape.Layers[CellAt(Landscape, 40, 152)]);
        Assert.True(Landscape.Layers[CellAt(Landscape, 320, 220)] < Landscape.Layers[CellAt(Landscape, 320, 170)],
            "the box is in a nearer layer than the grass behind it");
    }

    [Fact]
    public void Open_sky_and_grass_sound_outdoors_with_birds()
    {
        Assert.True(Landscape.Cues.Outdoors);
        Assert.Contains("birds", Landscape.Cues.AmbienceWords());
    }

    [Fact]
    public void A_plain_indoor_wall_has_no_sky_and_no_outdoor_ambience()
    {
        // Warm wood panelling: vertical grain stripes, nothing smooth enough to be sky.
        var wall = Scenes.Landscape();
        for (var i = 0; i < wall.Rgba.Length; i += 4)
        {
            var grain = (i / 4 % wall.Width) % 6 < 3 ? 0 : 30;
            (wall.Rgba[i], wall.Rgba[i + 1], wall.Rgba[i + 2]) = ((byte)(150 + grain), (byte)(110 + grain), (byte)(80 + grain));
        }
        var a = PictureAnalysis.Analyze(wall);
        Assert.DoesNotContain(true, a.Sky);
        Assert.Empty(a.Cues.AmbienceWords());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_out_of_focus_thing_goes_behind_the_crisp_subject_even_when_its_foot_is_lower(bool blurred)
    {
        var a = PictureAnalysis.Analyze(Scenes.LandscapeWithPanel(blurred));
        float DistanceAt(int x, int y) => a.RegionDepths[a.Regions[a.Grid.Index(x / a.Grid.CellSize, y / a.Grid.CellSize)]].Distance;
        var (panel, box) = (DistanceAt(120, 260), DistanceAt(320, 240));
        if (blurred) Assert.True(panel > box, $"blurred panel at {panel:F1} m, crisp box at {box:F1} m");
        else Assert.True(panel < box, $"crisp panel at {panel:F1} m, crisp box at {box:F1} m: the ground decides");
    }
}
