namespace Kinora.Picture.Analysis;

/// <summary>
/// Which parts of a picture should move on their own once it comes alive: foliage (textured green, not sky) sways,
/// water (smooth blue-green below the horizon) ripples and glints. Read per cell with the same colour rules that
/// <see cref="SceneCues"/> uses for sound, so what is heard and what moves agree.
/// </summary>
public static class LivingDetail
{
    /// <summary>
    /// The renderer reads a picture layer's texel alpha as its motion: 255 still, <see cref="FoliageAlpha"/> full
    /// sway, <see cref="WaterAlpha"/> full ripple (values between blend). Alpha stays at or above 128 so the layer is
    /// never taken for an image with cut-outs. unlit.frag decodes the same numbers.
    /// </summary>
    public const byte StillAlpha = 255, FoliageAlpha = 191, WaterAlpha = 128;

    public static bool IsFoliage(CellGrid grid, int c) =>
        grid.Green[c] > grid.Red[c] + 0.02f && grid.Green[c] > grid.Blue[c] && grid.Texture[c] > 0.025f;

    /// <summary>Clearly blue (a grey floor or road in bluish shade is b − r ≈ 0.05–0.07), smooth, yet not flawless: real water
    /// always carries some ripple texture, a rendered or painted flat ground (texture ≈ 0) does not.</summary>
    public static bool IsWater(CellGrid grid, int c, float horizonRow) =>
        (c / grid.Columns + 0.5f) * grid.CellSize > horizonRow
        && grid.Blue[c] > grid.Red[c] + 0.08f && grid.Blue[c] >= grid.Green[c] - 0.05f
        && grid.Texture[c] is > 0.003f and < 0.05f;

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
        for (var c = 0; c < grid.Count; c++)
        {
            if (a.Sky[c]) continue; // the sky drifts as a whole layer
            var r = a.Regions[c];
            // Water lies flat and spreads sideways: a blue coat on a person (upright, or taller than wide) is not
            // a pond.
            if (water[r] * 2 >= cells[r] && a.RegionDepths[r].Kind == SurfaceKind.Ground
                && right[r] - left[r] + 1 >= 2 * (bottom[r] - top[r] + 1)) motion[c] = 1;
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
