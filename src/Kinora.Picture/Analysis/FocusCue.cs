namespace Kinora.Picture.Analysis;

/// <summary>
/// Focus as evidence for depth: a photo is focused on its subject, and what lies well behind it is blurred (depth
/// of field; Pentland, "A New Sense for Depth of Field", PAMI 1987, reads distance from blur the same way). Where the
/// picture has both crisp and clearly blurred upright regions, a blurred one that the ground geometry put in front
/// of the crisp ones is moved behind the farthest of them: its foot was hidden or misread, its blur is not.
/// Blur in front of the focus happens too, but far less often in photos than a soft background.
/// </summary>
public static class FocusCue
{
    /// <summary>A region is blurred below this share of the crisp regions' sharpness, crisp above <see cref="CrispShare"/>.</summary>
    private const float BlurShare = 0.55f, CrispShare = 0.8f;
    /// <summary>Cells with contrast a region needs before its sharpness counts.</summary>
    private const int MinCells = 6;
    /// <summary>How far behind the farthest crisp region a blurred one goes (× its distance).</summary>
    private const float Behind = 1.5f;

    /// <summary>Moves blurred upright regions behind the crisp ones; returns how many moved.</summary>
    public static int Apply(CellGrid grid, int[] regions, RegionDepth[] depths)
    {
        var n = depths.Length;
        var (sum, count) = (new float[n], new int[n]);
        for (var c = 0; c < grid.Count; c++)
        {
            var s = grid.Sharpness(c);
            if (s <= 0 || !grid.InContent[c]) continue;
            sum[regions[c]] += s;
            count[regions[c]]++;
        }
        var sharp = new float[n];
        var measured = new List<float>();
        for (var r = 0; r < n; r++)
        {
            if (count[r] < MinCells || depths[r].Kind != SurfaceKind.Upright) { sharp[r] = -1; continue; }
            sharp[r] = sum[r] / count[r];
            measured.Add(sharp[r]);
        }
        if (measured.Count < 2) return 0;
        var crisp = measured.Max();
        var farthestCrisp = 0f;
        for (var r = 0; r < n; r++)
            if (sharp[r] >= CrispShare * crisp) farthestCrisp = MathF.Max(farthestCrisp, depths[r].Distance);
        var moved = 0;
        for (var r = 0; r < n; r++)
        {
            if (sharp[r] < 0 || sharp[r] >= BlurShare * crisp || depths[r].Distance > farthestCrisp) continue;
            depths[r] = depths[r] with { Distance = MathF.Min(farthestCrisp * Behind, DepthEstimator.FarthestGround) };
            moved++;
        }
        return moved;
    }
}
