namespace Kinora.Picture.Analysis;

/// <summary>
/// Which parts of a picture should move on their own once it comes alive: foliage (textured green, not sky) sways,
/// water (below the horizon, streaked and mirroring the sky or blue) ripples and glints, and at night lamps, lit
/// windows and signs flicker. Read per cell with the same colour rules that
/// <see cref="SceneCues"/> uses for sound, so what is heard and what moves agree.
/// </summary>
public static class LivingDetail
{
    /// <summary>
    /// The renderer reads a living picture layer's texel alpha as its motion: 255 still, <see cref="FoliageAlpha"/>
    /// full sway, <see cref="WaterAlpha"/> full ripple (values between blend), under 128 a flickering light
    /// (<see cref="FlickerAlpha"/>). unlit.frag decodes the same numbers, for materials marked Living only.
    /// </summary>
    public const byte StillAlpha = 255, FoliageAlpha = 191, WaterAlpha = 128;

    public static bool IsFoliage(CellGrid grid, int c) =>
        grid.Green[c] > grid.Red[c] + 0.02f && grid.Green[c] > grid.Blue[c] && grid.Texture[c] > 0.025f;

    /// <summary>
    /// Water, by texture, position and reflection rather than hue alone: below the horizon, smooth yet not flawless
    /// (real water always carries some ripple texture, a rendered or painted flat ground does not), and either
    /// clearly blue (a grey floor or road in bluish shade is b − r ≈ 0.05–0.07), or of any colour — grey, green,
    /// brown — when its texture runs in horizontal streaks (ripples, reflections broken by waves) and it mirrors what
    /// stands above the horizon at the same distance from it (the sky or the far bank, a little darker).
    /// </summary>
    public static bool IsWater(CellGrid grid, int c, float horizonRow)
    {
        var y = (c / grid.Columns + 0.5f) * grid.CellSize;
        if (y <= horizonRow || grid.Texture[c] is <= 0.003f or >= 0.05f) return false;
        if (grid.Blue[c] > grid.Red[c] + 0.08f && grid.Blue[c] >= grid.Green[c] - 0.05f) return true;
        return grid.TextureY[c] > StreakRatio * grid.TextureX[c] && Mirrors(grid, c, horizonRow, y);
    }

    /// <summary>The stronger half of <see cref="IsWater"/>'s evidence: below the horizon, rippled in horizontal
    /// streaks and mirroring what stands above the horizon. Blue alone is not enough here: a floor in bluish shade
    /// is blue too.</summary>
    public static bool IsRipplingReflection(CellGrid grid, int c, float horizonRow)
    {
        var y = (c / grid.Columns + 0.5f) * grid.CellSize;
        if (y <= horizonRow || grid.Texture[c] is <= 0.003f or >= 0.05f) return false;
        return grid.TextureY[c] > StreakRatio * grid.TextureX[c] && Mirrors(grid, c, horizonRow, y);
    }

    /// <summary>Ripples make horizontal edges: vertical lightness steps this many times the horizontal ones.</summary>
    private const float StreakRatio = 1.25f;

    /// <summary>True when the cell's colour matches the cell mirrored about the horizon (hue within 0.06 on both
    /// opponent axes, lightness 40–110 % of it: a reflection loses light, never gains much).</summary>
    private static bool Mirrors(CellGrid grid, int c, float horizonRow, float y)
    {
        // Reflections of what lies above the frame: the frame's top row stands in for it.
        var mirroredRow = Math.Max(0, (int)((2 * horizonRow - y) / grid.CellSize));
        var m = grid.Index(c % grid.Columns, mirroredRow);
        if (!grid.InContent[m]) return false;
        var ratio = grid.Lightness[c] / MathF.Max(grid.Lightness[m], 1e-3f);
        return MathF.Abs(grid.RedGreen[c] - grid.RedGreen[m]) < 0.06f && MathF.Abs(grid.YellowBlue[c] - grid.YellowBlue[m]) < 0.06f
            && ratio is > 0.4f and < 1.1f;
    }

    /// <summary>A picture of the night: the median content cell darker than this (sRGB lightness) shows lamps, lit
    /// windows and signs as its brightest things.</summary>
    private const float NightMedian = 0.22f;
    /// <summary>Pixel lightness (sRGB 0–1) from which a night picture's pixel is part of a light, and at which it
    /// flickers fully.</summary>
    private const float LightFrom = 0.62f, LightFull = 0.85f;

    public static bool IsNight(PictureAnalysis a)
    {
        var grid = a.Grid;
        var l = new List<float>();
        for (var c = 0; c < grid.Count; c++) if (grid.InContent[c]) l.Add(grid.Lightness[c]);
        if (l.Count == 0) return false;
        l.Sort();
        return l[l.Count / 2] < NightMedian;
    }

    /// <summary>Per cell, whether a light there may flicker: at night, not in the sky, not in a region that holds
    /// the top edge across a third of the frame (the night sky), nor in one that only that region surrounds (a
    /// bright disc alone in the night sky is the moon) — except where <see cref="NightLamps"/> finds a lamp there.</summary>
    public static bool[] FlickerCells(PictureAnalysis a)
    {
        var grid = a.Grid;
        var allowed = new bool[grid.Count];
        if (!IsNight(a)) return allowed;
        var n = a.RegionDepths.Length;
        var topSpan = new int[n];
        for (var col = 0; col < grid.Columns; col++) topSpan[a.Regions[grid.Index(col, 0)]]++;
        bool IsSkyRegion(int r) => topSpan[r] * 3 >= grid.Columns;
        // Regions with a neighbour other than the night sky.
        var grounded = new bool[n];
        for (var c = 0; c < grid.Count; c++)
        {
            var (col, row) = (c % grid.Columns, c / grid.Columns);
            var r = a.Regions[c];
            if (col + 1 < grid.Columns) Touch(r, a.Regions[c + 1]);
            if (row + 1 < grid.Rows) Touch(r, a.Regions[c + grid.Columns]);
        }
        var skyCells = new bool[grid.Count];
        for (var c = 0; c < grid.Count; c++)
        {
            var r = a.Regions[c];
            allowed[c] = grid.InContent[c] && !a.Sky[c] && !IsSkyRegion(r) && grounded[r];
            skyCells[c] = grid.InContent[c] && (a.Sky[c] || IsSkyRegion(r) || !grounded[r]);
        }
        // Lamps against the night sky flicker too; the stars and the moon in it stay steady.
        var lamps = NightLamps.Find(a, skyCells, LightFrom);
        for (var c = 0; c < grid.Count; c++) allowed[c] |= lamps[c];
        return allowed;

        void Touch(int p, int q)
        {
            if (p == q) return;
            if (!IsSkyRegion(q)) grounded[p] = true;
            if (!IsSkyRegion(p)) grounded[q] = true;
        }
    }

    /// <summary>Flicker amount 0–1 of a pixel of lightness <paramref name="lightness"/> (sRGB 0–1) in a cell where
    /// lights may flicker.</summary>
    public static float Flicker(float lightness) => Math.Clamp((lightness - LightFrom) / (LightFull - LightFrom), 0, 1);

    /// <summary>Alpha code of a flickering light (see unlit.frag): under 128, 0 flickering fully.</summary>
    public static byte FlickerAlpha(float amount) => (byte)MathF.Round(127 * (1 - amount));

    /// <summary>Motion amount per cell, 0 still, 0.5 foliage, 1 water (the alpha code's scale).</summary>
    public static float[] Measure(PictureAnalysis a)
    {
        var grid = a.Grid;
        var motion = new float[grid.Count];
        // Water is decided per region, by majority: a lake ripples whole, and a few bluish cells in a shaded floor
        // or road stay still instead of wobbling in patches.
        var regions = a.RegionDepths.Length;
        var (water, cells) = (new int[regions], new int[regions]);
        var (left, right, top, bottom) = (new int[regions], new int[regions], new int[regions], new int[regions]);
        Array.Fill(left, int.MaxValue); Array.Fill(top, int.MaxValue);
        for (var c = 0; c < grid.Count; c++)
        {
            var r = a.Regions[c];
            cells[r]++;
            var (col, row) = (c % grid.Columns, c / grid.Columns);
            (left[r], right[r]) = (Math.Min(left[r], col), Math.Max(right[r], col));
            (top[r], bottom[r]) = (Math.Min(top[r], row), Math.Max(bottom[r], row));
            if (!a.Sky[c] && IsWater(grid, c, a.HorizonRow)) water[r]++;
        }
        var bodies = WaterRegions.Find(grid, a.Sky, a.HorizonRow, WaterRegions.Receding(grid, a.Regions, a.RegionDepths));
        for (var c = 0; c < grid.Count; c++)
        {
            if (a.Sky[c]) continue; // the sky drifts as a whole layer
            var r = a.Regions[c];
            // Water lies flat and spreads sideways: a blue coat on a person (upright, or taller than wide) is not
            // a pond. A body grown from dense evidence ripples whole, whatever regions it was split into.
            if (bodies[c] || (water[r] * 2 >= cells[r] && a.RegionDepths[r].Kind == SurfaceKind.Ground
                && right[r] - left[r] + 1 >= 2 * (bottom[r] - top[r] + 1))) motion[c] = 1;
            else if (IsFoliage(grid, c)) motion[c] = 0.5f;
        }
        return motion;
    }

    /// <summary>Alpha code at pixel (x, y): the cell values interpolated between cell centres, so the motion fades
    /// in over a cell instead of stepping at a cell's edge (a step would tear the image there).</summary>
    public static byte AlphaAt(float[] motion, CellGrid grid, int x, int y)
    {
        var size = grid.CellSize;
        var fx = Math.Clamp((x + 0.5f) / size - 0.5f, 0, grid.Columns - 1);
        var fy = Math.Clamp((y + 0.5f) / size - 0.5f, 0, grid.Rows - 1);
        var (x0, y0) = ((int)fx, (int)fy);
        var (x1, y1) = (Math.Min(x0 + 1, grid.Columns - 1), Math.Min(y0 + 1, grid.Rows - 1));
        var (tx, ty) = (fx - x0, fy - y0);
        var top = motion[y0 * grid.Columns + x0] * (1 - tx) + motion[y0 * grid.Columns + x1] * tx;
        var bottom = motion[y1 * grid.Columns + x0] * (1 - tx) + motion[y1 * grid.Columns + x1] * tx;
        var m = top * (1 - ty) + bottom * ty;
        return (byte)(StillAlpha - (int)MathF.Round(m * (StillAlpha - WaterAlpha)));
    }
}
