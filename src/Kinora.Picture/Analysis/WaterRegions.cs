namespace Kinora.Picture.Analysis;

/// <summary>
/// A lake or river as one surface. Per cell, the evidence for water (<see cref="LivingDetail.IsRipplingReflection"/>:
/// horizontal streaks that mirror the sky or the far bank) holds only here and there on a real photo — a calm stretch mirrors nothing, a glint breaks
/// the streaks — so water is grown: dense clusters of evidence are seeds, each spreads to connected cells below the
/// horizon of the same colour and texture as itself, and what grew is kept when it is a broad, flat expanse that
/// much of the evidence lies in. A few bluish cells in a shaded floor are too sparse to seed; a grey road beside a
/// pond has the colour but not the evidence, and stays out unless it joins the pond seamlessly.
/// </summary>
public static class WaterRegions
{
    /// <summary>A seed: a cell with evidence whose 5×5 neighbourhood has at least this share of evidence cells.</summary>
    private const float SeedDensity = 0.6f;
    /// <summary>Colour distance (opponent units) from the seeds' mean a grown cell may have.</summary>
    private const float GrowColor = 0.09f;
    /// <summary>Texture (mean gradient) a grown cell may have: ripples, not feathers, leaves or gravel.</summary>
    private const float MaxTexture = 0.09f;
    /// <summary>Vertical edges may outweigh horizontal ones in a water cell by at most this factor.</summary>
    private const float MaxUpright = 1.25f;
    /// <summary>What a grown body keeps: at least this share of the content, this share of its cells with evidence,
    /// and at least this width for its height (water lies flat and spreads sideways; a blue coat stands up).</summary>
    private const float MinShare = 0.01f, MinEvidence = 0.25f, MinAspect = 1.2f;

    /// <summary>Per cell, whether it is part of a body of water.</summary>
    /// <param name="upright">Cells known to stand up (walls receding along the view), or null: never water, though a
    /// corridor's wall panels mirror themselves about the horizon in horizontal seams.</param>
    public static bool[] Find(CellGrid grid, bool[] sky, float horizonRow, bool[]? upright = null)
    {
        var n = grid.Count;
        var evidence = new bool[n];
        var content = 0;
        for (var c = 0; c < n; c++)
        {
            if (!grid.InContent[c]) continue;
            content++;
            evidence[c] = !sky[c] && upright?[c] != true && LivingDetail.IsRipplingReflection(grid, c, horizonRow);
        }
        var water = new bool[n];
        var seen = new bool[n];
        var body = new List<int>();
        var allBodies = new List<int>();
        var queue = new Queue<int>();
        for (var s = 0; s < n; s++)
        {
            if (seen[s] || !IsSeed(grid, evidence, s)) continue;
            // The seed cluster's mean colour, then the body grown from it.
            var (l, rg, yb, k) = (0f, 0f, 0f, 0);
            body.Clear();
            queue.Enqueue(s);
            seen[s] = true;
            var seeds = new List<int>();
            while (queue.Count > 0)
            {
                var c = queue.Dequeue();
                seeds.Add(c);
                l += grid.Lightness[c]; rg += grid.RedGreen[c]; yb += grid.YellowBlue[c]; k++;
                foreach (var m in Neighbours(grid, c))
                    if (!seen[m] && IsSeed(grid, evidence, m)) { seen[m] = true; queue.Enqueue(m); }
            }
            var (ml, mrg, myb) = (l / k, rg / k, yb / k);
            var grown = new HashSet<int>(seeds);
            foreach (var c in seeds) queue.Enqueue(c);
            while (queue.Count > 0)
            {
                var c = queue.Dequeue();
                body.Add(c);
                foreach (var m in Neighbours(grid, c))
                {
                    if (grown.Contains(m) || upright?[m] == true || !Fits(grid, sky, m, c, horizonRow, ml, mrg, myb)) continue;
                    grown.Add(m);
                    seen[m] = true;
                    queue.Enqueue(m);
                }
            }
            if (Keeps(grid, body, evidence, content)) allBodies.AddRange(body);
        }
        foreach (var c in allBodies) water[c] = true;
        if (allBodies.Count > 0) FillPockets(grid, water, allBodies);
        return water;
    }

    private static bool IsSeed(CellGrid grid, bool[] evidence, int c)
    {
        if (!evidence[c]) return false;
        var (col, row) = (c % grid.Columns, c / grid.Columns);
        var (hits, total) = (0, 0);
        for (var dy = -2; dy <= 2; dy++)
            for (var dx = -2; dx <= 2; dx++)
            {
                var (x, y) = (col + dx, row + dy);
                if (x < 0 || y < 0 || x >= grid.Columns || y >= grid.Rows) continue;
                total++;
                if (evidence[grid.Index(x, y)]) hits++;
            }
        return hits >= SeedDensity * total;
    }

    /// <summary>Whether cell <paramref name="c"/>, reached from <paramref name="from"/>, is more of the same water:
    /// close to the seeds' colour, or — as a river darkens under its far bank — close to the cell it was reached from
    /// and not too far from the seeds' colour.</summary>
    private static bool Fits(CellGrid grid, bool[] sky, int c, int from, float horizonRow, float l, float rg, float yb)
    {
        if (!grid.InContent[c] || sky[c] || (c / grid.Columns + 0.5f) * grid.CellSize <= horizonRow) return false;
        if (grid.Texture[c] >= MaxTexture || grid.TextureX[c] > MaxUpright * grid.TextureY[c]) return false;
        var (dl, d1, d2) = (grid.Lightness[c] - l, grid.RedGreen[c] - rg, grid.YellowBlue[c] - yb);
        var fromSeeds = MathF.Sqrt(dl * dl + d1 * d1 + d2 * d2);
        return fromSeeds < GrowColor || (fromSeeds < 2 * GrowColor && grid.ColorDistance(c, from) < StepColor);
    }

    /// <summary>Colour step (opponent units) between neighbouring cells of one stretch of water.</summary>
    private const float StepColor = 0.035f;

    /// <summary>Small pockets the body encloses (a glint, a floating leaf, a calm patch too smooth to match) join it;
    /// anything reaching the frame's edge, or larger than <see cref="MaxPocket"/> of the body, is left out.</summary>
    private static void FillPockets(CellGrid grid, bool[] water, List<int> body)
    {
        var outside = new bool[grid.Count];
        var queue = new Queue<int>();
        for (var c = 0; c < grid.Count; c++)
        {
            var (col, row) = (c % grid.Columns, c / grid.Columns);
            if (water[c] || (col > 0 && row > 0 && col < grid.Columns - 1 && row < grid.Rows - 1)) continue;
            outside[c] = true;
            queue.Enqueue(c);
        }
        while (queue.Count > 0)
            foreach (var m in Neighbours(grid, queue.Dequeue()))
                if (!outside[m] && !water[m]) { outside[m] = true; queue.Enqueue(m); }
        var seen = new bool[grid.Count];
        var pocket = new List<int>();
        for (var s = 0; s < grid.Count; s++)
        {
            if (water[s] || outside[s] || seen[s]) continue;
            pocket.Clear();
            queue.Enqueue(s);
            seen[s] = true;
            while (queue.Count > 0)
            {
                var c = queue.Dequeue();
                pocket.Add(c);
                foreach (var m in Neighbours(grid, c))
                    if (!water[m] && !seen[m]) { seen[m] = true; queue.Enqueue(m); }
            }
            if (pocket.Count <= MaxPocket * body.Count) foreach (var c in pocket) water[c] = true;
        }
    }

    private const float MaxPocket = 0.05f;

    private static bool Keeps(CellGrid grid, List<int> body, bool[] evidence, int content)
    {
        if (body.Count < MinShare * content) return false;
        var (left, right, top, bottom, hits) = (int.MaxValue, 0, int.MaxValue, 0, 0);
        foreach (var c in body)
        {
            var (col, row) = (c % grid.Columns, c / grid.Columns);
            (left, right, top, bottom) = (Math.Min(left, col), Math.Max(right, col), Math.Min(top, row), Math.Max(bottom, row));
            if (evidence[c]) hits++;
        }
        return hits >= MinEvidence * body.Count && right - left + 1 >= MinAspect * (bottom - top + 1);
    }

    private static IEnumerable<int> Neighbours(CellGrid grid, int c)
    {
        var (col, row) = (c % grid.Columns, c / grid.Columns);
        if (col > 0) yield return c - 1;
        if (col + 1 < grid.Columns) yield return c + 1;
        if (row > 0) yield return c - grid.Columns;
        if (row + 1 < grid.Rows) yield return c + grid.Columns;
    }

    /// <summary>Cells of surfaces that recede along the view (see <see cref="RecedingSurfaces"/>): walls, not water.</summary>
    public static bool[] Receding(CellGrid grid, int[] regions, RegionDepth[] depths)
    {
        var result = new bool[grid.Count];
        for (var c = 0; c < grid.Count; c++) result[c] = depths[regions[c]].Kind == SurfaceKind.Receding;
        return result;
    }
}
