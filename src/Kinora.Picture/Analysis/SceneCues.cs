namespace Kinora.Picture.Analysis;

/// <summary>
/// What the picture shows that sound and motion care about, as shares of its content cells: open sky (outdoors),
/// foliage (textured green), water (below the horizon: cells with water's evidence and the bodies of water grown
/// from it, see <see cref="WaterRegions"/>).
/// </summary>
public sealed record SceneCues(double SkyShare, double FoliageShare, double WaterShare)
{
    /// <summary>Open sky, much foliage, or a broad body of water (a river seen from its bank shows no sky).</summary>
    public bool Outdoors => SkyShare >= 0.03 || FoliageShare >= 0.25 || WaterShare >= 0.2;

    /// <summary>Words for <c>plan.audio.ambience</c> that the Sound stage's ambience bed understands.</summary>
    public IReadOnlyList<string> AmbienceWords()
    {
        var words = new List<string>();
        if (!Outdoors) return words;
        words.Add("outdoors");
        if (FoliageShare >= 0.12) words.Add("birds");
        if (WaterShare >= 0.08) words.Add("waves"); // the Sound stage's word for water ambience (its ocean family)
        return words;
    }

    public static SceneCues Measure(CellGrid grid, bool[] sky, float horizonRow, bool[]? upright = null)
    {
        int content = 0, skyCells = 0, foliage = 0, water = 0;
        var bodies = WaterRegions.Find(grid, sky, horizonRow, upright);
        for (var c = 0; c < grid.Count; c++)
        {
            if (!grid.InContent[c]) continue;
            content++;
            if (sky[c]) { skyCells++; continue; }
            if (LivingDetail.IsFoliage(grid, c)) foliage++;
            if (bodies[c] || (upright?[c] != true && LivingDetail.IsWater(grid, c, horizonRow))) water++;
        }
        if (content == 0) return new SceneCues(0, 0, 0);
        return new SceneCues((double)skyCells / content, (double)foliage / content, (double)water / content);
    }
}
