using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Sets;

/// <summary>
/// The land of a mountain set, as heights about the path the action is on (y = 0): a ledge behind the action, then
/// the land rolls over its brow and falls away into a valley <see cref="Floor"/> m below; across the valley a range
/// rises to 5–70 m above the path (~260 m off), and a higher, snowier range stands behind it (~540 m off). To the
/// left the mountain itself climbs on. From a camera at head height the brow hides the valley floor, so the far
/// ranges stand up from behind it with their peaks above the horizon, paled by the air with distance, and the tops
/// of conifers growing down the fall show over the brow: what says "high on a mountain" in a photograph. Before,
/// the slope climbed from just behind the action and filled the frame like a lawn.
/// Heights are seeded by <see cref="SetDresser.Range"/> phases; everything is a pure function of them.
/// </summary>
public sealed class Highland
{
    /// <summary>m; the valley floor below the path.</summary>
    public const float Floor = -160;
    /// <summary>m behind the ledge's foot where the two ranges' crests run (on average).</summary>
    public const float NearCrest = 260, FarCrest = 540;
    /// <summary>m of the fall (from the foot) over which it steepens from the ledge's tilt to a cliff and reaches the floor.</summary>
    private const float FallStart = 6, FallEnd = 150;

    private readonly float _foot, _centreX;
    private readonly float[] _p;
    private readonly Places.Nature.RidgedNoise _noise;

    /// <param name="foot">z where the ledge ends and the land starts to fall (behind the action).</param>
    public Highland(SetDresser d, float foot)
    {
        _foot = foot;
        _centreX = d.Zone.CentreX;
        _p = new float[8];
        for (var i = 0; i < _p.Length; i++) _p[i] = d.Range(0, MathF.Tau);
        _noise = new Places.Nature.RidgedNoise((uint)(_p[0] * 1e5f));
    }

    /// <summary>m behind the foot of the ledge.</summary>
    public float Behind(float z) => _foot - z;

    public float Height(float x, float z)
    {
        var s = MathF.Max(0, _foot - z);
        var p = _p;
        // The fall: the ledge tilts a little (6 %), then rolls over within ~15 m and steepens to ~60° half-way down, so
        // conifers 15–40 m down show only their tops over the brow.
        var fall = -0.06f * s + Floor * Terrain.Smooth(FallStart, FallEnd, s);
        // Knolls and hollows on the ledge and the upper fall, so it is ground, not a ramp.
        fall += (1.1f * MathF.Sin(0.09f * x + p[0]) + 0.7f * MathF.Sin(0.21f * x + 0.13f * s + p[1])) * Terrain.Smooth(3, 25, s);
        // To the left (−X, where a three-quarter view looks) the mountain itself climbs on above the path.
        var climb = MathF.Min(60, 0.45f * MathF.Max(0, _centreX - 40 - x)) * Terrain.Smooth(0, 20, s);
        var valley = Floor + 5 * MathF.Sin(0.013f * x + p[2]);
        // The ranges: ridges along X whose crest heights rise and fall into peaks, flanks ~45°, cut by gullies.
        // Ridged noise on both ranges: sharp crests, spurs and gullies down their flanks, detail gathered on the
        // crests (sines alone gave smooth regular humps, flat grey polygons from afar).
        var near = NearPeaks(x) - 1.05f * MathF.Abs(s - (NearCrest + 35 * MathF.Sin(0.005f * x + p[3])))
                   - 5 * MathF.Abs(MathF.Sin(0.045f * x + 0.02f * s + p[4])) + 22 * (_noise.Ridged(x / 70, s / 70, 4) - 0.35f);
        var far = FarPeaks(x) - 0.9f * MathF.Abs(s - (FarCrest + 50 * MathF.Sin(0.004f * x + p[5])))
                  + 45 * (_noise.Ridged(x / 110 + 40, s / 110, 5) - 0.35f);
        return MathF.Max(MathF.Max(fall + climb, valley), MathF.Max(near, far));
    }

    /// <summary>The peaks behind the action (<see cref="SetDresser.Backdrop"/>): the near range's crest across the
    /// middle of the view, from the valley's floor to its highest point there.</summary>
    public Vista Backdrop()
    {
        var (x0, x1) = (_centreX - 120, _centreX + 120);
        var top = 0f;
        for (var x = x0; x <= x1; x += 4)
            for (var s = NearCrest - 60; s <= NearCrest + 60; s += 4)
                top = MathF.Max(top, Height(x, _foot - s));
        return new Vista(new(x0, 0, _foot - NearCrest - 60), new(x1, top, _foot - NearCrest + 60));
    }

    /// <summary>Crest height of the near range: 5–70 m above the path.</summary>
    private float NearPeaks(float x) =>
        8 + 34 * Sq(0.5f + 0.5f * MathF.Sin(0.011f * x + _p[0])) + 24 * Cube(0.5f + 0.5f * MathF.Sin(0.029f * x + _p[6]))
        + 4 * MathF.Sin(0.083f * x + _p[7]);

    /// <summary>Crest height of the far range: 55–140 m.</summary>
    private float FarPeaks(float x) =>
        55 + 55 * Sq(0.5f + 0.5f * MathF.Sin(0.0065f * x + _p[4])) + 30 * Cube(0.5f + 0.5f * MathF.Sin(0.017f * x + _p[1]));

    /// <summary>m; snow lies on faces gentler than a cliff above this height (a ragged line, not a ruled one).</summary>
    public float SnowLine(float x, bool winter) => winter ? Floor + 25 + 10 * MathF.Sin(0.03f * x + _p[2]) : 14 + 9 * MathF.Sin(0.021f * x + _p[5]);

    /// <summary>The surface of the land at <paramref name="at"/> whose normal's up component is <paramref name="up"/>:
    /// snow above the snow line, bare rock on cliffs, dark forest on the lower slopes, alpine turf between.</summary>
    public Material Surface(Vector3 at, float up, bool winter)
    {
        var snowLine = SnowLine(at.X, winter);
        // In winter snow lies on all but the steepest faces, which stay dark rock: a range all white vanished into the
        // pale winter haze.
        if (at.Y > snowLine && up > (winter ? 0.7f : 0.55f)) return Palette.SnowCover;
        if (up < Terrain.SteepUp) return Palette.MountainRock;
        if (at.Y < Floor + 70) return winter ? SnowForest : Forest;
        return winter ? Palette.SnowCover : Palette.Hillside;
    }

    /// <summary>Conifer forest seen from afar: the dark green of massed crowns (with snow between them in winter).</summary>
    private static readonly Material Forest = Paints.Srgb(44, 68, 44, 0.95f, 0, "forestcover");
    private static readonly Material SnowForest = Paints.Srgb(120, 135, 140, 0.9f, 0, "snowforest");

    private static float Sq(float v) => v * v;
    private static float Cube(float v) => v * v * v;
}
