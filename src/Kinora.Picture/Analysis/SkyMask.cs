namespace Kinora.Picture.Analysis;

/// <summary>
/// Finds the sky: smooth cells that are blue, or bright and nearly grey (overcast, haze), or smooth and warm
/// (sunset), connected to the top of the picture through similar neighbours. The flood from the top is what keeps a
/// blue car or a white wall low in the frame out of the sky.
/// </summary>
public static class SkyMask
{
    /// <summary>Mean gradient above which a cell is too detailed to be sky (leaves, buildings, people).</summary>
    private const float MaxTexture = 0.035f;
    /// <summary>Largest colour step between neighbouring sky cells (opponent units, 0–1 scale).</summary>
    private const float MaxStep = 0.09f;
    /// <summary>Sky never reaches lower than this share of the frame's height (water reflecting it does).</summary>
    private const float LowestRowShare = 0.85f;
    /// <summary>Sky cells are at least this share of the lightness of the sky along the top edge (median).</summary>
    private const float MinLightnessShare = 0.8f;

    public static bool[] Find(CellGrid grid)
    {
        var sky = new bool[grid.Count];
        var queue = new Queue<int>();
        for (var col = 0; col < grid.Columns; col++)
        {
            var top = FirstContentRow(grid, col);
            if (top < 0) continue;
            var c = grid.Index(col, top);
            if (IsSkyLike(grid, c)) { sky[c] = true; queue.Enqueue(c); }
        }
        var lowest = (int)(grid.Rows * LowestRowShare);
        // Sky gets lighter towards the horizon, seldom darker; smooth grey ground under a pale sky is darker.
        var seeds = queue.Select(c => grid.Lightness[c]).Order().ToArray();
        var darkest = seeds.Length == 0 ? 0 : MinLightnessShare * seeds[seeds.Length / 2];
        while (queue.Count > 0)
        {
            var c = queue.Dequeue();
            var (col, row) = (c % grid.Columns, c / grid.Columns);
            Visit(col - 1, row); Visit(col + 1, row); Visit(col, row - 1); Visit(col, row + 1);

            void Visit(int x, int y)
            {
                if (x < 0 || y < 0 || x >= grid.Columns || y >= lowest) return;
                var n = grid.Index(x, y);
                if (sky[n] || !IsSkyLike(grid, n) || grid.ColorDistance(c, n) > MaxStep || grid.Lightness[n] < darkest) return;
                sky[n] = true;
                queue.Enqueue(n);
            }
        }
        KeepTopRuns(grid, sky);
        return sky;
    }

    /// <summary>In each column only the run of sky cells from the top stays sky: a white horse or a blue car below
    /// the mountains is not sky even when a chain of similar cells links it to the sky around them.</summary>
    private static void KeepTopRuns(CellGrid grid, bool[] sky)
    {
        for (var col = 0; col < grid.Columns; col++)
        {
            var inRun = true;
            for (var row = 0; row < grid.Rows; row++)
            {
                var c = grid.Index(col, row);
                if (!grid.InContent[c] && inRun) continue; // padding bars above the picture
                if (!sky[c]) inRun = false;
                else if (!inRun) sky[c] = false;
            }
        }
    }

    public static bool IsSkyLike(CellGrid g, int c)
    {
        if (!g.InContent[c] || g.Texture[c] > MaxTexture) return false;
        var (l, rg, yb, b) = (g.Lightness[c], g.RedGreen[c], g.YellowBlue[c], g.Blue[c]);
        var blue = yb < -0.03f && b > 0.35f && rg < 0.05f;
        var overcast = l > 0.55f && MathF.Abs(rg) < 0.06f && MathF.Abs(yb) < 0.1f;
        // Sunset: bright, strongly warm and very smooth; a beige wall is warm too, but not this saturated.
        var sunset = l > 0.45f && rg > 0.08f && yb > 0.2f && g.Texture[c] < MaxTexture * 0.5f;
        return blue || overcast || sunset;
    }

    private static int FirstContentRow(CellGrid grid, int col)
    {
        for (var row = 0; row < grid.Rows; row++)
            if (grid.InContent[grid.Index(col, row)]) return row;
        return -1;
    }
}
