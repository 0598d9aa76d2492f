using System.Numerics;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Nature;

/// <summary>
/// The land of a canyon, as heights about the rim the action stands on (y = 0): a main canyon <see cref="Depth"/> m
/// deep that opens a few metres behind the action and twists away from the viewer, two side canyons branching off
/// it, and round them either a level plateau (a desert canyon) or ridged snow peaks climbing 150–600 m above the
/// rim (a mountain canyon). Across a canyon the land falls from the rim to its floor along a profile: stepped in
/// cliffs and benches in desert rock (the Grand Canyon's strata), a steep V cut in mountain rock. The main canyon
/// runs away along the establishing camera's line of sight (20° to the right of +Z: <see cref="Lean"/>), so a view
/// from above its head looks down its length before it bends out of sight. A pure function of the seeded phases.
/// </summary>
public sealed class CanyonLand
{
    /// <summary>m from the rim down to the main canyon's floor.</summary>
    public const float Depth = 300;
    /// <summary>m of x the main canyon's line moves towards −X per metre it runs away: tan 20°, the view's azimuth.</summary>
    private const float Lean = 0.36f;
    /// <summary>m behind the action where the canyon's head starts to fall, and where it reaches its full depth.</summary>
    private const float HeadStart = 8, HeadEnd = 160;
    /// <summary>m behind the action where the side canyons leave the main one.</summary>
    private const float BranchRight = 520, BranchLeft = 900;

    private readonly float _back, _centreX;
    private readonly float[] _p = new float[6];
    private readonly RidgedNoise _noise;

    public bool Snowy { get; }

    public CanyonLand(SetDresser d, bool snowy)
    {
        Snowy = snowy;
        _back = d.Zone.Back;
        _centreX = d.Zone.CentreX;
        for (var i = 0; i < _p.Length; i++) _p[i] = d.Range(0, MathF.Tau);
        _noise = new RidgedNoise((uint)d.Range(0, 1e6f));
        // Buttes standing free inside a desert canyon (the Grand Canyon's "temples"), left or right of the river.
        _buttes = new (float, float, float, float)[snowy ? 0 : 7];
        for (var i = 0; i < _buttes.Length; i++)
        {
            var s = 380 + i * 300 + d.Range(-60, 60);
            var side = i % 2 == 0 ? 1 : -1;
            _buttes[i] = (MainX(s) + side * d.Range(0.4f, 0.6f) * MainHalfWidth(s), s, d.Range(70, 130), -d.Range(25, 90));
        }
    }

    private readonly (float X, float S, float Radius, float Top)[] _buttes;

    /// <summary>m behind the action band.</summary>
    public float Behind(float z) => _back - z;

    /// <summary>x of the main canyon's middle <paramref name="s"/> m behind the action: straight along the view near
    /// the head, then swinging in bends 300–700 m long.</summary>
    public float MainX(float s)
    {
        var bends = 80 * MathF.Sin(0.0045f * s + _p[0]) + 25 * MathF.Sin(0.013f * s + _p[1]);
        var start = 80 * MathF.Sin(_p[0]) + 25 * MathF.Sin(_p[1]);
        return _centreX - 30 - Lean * s + (bends - start) * Terrain.Smooth(250, 900, s);
    }

    /// <summary>m; the main canyon's half width at the rim, widening with distance so its floor still shows far off: a
    /// mountain gorge is about as wide as deep, a desert canyon several times (the Grand Canyon ten times).</summary>
    private float MainHalfWidth(float s) => Snowy ? 150 + 0.1f * s : 320 + 0.15f * s;

    /// <summary>m; a side canyon's half width at the rim, <paramref name="t"/> m from where it leaves the main one.</summary>
    private float SideHalfWidth(float t) => Snowy ? 90 + 0.05f * t : 170 + 0.08f * t;

    /// <summary>m below the rim of the main canyon's floor at <paramref name="s"/>: 0 before its head.</summary>
    public static float FloorDepth(float s) => Depth * Terrain.Smooth(HeadStart, HeadEnd, s);

    /// <summary>The land round the canyons: a plateau with low swells, or peaks rising from the rim with distance.</summary>
    public float Upland(float x, float z)
    {
        var s = _back - z;
        if (!Snowy) return 1.5f * _noise.Gradient(x / 90, z / 90) * Terrain.Smooth(20, 80, s);
        // Peaks grow with distance: gentle snowy swells round the canyon's head, sharp-crested ranges 1–3 km off.
        var ridges = _noise.Ridged(x / 650, z / 650, 6);
        var massif = 0.5f + 0.5f * MathF.Sin(0.0021f * x + _p[2]) * MathF.Sin(0.0017f * s + _p[3]);
        return Terrain.Smooth(40, 1400, s) * (30 + 420 * ridges * (0.55f + 0.45f * massif));
    }

    public float Height(float x, float z)
    {
        var s = _back - z;
        var up = Upland(x, z);
        if (s < HeadStart) return MathF.Max(0, up);
        // Ragged walls: the distance to a canyon's middle wavers with rock noise, so spurs jut and gullies bite.
        var rough = 32 * _noise.Gradient(x / 80, z / 80) + 6 * _noise.Gradient(x / 23, z / 23);
        var h = Cut(up, MathF.Abs(x - MainX(s)) + rough, MainHalfWidth(s), FloorDepth(s));
        if (s > BranchRight)
        {
            var t = s - BranchRight;
            var x2 = MainX(s) + 0.9f * t + 35 * MathF.Sin(0.009f * t + _p[4]);
            h = MathF.Min(h, Cut(up, MathF.Abs(x - x2) + rough, SideHalfWidth(t), FloorDepth(s) * 0.8f * Terrain.Smooth(0, 200, t)));
        }
        if (s > BranchLeft)
        {
            var t = s - BranchLeft;
            var x3 = MainX(s) - 1.1f * t + 30 * MathF.Sin(0.011f * t + _p[5]);
            h = MathF.Min(h, Cut(up, MathF.Abs(x - x3) + rough, SideHalfWidth(t), FloorDepth(s) * 0.75f * Terrain.Smooth(0, 200, t)));
        }
        foreach (var (bx, bs, radius, top) in _buttes)
        {
            var r = MathF.Sqrt((x - bx) * (x - bx) + (s - bs) * (s - bs)) + 0.5f * rough;
            if (r >= radius) continue;
            var floor = -FloorDepth(s);
            h = MathF.Max(h, floor + (top - floor) * Strata(MathF.Min(1, 1.6f * (1 - r / radius))));
        }
        return h;
    }

    /// <summary>Height across a canyon <paramref name="w"/> m from its middle: the floor (a river's width), then the
    /// walls up to the land round it at the rim, <paramref name="half"/> m out.</summary>
    private float Cut(float upland, float w, float half, float depth)
    {
        const float HalfFloor = 14;
        if (w >= half) return upland;
        var t = MathF.Max(0, (w - HalfFloor) / (half - HalfFloor));
        return -depth + (upland + depth) * (Snowy ? Gorge(t) : Strata(t));
    }

    /// <summary>A mountain gorge: steep from the floor, easing near the top.</summary>
    private static float Gorge(float t) => 1 - MathF.Pow(1 - t, 1.7f);

    /// <summary>A desert canyon's walls: five steps, each a sheer cliff above a sloping bench of scree, the rim's
    /// cliff the tallest (hard caprock over soft beds erode like this).</summary>
    private static float Strata(float t)
    {
        const int Steps = 5;
        var u = MathF.Pow(t, 0.8f) * Steps;
        var k = MathF.Floor(u);
        var rise = Terrain.Smooth(0.45f, 0.8f, u - k);
        var bench = 0.25f * (u - k);
        return MathF.Min(1, (k + 0.75f * rise + bench) / Steps);
    }

    /// <summary>Roughly −1…1 rock noise for surfaces (where snow gives way to rock, which strata band shows).</summary>
    public float Mottle(float x, float z) => 1.4f * _noise.Gradient(x / 40, z / 40);
}
