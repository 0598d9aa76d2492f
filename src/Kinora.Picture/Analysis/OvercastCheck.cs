namespace Kinora.Picture.Analysis;

/// <summary>
/// Whether a picture was taken under cloud, with no clear sun: its sky is grey rather than blue, there is no
/// compact bright source in it, and at least two of: the sky is even (no part much brighter than the rest), upright
/// things are lit much the same on both sides, and the ground's dark patches are close to its bright ones (no hard
/// cast shadows). Bright clouds in a blue sky fail the first test, so they are never taken for an overcast; a grey
/// sky alone with hard side light is not one either.
/// </summary>
public static class OvercastCheck
{
    /// <summary>Mean blue excess (b − (r + g) / 2, sRGB 0–1) above which a sky is blue, and mean |r − g| above which
    /// it is coloured (sunset); grey skies sit near 0 on both.</summary>
    private const float MaxBlue = 0.07f, MaxTint = 0.06f;
    /// <summary>The sky is even when its 95th-percentile luminance is within this factor of its 5th.</summary>
    private const float EvenSky = 1.35f;
    /// <summary>Side shading (−1…1, see LightEstimate) under which upright things are lit evenly.</summary>
    private const float EvenSides = 0.3f;
    /// <summary>Shadow strength (1 − dark ground / lit ground) under which the ground shows no hard shadows.</summary>
    private const float SoftGround = 0.45f;

    /// <summary>The evidence in words when the picture is overcast; null when a sun may be out (or no sky shows).</summary>
    public static string? Decide(PictureAnalysis a, bool compactSource, float sideShading, float groundShadow)
    {
        if (compactSource) return null;
        var grid = a.Grid;
        var lums = new List<float>();
        var (blue, tint) = (0f, 0f);
        for (var c = 0; c < grid.Count; c++)
        {
            if (!a.Sky[c] || !grid.InContent[c]) continue;
            lums.Add(0.2126f * grid.Red[c] + 0.7152f * grid.Green[c] + 0.0722f * grid.Blue[c]);
            blue += -grid.YellowBlue[c];
            tint += MathF.Abs(grid.RedGreen[c]);
        }
        if (lums.Count < 20) return null;
        if (blue / lums.Count > MaxBlue || tint / lums.Count > MaxTint) return null;
        lums.Sort();
        var evidence = new List<string> { "grey sky" };
        if (lums[(int)((lums.Count - 1) * 0.95)] <= EvenSky * MathF.Max(lums[(int)((lums.Count - 1) * 0.05)], 1e-3f)) evidence.Add("even sky");
        if (MathF.Abs(sideShading) < EvenSides) evidence.Add("things lit alike on both sides");
        if (groundShadow < SoftGround) evidence.Add("no hard shadows on the ground");
        return evidence.Count >= 3 ? string.Join(", ", evidence) : null;
    }
}
