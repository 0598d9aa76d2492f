using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Sets;

/// <summary>
/// Open land. A beach: sand to a shoreline a few metres behind the action, then sea to the horizon, with palms in
/// clumps to either side and a headland far off. Mountains: a hillside rising from just behind the action to a
/// ridge ~50 m up, with crags, rocks and conifers on it, and a range of peaks (60–170 m, snow-capped above ~110 m)
/// beyond. A desert: a dune sea of crested ridges, saguaros, red boulders and far mesas. Snow: the same mountainside
/// under snow, with snow-laden conifers, drifts and white peaks.
/// </summary>
public static class WildSets
{
    public static void Beach(SetDresser d)
    {
        var shore = d.Zone.Back - 8;
        var water = d.Layer("sea");
        Landforms.Slab(water, Palette.Sea, d.Left - 400, d.Right + 400, shore - 600, shore, 0.03f, 0.05f);
        // Surf: a pale band where the waves break.
        Landforms.Slab(water, Paints.Srgb(215, 225, 228, 0.4f, 0, "surf"), d.Left - 400, d.Right + 400, shore - 0.9f, shore + 0.4f, 0.04f, 0.05f);
        Landforms.Slab(water, Paints.Srgb(170, 140, 100, 0.5f, 0, "wetsand"), d.Left - 400, d.Right + 400, shore + 0.4f, shore + 2.5f, 0.012f, 0.03f);
        // Palms in two clumps off to the sides of where the camera first looks, and a few scattered.
        foreach (var side in new[] { -1f, 1f })
            for (var i = 0; i < 5; i++)
            {
                var x = d.Zone.CentreX + side * d.Range(9, 26);
                d.Put("palms", Trees.Palm, new Vector3(x, 0, d.Zone.Back - d.Range(5.5f, 7f)), d.Range(0, MathF.Tau), d.Range(0.8f, 1.15f), Trees.PalmRadius);
            }
        d.Scatter("rocks", Rocks.Grey, 8, d.Left, d.Right, shore + 2.6f, shore + 5.5f, 0.4f, 1.0f, Rocks.Radius);
        d.Scatter("beach grass", [Plants.DryTuft], 50, d.Left, d.Right, shore + 2.8f, d.Zone.Back - 0.2f, 1f, 1.8f, 0.1f);
        // A headland far across the water.
        d.Lay("headland", Landforms.Peak(false), Matrix4x4.CreateScale(220, 45, 60) * Matrix4x4.CreateTranslation(d.Zone.CentreX - 260, -5, shore - 420));
    }

    public static void Mountain(SetDresser d, bool snow)
    {
        var edge = d.Zone.Back;
        // The mountainside: the ground rises from just behind the action to a ridge ~50 m up, so that even a
        // camera looking down at the subject sees slope, not a flat field; peaks stand beyond the ridge.
        var foot = edge - FootBehind;
        var (p1, p2, p3) = (d.Range(0, MathF.Tau), d.Range(0, MathF.Tau), d.Range(0, MathF.Tau));
        float Slope(float x, float z)
        {
            var s = MathF.Max(0, foot - z);
            // About 25° from a few metres up, so the first rows of conifers already stand well above the action.
            var rise = s * 0.47f * Terrain.Smooth(0, 12, s);
            // Spurs and gullies across the slope, and knolls on them, so the sun shades it rather than lighting one plane;
            // where they steepen past SteepUp the turf gives way to rock.
            var roll = (3f * MathF.Sin(0.045f * x + p1) + 2f * MathF.Sin(0.11f * x + 0.07f * s + p2)
                        + 1.2f * MathF.Sin(0.5f * x + p3) * MathF.Sin(0.45f * s)) * Terrain.Smooth(0, 18, s);
            var ridges = 7 * MathF.Pow(MathF.Sin(0.02f * x + p3), 2) * Terrain.Smooth(30, 100, s);
            // Never under the floor: a gully dipping below y = 0 would show the plan's bare ground through the turf.
            return MathF.Max(rise + roll + ridges, 0.012f);
        }
        var ground = snow ? Palette.SnowCover : Palette.Hillside;
        Terrain.Heightfield(d, "slope", ground, Slope, d.Left - 60, d.Right + 60, foot - 140, foot, 3, Palette.MountainRock);
        Trail(d, foot, snow);
        Range(d, snow, foot - 150, 28, Slope(d.Zone.CentreX, foot - 140) - 10);
        // Crags and rocks on the slope: boulders the size of a van close behind the action say "mountainside" too.
        // Bare grey crags even in snow: a snow-covered boulder the size of a van reads as an igloo, not as rock.
        Kit[] crags = Rocks.Grey;
        Kit[] rocks = snow ? [Rocks.Make(Palette.SnowCover, 0), Rocks.Make(Palette.Rock, 1)] : Rocks.Grey;
        // In snow the crags stand farther up: a van-sized grey boulder right behind a skier hides the snowfield.
        OnSlope(d, "crags", crags, Slope, 14, edge - (snow ? 14 : 4), edge - 45, 3f, snow ? 5f : 7f, Rocks.Radius);
        // Scree and outcrops just up the slope from the trail, in what a framing of a walker shows behind them.
        if (!snow) OnSlope(d, "crags", crags, Slope, 10, edge - 2, edge - 14, 1.2f, 3f, Rocks.Radius, d.Zone.CentreX - 15, d.Zone.CentreX + 15);
        OnSlope(d, "rocks", rocks, Slope, 30, edge - 0.5f, edge - 25, 0.5f, 2.2f, Rocks.Radius);
        Kit[] trees = snow ? [Trees.SnowyConifer] : [Trees.Conifer];
        OnSlope(d, "trees", trees, Slope, snow ? 90 : 80, edge - 7, edge - 80, 0.9f, 1.6f, Trees.ConiferRadius);
        // A stand of conifers climbing the slope just behind where the camera first looks: what a tight frame sees.
        OnSlope(d, "trees", trees, Slope, 24, edge - 7, edge - 30, 0.9f, 1.5f, Trees.ConiferRadius, d.Zone.CentreX - 22, d.Zone.CentreX + 22);
        // Dark outcrops of rock break a snowfield's white, which otherwise shades to one flat glare.
        if (snow) OnSlope(d, "outcrops", Rocks.Grey, Slope, 26, edge - 12, edge - 40, 1.5f, 3.5f, Rocks.Radius, d.Zone.CentreX - 30, d.Zone.CentreX + 30);
        if (!snow) OnSlope(d, "grass", [Plants.DryTuft, Plants.GrassTuft], Slope, 120, edge - 0.3f, edge - 15, 0.9f, 1.5f, 0.1f);
        else
            for (var i = 0; i < 14; i++) // drifts: long low mounds of snow
            {
                var (x, z) = (d.Range(d.Left, d.Right), edge - d.Range(3, 30));
                d.Put("drifts", SnowDrift, new Vector3(x, Slope(x, z), z), d.Range(-0.4f, 0.4f), d.Range(2, 5), 0.9f);
            }
    }

    /// <summary>m the hillside's foot lies behind the clear band's back edge: just behind it, so it climbs from about
    /// 2 m behind a person instead of after a strip of flat ground the camera looks down on (it was 5 m further).</summary>
    private const float FootBehind = 0.05f;

    /// <summary>
    /// The ground the action stands on: the hillside's own surface (a mountain meadow or a snowfield, never the
    /// plan's bare floor colour) from the foot of the slope to well in front of the camera, a worn trail along X
    /// where walkers go, and in snow the parallel grooves of ski tracks and blue-grey shadowed hollows (snow in
    /// sunlight is white only where it faces the sun; the hollows carry the shape).
    /// </summary>
    private static void Trail(SetDresser d, float foot, bool snow)
    {
        var (x0, x1) = (d.Left - 60, d.Right + 60);
        var mid = (d.Zone.Back + d.Zone.Front) / 2;
        var k = d.Layer("foreground", d.Zone.CentreX);
        Landforms.Slab(k, snow ? Palette.SnowCover : Palette.Hillside, x0, x1, foot, d.Zone.Front + 40, 0.012f, 0.01f);
        if (!snow)
        {
            Landforms.Slab(k, TrailDirt, x0, x1, mid - 0.55f, mid + 0.55f, 0.016f, 0.01f);
            return;
        }
        // Hollows: long shallow dips across the snowfield in shadow-blue, between the tracks and the camera.
        for (var i = 0; i < 7; i++)
        {
            var (x, z) = (d.Zone.CentreX + d.Range(-25, 25), d.Zone.Front + d.Range(0.5f, 12));
            Landforms.Slab(k, SnowShade, x - d.Range(2, 6), x + d.Range(2, 6), z, z + d.Range(0.4f, 1.2f), 0.015f, 0.01f);
        }
        foreach (var (z, w) in new[] { (mid - 0.16f, 0.09f), (mid + 0.16f, 0.09f), (mid - 1.6f, 0.08f), (mid - 1.28f, 0.08f) })
            Landforms.Slab(k, SkiTrack, x0, x1, z - w / 2, z + w / 2, 0.017f, 0.01f);
    }

    private static readonly Material TrailDirt = Paints.Srgb(140, 118, 88, 0.95f, 0, "trail");
    private static readonly Material SkiTrack = Paints.Srgb(150, 170, 205, 0.5f, 0, "skitrack");
    private static readonly Material SnowShade = Paints.Srgb(185, 200, 228, 0.7f, 0, "snowshade");

    /// <summary>As <see cref="SetDresser.Scatter"/>, each prop standing on the ground's height there (sunk a
    /// little, so a prop on a slope has no gap under its downhill side).</summary>
    private static void OnSlope(SetDresser d, string kind, Kit[] props, Func<float, float, float> height, int count,
        float zNear, float zFar, float scaleMin, float scaleMax, float radius, float? xMin = null, float? xMax = null)
    {
        for (var i = 0; i < count; i++)
        {
            var (x, z) = (d.Range(xMin ?? d.Left, xMax ?? d.Right), d.Range(zFar, zNear));
            var scale = d.Range(scaleMin, scaleMax);
            var y = MathF.Min(MathF.Min(height(x - radius * scale, z), height(x + radius * scale, z)),
                MathF.Min(height(x, z - radius * scale), height(x, z + radius * scale)));
            d.Put(kind, props[d.Pick(props.Length)], new Vector3(x, y, z), d.Range(0, MathF.Tau), scale, radius);
        }
    }

    public static void Desert(SetDresser d)
    {
        var edge = d.Zone.Back;
        // A dune sea: ridges across the view, each with a long gentle windward face towards the camera and a short
        // steep lee, growing from ripples near the action to 8-10 m crests far off; the sun shades their faces.
        var foot = edge - 3;
        var (p1, p2) = (d.Range(0, MathF.Tau), d.Range(0, MathF.Tau));
        float Dunes(float x, float z)
        {
            var s = MathF.Max(0, foot - z);
            var u = s / 24 + 0.35f * MathF.Sin(0.035f * x + p1) + 0.15f * MathF.Sin(0.09f * x + p2);
            var f = u - MathF.Floor(u);
            var profile = f < 0.78f ? Terrain.Smooth(0, 0.78f, f) : Terrain.Smooth(1, 0.78f, f);
            return profile * MathF.Min(10, 1.5f + 0.09f * s) * Terrain.Smooth(0, 12, s);
        }
        Terrain.Heightfield(d, "dunes", Palette.Dune, Dunes, d.Left - 60, d.Right + 60, foot - 160, foot, 3);
        for (var i = 0; i < 5; i++)
            d.Lay("mesas", Landforms.Mesa, Matrix4x4.CreateScale(d.Range(40, 90), d.Range(25, 55), d.Range(40, 70)) * Matrix4x4.CreateTranslation(d.Zone.CentreX + d.Range(-300, 300), 0, edge - d.Range(250, 420)));
        OnSlope(d, "cacti", [Plants.Saguaro], Dunes, 10, edge - 1, edge - 30, 0.7f, 1.3f, 0.6f);
        OnSlope(d, "rocks", Rocks.Red, Dunes, 16, edge - 0.5f, edge - 30, 0.4f, 1.8f, Rocks.Radius);
        OnSlope(d, "scrub", [Plants.DryTuft], Dunes, 50, edge - 0.3f, edge - 20, 1f, 2f, 0.1f);
    }

    /// <summary>A range of peaks across the horizon, their feet behind <paramref name="near"/> (a z, negative) at
    /// height <paramref name="baseY"/> (the ridge they rise from).</summary>
    private static void Range(SetDresser d, bool snow, float near, int count, float baseY)
    {
        for (var i = 0; i < count; i++)
        {
            var x = d.Zone.CentreX + (i / (float)(count - 1) - 0.5f) * 700 + d.Range(-25, 25);
            var h = d.Range(60, 170);
            var (rx, rz) = (h * d.Range(1.3f, 2f), h * d.Range(1.1f, 1.6f));
            // The foot of the peak (turned any way, so its widest radius counts) stays behind `near`.
            var z = near - MathF.Max(rx, rz) * 1.1f - d.Range(0, 120);
            d.Lay("mountains", Landforms.Peak(snow || h > 110), Matrix4x4.CreateScale(rx, h, rz) * Matrix4x4.CreateRotationY(d.Range(0, MathF.Tau)) * Matrix4x4.CreateTranslation(x, baseY - 2, z));
        }
    }

    private static readonly Kit SnowDrift = MakeDrift();

    private static Kit MakeDrift()
    {
        var k = new Kit();
        k.Paint(Palette.SnowCover).Ellipsoid(Vector3.Zero, new Vector3(1, 0.3f, 0.5f), 0, 0, 10, 5);
        return k;
    }
}
