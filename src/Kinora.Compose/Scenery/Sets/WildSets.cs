using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Sets;

/// <summary>
/// Open land. A beach: sand to a shoreline a few metres behind the action, wet sand and lines of surf foam, then sea
/// to the horizon, with palms in clumps to either side and a headland far off. Mountains: the action on a ledge with
/// the land falling away behind it into a valley, and ranges of peaks across it (<see cref="Highland"/>), conifers
/// down the fall. A desert: a dune sea of oblique crested ridges, wind ripples round the action, saguaros, red
/// boulders and far mesas. Snow: the same mountain under snow, with snow-laden conifers, drifts, ski tracks and
/// blue-grey hollows.
/// </summary>
public static class WildSets
{
    public static void Beach(SetDresser d)
    {
        // The water's edge ~6.5 m behind the band: close enough that the surf, its foam and the wet sand read (at
        // 8 m they were a thin line), with room for palms on the sand before it.
        var shore = d.Zone.Back - 6.5f;
        var water = d.Layer("sea");
        Landforms.Slab(water, Palette.Sea, d.Left - 400, d.Right + 400, shore - 600, shore, 0.03f, 0.05f);
        // Surf: a pale band where the waves break, wet sand darker than dry up the beach, and lines of foam: a lacy
        // edge where the last wave runs up the sand and the white crests of waves breaking farther out.
        Landforms.Slab(water, Paints.Srgb(150, 185, 190, 0.3f, 0, "surf"), d.Left - 400, d.Right + 400, shore - 2.5f, shore + 0.4f, 0.04f, 0.05f);
        Landforms.Slab(water, WetSand, d.Left - 400, d.Right + 400, shore + 0.4f, shore + 3.5f, 0.012f, 0.03f);
        var foam = d.Layer("foam", d.Zone.CentreX);
        var (x0, x1) = (d.Zone.CentreX - 120, d.Zone.CentreX + 160);
        foreach (var (at, width, sway) in new[] { (shore + 0.5f, 0.45f, 0.35f), (shore - 1.2f, 0.7f, 0.3f), (shore - 5, 1.0f, 0.6f), (shore - 11, 0.8f, 1.2f), (shore - 20, 0.6f, 1.6f) })
        {
            var (a, b) = (d.Range(0, MathF.Tau), d.Range(0, MathF.Tau));
            Landforms.Ribbon(foam, Foam, x => at + sway * MathF.Sin(0.23f * x + a) + 0.4f * sway * MathF.Sin(0.9f * x + b), x0, x1, width, 0.046f, 1.5f);
        }
        // Palms in two clumps off to the sides of where the camera first looks, and a few scattered.
        foreach (var side in new[] { -1f, 1f })
            for (var i = 0; i < 5; i++)
            {
                var x = d.Zone.CentreX + side * d.Range(9, 26);
                d.Put("palms", Trees.Palm, new Vector3(x, 0, d.Zone.Back - d.Range(4.6f, 6f)), d.Range(0, MathF.Tau), d.Range(0.8f, 1.02f), Trees.PalmRadius);
            }
        d.Scatter("rocks", Rocks.Grey, 8, d.Left, d.Right, shore + 2.6f, shore + 5.5f, 0.4f, 1.0f, Rocks.Radius);
        d.Scatter("beach grass", [Plants.DryTuft], 50, d.Left, d.Right, shore + 2.8f, d.Zone.Back - 0.2f, 1f, 1.8f, 0.1f);
        // A headland far across the water.
        d.Lay("headland", Landforms.Peak(false), Matrix4x4.CreateScale(240, 50, 70) * Matrix4x4.CreateTranslation(d.Zone.CentreX - 240, -5, shore - 330));
        // The view: sand, the surf and the sea beyond, palms at the sides.
        d.Vista = new Vista(new(d.Zone.CentreX - 14, 0, shore - 14), new(d.Zone.CentreX + 14, 6, d.Zone.Back - 1));
    }

    public static void Mountain(SetDresser d, bool snow)
    {
        var edge = d.Zone.Back;
        // The action walks a ledge along X; behind it the land falls away into a valley with ranges beyond
        // (see Highland). The ledge runs LedgeDepth m behind the band so a walker never stands on the brow.
        var foot = edge - LedgeDepth;
        var land = new Highland(d, foot);
        Material Surface(Vector3 at, float up) =>
            land.Behind(at.Z) < NearLand && up >= Terrain.SteepUp ? (snow ? Palette.SnowCover : Palette.Hillside) : land.Surface(at, up, snow);
        var (cx, zNear) = (d.Zone.CentreX, foot - NearLand);
        // Surfaces per triangle: the snow line runs along the grid's diagonals too, not in steps.
        Terrain.Land(d, "slope", land.Height, Surface, cx - 160, cx + 160, zNear, foot, 3, SetDresser.ChunkSize, 1.5f, perTriangle: true);
        Terrain.Land(d, "mountains", land.Height, Surface, cx - 900, cx + 700, foot - 820, zNear, 14, 230, 7, perTriangle: true);
        Trail(d, foot, snow);
        d.Backdrop = land.Backdrop();
        Kit[] trees = snow ? [Trees.SnowyConifer] : [Trees.Conifer];
        // Conifers growing down the fall: their tops show over the brow, smaller with depth, the land's drop in them.
        OnSlope(d, "trees", trees, land.Height, 60, foot - 12, foot - 40, 0.8f, 1.3f, Trees.ConiferRadius);
        // And a few on the ledge off to the sides, framing the view without standing in front of the far range.
        OnSlope(d, "trees", trees, land.Height, 5, edge - 1, foot - 5, 0.9f, 1.3f, Trees.ConiferRadius, cx - 50, cx - 16);
        OnSlope(d, "trees", trees, land.Height, 5, edge - 1, foot - 5, 0.9f, 1.3f, Trees.ConiferRadius, cx + 20, cx + 60);
        // Rocks: small ones on the ledge behind the action (a boulder there would hide the view), crags on the climb
        // to the left and down the fall.
        Kit[] rocks = snow ? [Rocks.Make(Palette.SnowCover, 0), Rocks.Make(Palette.Rock, 1)] : Rocks.Grey;
        OnSlope(d, "rocks", rocks, land.Height, 18, edge - 0.5f, foot - 4, 0.3f, 0.9f, Rocks.Radius);
        OnSlope(d, "crags", Rocks.Grey, land.Height, 14, edge - 2, foot - 30, 2f, 5f, Rocks.Radius, cx - 90, cx - 42);
        OnSlope(d, "crags", Rocks.Grey, land.Height, 12, foot - 10, foot - 45, 2f, 4.5f, Rocks.Radius);
        if (!snow) OnSlope(d, "grass", [Plants.DryTuft, Plants.GrassTuft], land.Height, 140, edge - 0.3f, foot - 12, 0.9f, 1.5f, 0.1f);
        else
            for (var i = 0; i < 10; i++) // drifts: long low mounds of snow on the ledge
            {
                var (x, z) = (d.Range(d.Left, d.Right), d.Range(foot - 4, edge - 1));
                d.Put("drifts", SnowDrift, new Vector3(x, land.Height(x, z), z), d.Range(-0.4f, 0.4f), d.Range(1.5f, 3.5f), 0.9f);
            }
    }

    /// <summary>m of level ledge behind the band before the land falls away; at least the ground plane's half size
    /// (FamilyLook's ledge, 4 m) past z = 0, so that flat patch never shows over the fall.</summary>
    private const float LedgeDepth = 3;
    /// <summary>m behind the foot that the near land's fine grid covers (where a framing sees its facets); beyond, a
    /// coarse grid out to the far range.</summary>
    private const float NearLand = 70;

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
        // Hollows: long shallow dips in shadow-blue over the whole snowfield, the ledge behind the action included.
        // Each is a flattened lens whose normals turn from up at its middle to level at its rim, so it shades from
        // white to blue-grey at the edge like a drift's wind scoop, instead of a ruled blue rectangle.
        for (var i = 0; i < 26; i++)
        {
            var at = new Vector3(d.Zone.CentreX + d.Range(-30, 40), 0.01f, d.Range(foot + 0.5f, d.Zone.Front + 12)); // under the ski tracks (0.017 m)
            var size = new Vector3(d.Range(2, 6), 1, d.Range(0.5f, 1.4f));
            k.Add(SnowHollow, Matrix4x4.CreateScale(size) * Matrix4x4.CreateRotationY(d.Range(-0.3f, 0.3f)) * Matrix4x4.CreateTranslation(at));
        }
        foreach (var (z, w) in new[] { (mid - 0.16f, 0.09f), (mid + 0.16f, 0.09f), (mid - 1.6f, 0.08f), (mid - 1.28f, 0.08f) })
            Landforms.Slab(k, SkiTrack, x0, x1, z - w / 2, z + w / 2, 0.017f, 0.01f);
    }

    private static readonly Material TrailDirt = Paints.Srgb(140, 118, 88, 0.95f, 0, "trail");
    private static readonly Material SkiTrack = Paints.Srgb(150, 170, 205, 0.5f, 0, "skitrack");
    private static readonly Material SnowShade = Paints.Srgb(185, 200, 228, 0.7f, 0, "snowshade");

    /// <summary>As <see cref="SetDresser.Scatter"/>, each prop standing on the ground's height there (sunk a
    /// little, so a prop on a slope has no gap under its downhill side).</summary>
    internal static void OnSlope(SetDresser d, string kind, Kit[] props, Func<float, float, float> height, int count,
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

    /// <summary>Highest the desert's sun stands, degrees: dunes read by their shadows, which a high sun hardly casts (a
    /// dune sea at 60° was one flat pale yellow), so photographers shoot them in the low sun of early or late day.</summary>
    private const float DuneSunDeg = 22;
    /// <summary>Where that sun stands, degrees from +Z towards +X: behind the dunes and to the left, so the faces towards
    /// the camera fall into shade and the crests and slip faces catch the light.</summary>
    private const float DuneSunAzimuthDeg = -135;

    /// <summary>The desert's air: a low sun, clear enough that the mesas keep their red, under a deeper blue zenith. A sun
    /// the plan already puts low (dawn, dusk, night) is left as it is.</summary>
    public static WorldEnvironment DesertAir(WorldEnvironment e)
    {
        var low = DuneSunDeg * MathF.PI / 180;
        if (Vector3.Normalize(e.SunDirection).Y <= MathF.Sin(low)) return e;
        var azimuth = DuneSunAzimuthDeg * MathF.PI / 180;
        var horizontal = new Vector3(MathF.Sin(azimuth), 0, MathF.Cos(azimuth));
        return e with
        {
            SunDirection = horizontal * MathF.Cos(low) + Vector3.UnitY * MathF.Sin(low),
            // Warmer, as low sunlight is, and brighter against the sky's fill so lit faces stand out from shaded ones.
            SunColor = e.SunColor * new Vector3(1.3f, 1.17f, 1.0f),
            SkyZenith = new Vector3(0.12f, 0.28f, 0.72f),
            FogDensity = MathF.Min(e.FogDensity, 0.0003f),
        };
    }

    /// <summary>m the bare desert's view box stands above the sand: the camera then looks down over the crests (their
    /// shaded faces and lit ridges in rows to the skyline), where from among them the nearest dune hid the rest.</summary>
    private const float BareViewLift = 12;

    /// <param name="bare">Nothing is cast: the dunes run on under the establishing camera too (there is no band to
    /// keep level), so its view is dune crests from foreground to skyline, not a flat plain before them.</param>
    public static void Desert(SetDresser d, bool bare = false)
    {
        var edge = d.Zone.Back;
        // A dune sea: ridges across the view, each with a long gentle windward face towards the camera and a short
        // steep lee, growing from ripples near the action to 8-10 m crests far off; the sun shades their faces.
        var foot = edge - 3;
        var (p1, p2) = (d.Range(0, MathF.Tau), d.Range(0, MathF.Tau));
        float Dunes(float x, float z)
        {
            var s = bare ? foot - z + 300 : MathF.Max(0, foot - z);
            // Ridges run obliquely (~30° off the view's cross line), so an afternoon or morning sun lights one face
            // and shades the other: dunes square to the camera were lit evenly and read as flat sand.
            var u = (s + 0.55f * x) / 22 + 0.35f * MathF.Sin(0.035f * x + p1) + 0.15f * MathF.Sin(0.09f * x + p2);
            var f = u - MathF.Floor(u);
            var profile = f < 0.78f ? Terrain.Smooth(0, 0.78f, f) : Terrain.Smooth(1, 0.78f, f);
            return profile * MathF.Min(12, 2.5f + 0.12f * s) * Terrain.Smooth(0, 10, s);
        }
        // Bare, the crests run on to the mesas: seen from above them, a dune sea that stopped short left a flat strip.
        if (bare) Terrain.Land(d, "dunes", Dunes, (_, _) => Palette.Dune, d.Left - 60, d.Right + 60, foot - 300, foot + 260, 3, SetDresser.ChunkSize, 1);
        else Terrain.Heightfield(d, "dunes", Palette.Dune, Dunes, d.Left - 60, d.Right + 60, foot - 160, foot, 3);
        for (var i = 0; i < 5; i++)
            d.Lay("mesas", Landforms.Mesa, Matrix4x4.CreateScale(d.Range(40, 90), d.Range(25, 55), d.Range(40, 70)) * Matrix4x4.CreateTranslation(d.Zone.CentreX + d.Range(-300, 300), 0, edge - d.Range(170, 300))); // near enough that the air does not pale them away
        OnSlope(d, "cacti", [Plants.Saguaro], Dunes, 10, edge - 1, edge - 30, 0.7f, 1.3f, 0.6f);
        OnSlope(d, "rocks", Rocks.Red, Dunes, 16, edge - 0.5f, edge - 30, 0.4f, 1.8f, Rocks.Radius);
        OnSlope(d, "scrub", [Plants.DryTuft], Dunes, 50, edge - 0.3f, edge - 20, 1f, 2f, 0.1f);
        if (!bare) Ripples(d, foot); // bare, the dunes cover the flat sand they lie on
        // The view: the dune sea rising behind the sand, mesas on the skyline; bare, down over the crests from above them.
        d.Vista = bare
            ? new Vista(new(d.Zone.CentreX - 40, BareViewLift, edge - 120), new(d.Zone.CentreX + 40, BareViewLift + 14, edge - 40))
            : new Vista(new(d.Zone.CentreX - 30, 0, edge - 70), new(d.Zone.CentreX + 30, 10, edge - 3));
    }

    /// <summary>
    /// Wind ripples on the flat sand around the action: the shaded lee of each ripple as a thin band of darker sand,
    /// rows ~0.35–0.8 m apart, each row broken into lengths of 2–7 m that sway and end as real ripples do (a ruled
    /// line across the whole set read as floorboards), from the dunes' foot to the camera's side. Flat (4 mm up), so
    /// they may lie under the action.
    /// </summary>
    private static void Ripples(SetDresser d, float foot)
    {
        var k = d.Layer("ripples", d.Zone.CentreX);
        var (x0, x1) = (d.Zone.CentreX - 35, d.Zone.CentreX + 55);
        for (var z = foot; z < d.Zone.Front + 14; z += d.Range(0.35f, 0.8f))
            for (var x = x0 + d.Range(0, 3); x < x1;)
            {
                var length = d.Range(2, 7);
                var (a, b, c, z0) = (d.Range(0, MathF.Tau), d.Range(0, MathF.Tau), d.Range(0.08f, 0.2f), z + d.Range(-0.1f, 0.1f));
                Landforms.Ribbon(k, RippleShade, u => z0 + c * MathF.Sin(0.5f * u + a) + 0.05f * MathF.Sin(1.6f * u + b), x, x + length, 0.06f, 0.004f, 0.7f);
                x += length + d.Range(0.3f, 2f);
            }
    }

    /// <summary>Sand in a ripple's lee: a shade darker than the dune gold the desert's floor is (FamilyLook).</summary>
    private static readonly Material RippleShade = Paints.Srgb(192, 148, 94, 0.95f, 0, "rippleshade");

    private static readonly Material WetSand = Paints.Srgb(150, 122, 88, 0.35f, 0, "wetsand");
    private static readonly Material Foam = Paints.Srgb(242, 246, 246, 0.6f, 0, "foam");

    private static readonly Kit SnowDrift = MakeDrift();

    private static readonly Kit SnowHollow = MakeHollow();

    private static Kit MakeHollow()
    {
        var k = new Kit();
        k.Paint(SnowShade).Ellipsoid(Vector3.Zero, new Vector3(1, 0.004f, 1), 0, 0, 12, 2);
        return k;
    }

    private static Kit MakeDrift()
    {
        var k = new Kit();
        k.Paint(Palette.SnowCover).Ellipsoid(Vector3.Zero, new Vector3(1, 0.3f, 0.5f), 0, 0, 10, 5);
        return k;
    }
}
