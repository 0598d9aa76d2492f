using System.Numerics;

namespace Kinora.Picture.Analysis;

/// <summary>
/// The light a picture was taken under, so what the prompt adds to it is lit the same way and throws its shadow the
/// same way the picture's own things do. Read from the picture's evidence, after Lalonde, Efros and Narasimhan
/// ("Estimating the Natural Illumination Conditions from a Single Outdoor Image", IJCV 2012), much simplified:
/// <list type="bullet">
/// <item>the sky is brightest around the sun: a bright glow in the picture's sky puts the sun there (in front of the
/// camera, the picture is back-lit), and a sky brighter on one side leans the sun that way;</item>
/// <item>upright things are lit on the side that faces the sun: their left and right edges' lightness says from
/// which side the light comes;</item>
/// <item>the colour of the brightest surfaces that are not sky is the sun's colour, and how far the ground's dark
/// patches fall under its bright ones says how strong the sun is against the sky's fill (hard sun or overcast).</item>
/// </list>
/// With no evidence either way the sun is behind the photographer, a little to one side: how most photos are taken.
/// </summary>
/// <param name="Direction">Unit vector towards the light, in the picture's world (camera looks along −Z, Y up).</param>
/// <param name="SunColor">Linear RGB, sun units (1 ≈ clear midday sun), for the lit things added to the picture.</param>
/// <param name="SkyColor">Linear RGB radiance of the picture's sky (its fill light), or null when none shows.</param>
/// <param name="ShadowStrength">Share of the light a shadow on the picture's ground takes away, 0–1.</param>
/// <param name="Evidence">What the estimate rests on, in words, for the plan's notes.</param>
/// <param name="Overcast">No clear sun: the light comes from the whole sky (see <see cref="OvercastCheck"/>), so shadows
/// are short and faint.</param>
public sealed record LightEstimate(Vector3 Direction, Vector3 SunColor, Vector3? SkyColor, float ShadowStrength, string Evidence, bool Overcast = false)
{
    /// <summary>Sun elevation with no evidence for it, radians (40°: mid-morning or mid-afternoon).</summary>
    private const float DefaultElevation = 40 * MathF.PI / 180;
    /// <summary>Lowest and highest elevation an estimate gives, radians: a sun on the horizon would lay shadows
    /// across the whole picture, a sun overhead none the viewer can see.</summary>
    private const float MinElevation = 8 * MathF.PI / 180, MaxElevation = 70 * MathF.PI / 180;
    /// <summary>A sky cell this many times the sky's median luminance is the glow around the sun.</summary>
    private const float GlowRatio = 1.2f;
    /// <summary>Luminance (sRGB 0–1) the brightest sky cell reaches when the sun glows in the picture.</summary>
    private const float GlowPeak = 0.95f;
    /// <summary>Left/right lightness contrast (share) at which the side evidence is taken as certain.</summary>
    private const float FullSideContrast = 0.25f;
    /// <summary>Azimuth of the sun off the camera's back at full side evidence, radians (75°: nearly side-lit).</summary>
    private const float FullSideAzimuth = 75 * MathF.PI / 180;

    public static LightEstimate Measure(PictureAnalysis a)
    {
        var grid = a.Grid;
        var evidence = new List<string>();
        var glow = SkyGlow(a);
        var side = UprightShading(a, out var uprights);
        var skySide = SkySide(a);
        Vector3 direction;
        if (glow is { } g)
        {
            // Rays through the glow point at the sun itself; keep its bearing, bound its height.
            var ray = Vector3.Normalize(a.View.Ray(g.X, g.Y));
            var elevation = Math.Clamp(MathF.Asin(ray.Y), MinElevation, MaxElevation);
            var flat = Vector3.Normalize(new Vector3(ray.X, 0, ray.Z));
            direction = flat * MathF.Cos(elevation) + Vector3.UnitY * MathF.Sin(elevation);
            evidence.Add($"sun glow in the sky at ({g.X:F0}, {g.Y:F0})");
        }
        else
        {
            var lean = Math.Clamp(0.7f * side + 0.3f * skySide, -1, 1);
            if (MathF.Abs(lean) < 0.05f) lean = 0.25f; // no evidence: behind the photographer, a little to the right
            var azimuth = lean * FullSideAzimuth; // from the camera's back (+Z), positive to the right (+X)
            var elevation = DefaultElevation;
            direction = new Vector3(MathF.Sin(azimuth) * MathF.Cos(elevation), MathF.Sin(elevation), MathF.Cos(azimuth) * MathF.Cos(elevation));
            if (uprights > 0 && MathF.Abs(side) > 0.05f) evidence.Add($"upright things lit from the {(side > 0 ? "right" : "left")}");
            if (MathF.Abs(skySide) > 0.05f) evidence.Add($"sky brighter on the {(skySide > 0 ? "right" : "left")}");
            if (evidence.Count == 0) evidence.Add("no light cue: sun taken behind the camera");
        }

        var (sun, strength) = SunColorAndStrength(a);
        if (OvercastCheck.Decide(a, glow is not null, side, strength) is { } overcast)
        {
            // The light of a clouded sky comes from everywhere above: a high, weak key that keeps its lean, most of
            // the light left to the sky's fill, and shadows that are short pools under things, faint.
            var flat = new Vector2(direction.X, direction.Z);
            flat = flat.LengthSquared() > 1e-6f ? Vector2.Normalize(flat) : Vector2.UnitY;
            direction = new Vector3(flat.X * MathF.Cos(OvercastElevation), MathF.Sin(OvercastElevation), flat.Y * MathF.Cos(OvercastElevation));
            return new LightEstimate(Vector3.Normalize(direction), sun * OvercastSunShare, MeanSkyColor(a), OvercastShadow,
                $"overcast ({overcast}): light from the whole sky", Overcast: true);
        }
        return new LightEstimate(Vector3.Normalize(direction), sun, MeanSkyColor(a), strength, string.Join(", ", evidence));
    }

    /// <summary>Under cloud: the key light's elevation (radians), its share of a clear sun, and the shadow strength.</summary>
    private const float OvercastElevation = 75 * MathF.PI / 180, OvercastSunShare = 0.55f, OvercastShadow = 0.15f;

    /// <summary>The luminance-weighted centre (pixels) of the brightest sky cells when they stand out from the rest of
    /// the sky as a glow, not a uniformly bright overcast; null otherwise.</summary>
    private static Vector2? SkyGlow(PictureAnalysis a)
    {
        var grid = a.Grid;
        var lums = new List<float>();
        for (var c = 0; c < grid.Count; c++) if (a.Sky[c] && grid.InContent[c]) lums.Add(Luma(grid, c));
        if (lums.Count < 20) return null;
        lums.Sort();
        var median = lums[lums.Count / 2];
        var top = lums[(int)((lums.Count - 1) * 0.97)];
        if (top < GlowRatio * median || top < 0.6f) return null;
        // The sun's glow burns the picture out around it; bright clouds or snow stay short of white.
        if (lums[^1] < GlowPeak) return null;
        var (sx, sy, sw) = (0f, 0f, 0f);
        for (var c = 0; c < grid.Count; c++)
        {
            if (!a.Sky[c] || !grid.InContent[c]) continue;
            var l = Luma(grid, c);
            if (l < top) continue;
            sx += ((c % grid.Columns) + 0.5f) * grid.CellSize * l;
            sy += ((c / grid.Columns) + 0.5f) * grid.CellSize * l;
            sw += l;
        }
        if (sw <= 0) return null;
        var centre = new Vector2(sx / sw, sy / sw);
        return IsCompactSource(a, centre, top) ? centre : null;
    }

    /// <summary>Largest spread (RMS distance from their centre, share of the frame's width) of the brightest sky
    /// cells for them to be one source: the sun's glow is a single blob; bright clouds are scattered.</summary>
    private const float MaxGlowSpread = 0.08f;
    /// <summary>How strongly the sky must darken away from a glow (correlation of luminance with distance): the sun
    /// brightens the sky around it by degrees, a bright cloud stops at its edge.</summary>
    private const float MaxGlowCorrelation = -0.3f;

    private static bool IsCompactSource(PictureAnalysis a, Vector2 centre, float top)
    {
        var grid = a.Grid;
        var (spread, n) = (0f, 0);
        var (sd, sl, sdd, sll, sdl, m) = (0.0, 0.0, 0.0, 0.0, 0.0, 0);
        for (var c = 0; c < grid.Count; c++)
        {
            if (!a.Sky[c] || !grid.InContent[c]) continue;
            var p = new Vector2((c % grid.Columns + 0.5f) * grid.CellSize, (c / grid.Columns + 0.5f) * grid.CellSize);
            var (d, l) = ((double)Vector2.Distance(p, centre), (double)Luma(grid, c));
            if (l >= top) { spread += Vector2.DistanceSquared(p, centre); n++; }
            sd += d; sl += l; sdd += d * d; sll += l * l; sdl += d * l; m++;
        }
        if (n == 0 || MathF.Sqrt(spread / n) > MaxGlowSpread * a.Frame.Width) return false;
        var cov = sdl / m - sd / m * (sl / m);
        var varD = sdd / m - sd / m * (sd / m);
        var varL = sll / m - sl / m * (sl / m);
        return varD > 0 && varL > 0 && cov / Math.Sqrt(varD * varL) < MaxGlowCorrelation;
    }

    /// <summary>−1 (lit from the left) to 1 (from the right): along every row, each run of upright cells (things
    /// standing on the ground, whatever regions they were split into: a side-lit box is often two) compares the
    /// lightness of its right end with its left end; runs are weighted by their length.</summary>
    private static float UprightShading(PictureAnalysis a, out int counted)
    {
        var grid = a.Grid;
        var (sum, total) = (0f, 0f);
        counted = 0;
        for (var row = 0; row < grid.Rows; row++)
        {
            var start = -1;
            for (var col = 0; col <= grid.Columns; col++)
            {
                var c = col < grid.Columns ? grid.Index(col, row) : -1;
                var upright = c >= 0 && grid.InContent[c] && !a.Sky[c] && a.RegionDepths[a.Regions[c]].Kind == SurfaceKind.Upright;
                if (upright) { if (start < 0) start = col; continue; }
                if (start < 0) continue;
                // A seam of up to MaxGap cells between two upright pieces (a box's lit and shaded faces, split into
                // two regions) belongs to the run.
                if (col < grid.Columns && !a.Sky[c] && UprightWithin(a, row, col, MaxGap)) continue;
                // A run from start to col − 1; runs touching the frame's sides are cut off, not whole things.
                var length = col - start;
                if (length >= 6 && start > 0 && col < grid.Columns)
                {
                    var edge = Math.Max(1, length / 4);
                    var (l, r) = (0f, 0f);
                    for (var k = 0; k < edge; k++)
                    {
                        l += grid.Lightness[grid.Index(start + k, row)];
                        r += grid.Lightness[grid.Index(col - 1 - k, row)];
                    }
                    var contrast = (r - l) / MathF.Max(0.05f * edge, (r + l) / 2);
                    sum += Math.Clamp(contrast / FullSideContrast, -1, 1) * length;
                    total += length;
                    counted++;
                }
                start = -1;
            }
        }
        return total > 0 ? sum / total : 0;
    }

    private const int MaxGap = 3;

    private static bool UprightWithin(PictureAnalysis a, int row, int col, int cells)
    {
        var grid = a.Grid;
        for (var k = 1; k <= cells && col + k < grid.Columns; k++)
        {
            var c = grid.Index(col + k, row);
            if (a.Sky[c]) return false;
            if (a.RegionDepths[a.Regions[c]].Kind == SurfaceKind.Upright) return true;
        }
        return false;
    }

    /// <summary>−1 to 1: how much brighter the sky's right third is than its left third.</summary>
    private static float SkySide(PictureAnalysis a)
    {
        var grid = a.Grid;
        var (l, ln, r, rn) = (0f, 0, 0f, 0);
        for (var c = 0; c < grid.Count; c++)
        {
            if (!a.Sky[c] || !grid.InContent[c]) continue;
            var col = c % grid.Columns;
            if (col < grid.Columns / 3) { l += Luma(grid, c); ln++; }
            else if (col >= grid.Columns * 2 / 3) { r += Luma(grid, c); rn++; }
        }
        if (ln < 5 || rn < 5) return 0;
        var (ml, mr) = (l / ln, r / rn);
        return Math.Clamp((mr - ml) / MathF.Max(0.05f, (mr + ml) / 2) / FullSideContrast, -1, 1);
    }

    /// <summary>The sun's colour from the brightest tenth of the ground and upright cells (their chromaticity, scaled
    /// so the brighter channel of a clear midday sun is 1, dimmer for a dark picture), and the shadow strength from
    /// how dark the ground's darker cells fall against its bright ones.</summary>
    private static (Vector3 Color, float Strength) SunColorAndStrength(PictureAnalysis a)
    {
        var grid = a.Grid;
        var cells = new List<int>();
        for (var c = 0; c < grid.Count; c++) if (!a.Sky[c] && grid.InContent[c]) cells.Add(c);
        if (cells.Count == 0) return (new Vector3(1, 0.96f, 0.9f), 0.5f);
        cells.Sort((x, y) => grid.Lightness[x].CompareTo(grid.Lightness[y]));
        var bright = cells.Skip(cells.Count * 9 / 10).ToList();
        var mean = Vector3.Zero;
        foreach (var c in bright) mean += new Vector3(Linear(grid.Red[c]), Linear(grid.Green[c]), Linear(grid.Blue[c]));
        mean /= bright.Count;
        var max = MathF.Max(mean.X, MathF.Max(mean.Y, mean.Z));
        // Highlights carry the surfaces' own colour too; halfway to white keeps a green lawn from making a green sun.
        var tint = max > 1e-4f ? Vector3.Lerp(mean / max, Vector3.One, 0.5f) : Vector3.One;
        var key = grid.Lightness[cells[cells.Count / 2]];
        var level = Math.Clamp(key / 0.45f, 0.08f, 1.1f);

        var ground = cells.Where(c => a.RegionDepths[a.Regions[c]].Kind == SurfaceKind.Ground).Select(c => grid.Lightness[c]).ToList();
        if (ground.Count < 20) ground = cells.Select(c => grid.Lightness[c]).ToList();
        ground.Sort();
        var (dark, lit) = (ground[ground.Count / 10], ground[ground.Count * 9 / 10]);
        // Under hard sun shadowed ground is about a quarter to a half of sunlit; under cloud it hardly differs.
        var strength = Math.Clamp(1 - dark / MathF.Max(lit, 1e-3f), 0.3f, 0.6f);
        return (tint * level, strength);
    }

    /// <summary>Mean linear colour of the sky cells; null without sky.</summary>
    private static Vector3? MeanSkyColor(PictureAnalysis a)
    {
        var grid = a.Grid;
        var (sum, n) = (Vector3.Zero, 0);
        for (var c = 0; c < grid.Count; c++)
            if (a.Sky[c] && grid.InContent[c]) { sum += new Vector3(Linear(grid.Red[c]), Linear(grid.Green[c]), Linear(grid.Blue[c])); n++; }
        return n < 10 ? null : sum / n;
    }

    private static float Luma(CellGrid g, int c) => 0.2126f * g.Red[c] + 0.7152f * g.Green[c] + 0.0722f * g.Blue[c];

    /// <summary>sRGB (0–1) to linear light (IEC 61966-2-1).</summary>
    private static float Linear(float s) => s <= 0.04045f ? s / 12.92f : MathF.Pow((s + 0.055f) / 1.055f, 2.4f);
}
