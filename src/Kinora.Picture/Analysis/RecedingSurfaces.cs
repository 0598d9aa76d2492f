namespace Kinora.Picture.Analysis;

/// <summary>
/// Surfaces whose own edges run towards the picture's vanishing point lie along the view, not across it: a
/// corridor's walls, a street's house fronts, a ceiling, a floor. Standing them up as one flat card at the distance of
/// their foot would bring their far end forward to meet the viewer; instead each gets a depth that grows towards the
/// vanishing point, as the plane it is. Floors (below the point, reaching both sides of it) lie flat as ground;
/// walls (wholly on one side) recede along columns and are anchored where their foot meets the ground; ceilings
/// (above it, reaching both sides) recede along rows at a room's height.
/// </summary>
public static class RecedingSurfaces
{
    /// <summary>Share of a region's cells that must lie within two cells of a segment aiming at the point (its own,
    /// or a seam's between it and the next panel or plank), and at least this many.</summary>
    private const float MinInlierShare = 0.1f;
    private const int MinInlierCells = 4;
    /// <summary>Share of a region's cells that must lie on one side of the point for it to be a wall or ceiling.</summary>
    private const float OneSide = 0.9f;
    /// <summary>A ceiling's height above the eye, m: a room of about 2.6 m seen by a standing person.</summary>
    private const float CeilingAboveEye = 1.0f;

    /// <summary>Turns upright regions that carry converging lines into receding (or ground) surfaces; returns how many.</summary>
    public static int Apply(CellGrid grid, int[] regions, RegionDepth[] depths, Viewpoint view, float horizonRow, VanishingPoint vp)
    {
        var size = grid.CellSize;
        var (vx, vy) = (vp.Point.X, vp.Point.Y);
        var n = depths.Length;
        var (cells, inliers, left, right, above, below) = (new int[n], new int[n], new int[n], new int[n], new int[n], new int[n]);
        for (var c = 0; c < grid.Count; c++)
        {
            if (!grid.InContent[c]) continue;
            var r = regions[c];
            cells[r]++;
            if (NearInlier(grid, vp.Inliers, c)) inliers[r]++;
            var (x, y) = ((c % grid.Columns + 0.5f) * size, (c / grid.Columns + 0.5f) * size);
            if (x < vx) left[r]++; else right[r]++;
            if (y < vy) above[r]++; else below[r]++;
        }
        var changed = 0;
        for (var r = 0; r < n; r++)
        {
            if (depths[r].Kind != SurfaceKind.Upright || inliers[r] < Math.Max(MinInlierCells, MinInlierShare * cells[r])) continue;
            var share = 1f / cells[r];
            if (below[r] * share >= OneSide && left[r] * share > 0.1f && right[r] * share > 0.1f)
                depths[r] = new RegionDepth(SurfaceKind.Ground, 0);
            else if (MathF.Max(left[r], right[r]) * share >= OneSide && WallScale(grid, regions, r, view, horizonRow, vx, depths[r].Distance) is var k && k > 0)
                depths[r] = new RegionDepth(SurfaceKind.Receding, depths[r].Distance, vx, k);
            else if (above[r] * share >= OneSide && left[r] * share > 0.1f && right[r] * share > 0.1f && CeilingScale(view, horizonRow) is var kc && kc > 0)
                depths[r] = new RegionDepth(SurfaceKind.Receding, depths[r].Distance, horizonRow, kc, AlongRows: true);
            else continue;
            changed++;
        }
        return changed;
    }

    private static bool NearInlier(CellGrid grid, bool[] inliers, int c)
    {
        var (col, row) = (c % grid.Columns, c / grid.Columns);
        for (var y = Math.Max(0, row - 2); y <= Math.Min(grid.Rows - 1, row + 2); y++)
            for (var x = Math.Max(0, col - 2); x <= Math.Min(grid.Columns - 1, col + 2); x++)
                if (inliers[grid.Index(x, y)]) return true;
        return false;
    }

    /// <summary>Distance × |column − vanishing column| of a wall, from the columns where its lowest cell meets the
    /// ground below the horizon inside the frame (median); from its standing distance at its middle column when its
    /// foot is nowhere seen.</summary>
    private static float WallScale(CellGrid grid, int[] regions, int r, Viewpoint view, float horizonRow, float vx, float standing)
    {
        var size = grid.CellSize;
        var estimates = new List<float>();
        var columns = new List<float>();
        for (var col = 0; col < grid.Columns; col++)
        {
            var lowest = -1;
            for (var row = grid.Rows - 1; row >= 0; row--)
                if (regions[grid.Index(col, row)] == r) { lowest = row; break; }
            if (lowest < 0) continue;
            var x = (col + 0.5f) * size;
            columns.Add(x);
            var footY = (lowest + 1f) * size;
            if (lowest >= grid.Rows - 1 || footY <= horizonRow + size) continue; // cut off by the frame, or no foot
            var z = view.GroundDistance(footY);
            if (float.IsFinite(z)) estimates.Add(z * MathF.Abs(x - vx));
        }
        if (estimates.Count > 0) { estimates.Sort(); return estimates[estimates.Count / 2]; }
        if (columns.Count == 0) return 0;
        columns.Sort();
        return standing * MathF.Abs(columns[columns.Count / 2] - vx);
    }

    /// <summary>Distance × rows above the horizon of a ceiling <see cref="CeilingAboveEye"/> over the eye: the ground's
    /// own scale (its distance × rows below the horizon) times the ceiling's height over the eye's.</summary>
    private static float CeilingScale(Viewpoint view, float horizonRow)
    {
        if (horizonRow <= 0 || horizonRow >= view.Height) return 0;
        var y = horizonRow + (view.Height - horizonRow) / 2;
        var z = view.GroundDistance(y);
        return float.IsFinite(z) ? z * (y - horizonRow) * CeilingAboveEye / view.EyeHeight : 0;
    }
}
