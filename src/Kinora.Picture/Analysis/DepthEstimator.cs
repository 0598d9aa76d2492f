namespace Kinora.Picture.Analysis;

/// <summary>
/// Gives every region a place in depth from the picture's own geometry, after Hoiem, Efros and Hebert's "Automatic
/// Photo Pop-up" (SIGGRAPH 2005): the sky is far away; the ground is a plane seen from eye height, so its distance
/// follows from how far below the horizon a row lies; anything upright stands on the ground at the distance where
/// its lowest cells meet it, or, when it starts above the horizon (a roof, a treetop), on whatever lies beneath it.
/// </summary>
public static class DepthEstimator
{
    /// <summary>Distance of the sky card, m: far enough that no camera move shows it parallax.</summary>
    public const float SkyDistance = 500f;
    /// <summary>Farthest distance given to ground and upright regions, m (the horizon is infinitely far).</summary>
    public const float FarthestGround = 200f;
    /// <summary>Nearest distance anything is placed at, m.</summary>
    public const float Nearest = 0.5f;
    /// <summary>Regions under this share of all cells are too small to stand up on their own.</summary>
    private const float SmallRegionShare = 0.004f;
    /// <summary>Colour distance (opponent units) under which a region matches the ground at the picture's foot.</summary>
    private const float GroundColorDistance = 0.1f;
    /// <summary>Share of rows at the bottom taken as a sample of the ground.</summary>
    private const float GroundRowsShare = 0.12f;

    /// <summary>The horizon row in pixels: just under the lowest reach of the sky, taken as the median over columns
    /// so one tall gap in a tree line does not pull it down; without sky, above the frame (a view looking down).</summary>
    public static float HorizonRow(CellGrid grid, bool[] sky)
    {
        var lows = new List<int>();
        var skyCells = 0;
        for (var col = 0; col < grid.Columns; col++)
        {
            var lowest = -1;
            for (var row = 0; row < grid.Rows; row++)
                if (sky[grid.Index(col, row)]) { lowest = row; skyCells++; }
            if (lowest >= 0) lows.Add(lowest);
        }
        var contentCells = grid.InContent.Count(c => c);
        var height = grid.Rows * grid.CellSize;
        if (skyCells < 0.02 * contentCells || lows.Count < grid.Columns / 4) return -0.5f * height;
        lows.Sort();
        var horizon = lows[lows.Count / 2] + 1;
        return Math.Clamp(horizon * grid.CellSize, 0.12f * height, 0.8f * height);
    }

    public static RegionDepth[] Estimate(CellGrid grid, bool[] sky, int[] regions, int regionCount, Viewpoint view, float horizonRow)
    {
        var cells = new List<int>[regionCount];
        for (var r = 0; r < regionCount; r++) cells[r] = [];
        for (var c = 0; c < grid.Count; c++) cells[regions[c]].Add(c);

        var depths = new RegionDepth[regionCount];
        var bottoms = new int[regionCount];
        for (var r = 0; r < regionCount; r++)
        {
            var rows = cells[r].Select(c => c / grid.Columns).Order().ToArray();
            bottoms[r] = rows.Length == 0 ? 0 : rows[(int)((rows.Length - 1) * 0.95)];
        }

        var size = grid.CellSize;
        var ground = GroundColor(grid, sky);
        var done = new bool[regionCount];
        // Lowest regions first, so whatever an upright region stands on already has its depth.
        foreach (var r in Enumerable.Range(0, regionCount).OrderByDescending(r => bottoms[r]))
        {
            var list = cells[r];
            if (list.Count == 0) { depths[r] = new RegionDepth(SurfaceKind.Upright, FarthestGround); done[r] = true; continue; }
            if (sky[list[0]]) { depths[r] = new RegionDepth(SurfaceKind.Sky, SkyDistance); done[r] = true; continue; }

            var rows = list.Select(c => c / grid.Columns).Order().ToArray();
            var top = rows[(int)((rows.Length - 1) * 0.05)];
            if (top * size >= horizonRow + size && LiesFlat(grid, list, ground))
            {
                depths[r] = new RegionDepth(SurfaceKind.Ground, 0);
                done[r] = true;
                continue;
            }

            var baseY = (bottoms[r] + 1f) * size;
            var distance = view.GroundDistance(baseY);
            if (!float.IsFinite(distance)) distance = SupportDistance(grid, regions, depths, done, list, r, view);
            depths[r] = new RegionDepth(SurfaceKind.Upright, Math.Clamp(distance, Nearest, FarthestGround));
            done[r] = true;
        }
        return depths;
    }

    /// <summary>Below the horizon a region is taken for ground when it is small (texture, a puddle, a shadow) or
    /// looks like the ground at the bottom of the picture; otherwise it stands up (a car, a wall, a person).</summary>
    private static bool LiesFlat(CellGrid grid, List<int> cells, (float L, float Rg, float Yb) ground)
    {
        if (cells.Count < SmallRegionShare * grid.Count) return true;
        float l = 0, rg = 0, yb = 0;
        foreach (var c in cells) { l += grid.Lightness[c]; rg += grid.RedGreen[c]; yb += grid.YellowBlue[c]; }
        var (dl, d1, d2) = (l / cells.Count - ground.L, rg / cells.Count - ground.Rg, yb / cells.Count - ground.Yb);
        return MathF.Sqrt(dl * dl + d1 * d1 + d2 * d2) < GroundColorDistance;
    }

    /// <summary>Mean colour of the bottom <see cref="GroundRowsShare"/> of the picture: what the viewer stands on.</summary>
    private static (float L, float Rg, float Yb) GroundColor(CellGrid grid, bool[] sky)
    {
        float l = 0, rg = 0, yb = 0;
        var n = 0;
        for (var row = (int)(grid.Rows * (1 - GroundRowsShare)); row < grid.Rows; row++)
            for (var col = 0; col < grid.Columns; col++)
            {
                var c = grid.Index(col, row);
                if (!grid.InContent[c] || sky[c]) continue;
                l += grid.Lightness[c]; rg += grid.RedGreen[c]; yb += grid.YellowBlue[c]; n++;
            }
        return n == 0 ? (0, 0, 0) : (l / n, rg / n, yb / n);
    }

    /// <summary>Distance of what lies directly beneath a region's lowest cells (median over columns), or the
    /// farthest ground distance when nothing with a depth is there.</summary>
    private static float SupportDistance(CellGrid grid, int[] regions, RegionDepth[] depths, bool[] done, List<int> list, int self, Viewpoint view)
    {
        var lowestInColumn = new Dictionary<int, int>();
        foreach (var c in list)
        {
            var (col, row) = (c % grid.Columns, c / grid.Columns);
            if (!lowestInColumn.TryGetValue(col, out var low) || row > low) lowestInColumn[col] = row;
        }
        var found = new List<float>();
        foreach (var (col, row) in lowestInColumn)
        {
            if (row + 1 >= grid.Rows) continue;
            var below = regions[grid.Index(col, row + 1)];
            if (below == self || !done[below] || depths[below].Kind == SurfaceKind.Sky) continue;
            found.Add(DistanceAt(depths[below], view, (col + 0.5f) * grid.CellSize, (row + 1.5f) * grid.CellSize));
        }
        if (found.Count == 0) return FarthestGround;
        found.Sort();
        return found[found.Count / 2];
    }

    /// <summary>A region's distance (m along −Z) at pixel (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public static float DistanceAt(RegionDepth depth, Viewpoint view, float x, float y) => depth.Kind switch
    {
        SurfaceKind.Ground => Math.Clamp(view.GroundDistance(y), Nearest, FarthestGround),
        SurfaceKind.Receding => Math.Clamp(depth.Scale / MathF.Max(MathF.Abs((depth.AlongRows ? y : x) - depth.Vanish), 1), Nearest, FarthestGround),
        _ => depth.Distance,
    };
}
