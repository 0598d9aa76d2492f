using Kinora.Picture.Analysis;

namespace Kinora.Picture.Tests;

/// <summary>Vanishing lines as a horizon and depth cue.</summary>
public sealed class PerspectiveTests
{
    private static readonly PictureAnalysis Corridor = PictureAnalysis.Analyze(PerspectiveScenes.Corridor());

    private static int CellAt(PictureAnalysis a, int x, int y) => a.Grid.Index(x / a.Grid.CellSize, y / a.Grid.CellSize);

    [Fact]
    public void A_corridor_without_sky_gets_its_horizon_from_the_converging_lines()
    {
        var vp = Corridor.Vanishing;
        Assert.NotNull(vp);
        Assert.InRange(vp.Point.X, PerspectiveScenes.VanishX - 10, PerspectiveScenes.VanishX + 10);
        Assert.InRange(vp.Point.Y, PerspectiveScenes.VanishY - 10, PerspectiveScenes.VanishY + 10);
        Assert.InRange(Corridor.HorizonRow, PerspectiveScenes.VanishY - 10, PerspectiveScenes.VanishY + 10);
    }

    [Theory]
    [InlineData(40, 250)]   // left wall
    [InlineData(600, 390)]  // right wall
    public void A_wall_along_the_lines_recedes_towards_the_vanishing_point(int outer, int inner)
    {
        // Two points on one line through the vanishing point, low on the wall (level seams at eye height carry no
        // slanted edge to read).
        var (near, far) = (Corridor.CellDistance(CellAt(Corridor, outer, 300)), Corridor.CellDistance(CellAt(Corridor, inner, 188)));
        // A wall parallel to the view: depth ∝ 1 / |x − vanishing x|, here 280 / 70 = 4 (the frame gives 2.5 at least).
        Assert.True(far > 2.5f * near, $"wall at x={inner}: {far:F1} m, at x={outer}: {near:F1} m");
        // Its inner end meets the far wall, not the viewer.
        var farWall = Corridor.CellDistance(CellAt(Corridor, PerspectiveScenes.VanishX, PerspectiveScenes.VanishY));
        Assert.InRange(far / farWall, 0.5, 2);
    }

    [Fact]
    public void The_corridor_floor_and_ceiling_recede_too()
    {
        // Pairs of points on lines through the vanishing point, 4× nearer to it than the other.
        float D(int x, int y) => Corridor.CellDistance(CellAt(Corridor, x, y));
        Assert.True(D(290, 200) > 2.5f * D(200, 350), $"floor: {D(290, 200):F1} m vs {D(200, 350):F1} m");
        Assert.True(D(278, 100) > 2.5f * D(200, 8), $"ceiling: {D(278, 100):F1} m vs {D(200, 8):F1} m");
        Assert.True(Corridor.Layers[CellAt(Corridor, 250, 188)] > Corridor.Layers[CellAt(Corridor, 40, 300)],
            "the wall's inner end lies in a farther layer than its outer end");
    }

    [Fact]
    public void A_road_whose_horizon_is_hidden_by_trees_takes_it_from_the_lane_lines()
    {
        // The sky ends at row 100; the road's lines meet at row 150, behind the trees.
        var a = PictureAnalysis.Analyze(PerspectiveScenes.Road());
        Assert.NotNull(a.Vanishing);
        Assert.InRange(a.HorizonRow, PerspectiveScenes.VanishY - 10, PerspectiveScenes.VanishY + 10);
    }

    [Fact]
    public void A_landscape_without_converging_lines_has_no_vanishing_point()
    {
        Assert.Null(PictureAnalysis.Analyze(Scenes.Landscape()).Vanishing);
    }
}
