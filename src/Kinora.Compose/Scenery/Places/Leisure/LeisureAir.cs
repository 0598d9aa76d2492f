namespace Kinora.Compose.Scenery.Places.Leisure;

/// <summary>
/// The air over a sports ground or a fairground: its landmark stands 20–90 m back (a stand across a pitch, a
/// scoreboard beyond the outfield, a Ferris wheel over the stalls) and the empty view frames it from as far
/// again, but a family's ground fades into the horizon haze from half its 60 m half-size on, which left stands and
/// wheels a pale ghost. The ground runs on to <see cref="Reach"/> and the air is a clear day's.
/// </summary>
internal static class LeisureAir
{
    /// <summary>m; half-size of the ground square, past the farthest stand of the largest ground.</summary>
    public const float Reach = 320;

    /// <summary>Per metre: a light haze that still sets the far tree line back.</summary>
    public const float Haze = 0.0012f;

    /// <summary>A camp's wood: thinner than a forest's deep-wood air (0.01 a metre hid tents 15 m off), still misty.</summary>
    public const float WoodHaze = 0.004f;

    public static WorldEnvironment Open(WorldEnvironment e) =>
        e with { GroundHalfSize = MathF.Max(e.GroundHalfSize, Reach), FogDensity = MathF.Min(e.FogDensity, Haze) };

    public static WorldEnvironment Clearing(WorldEnvironment e) => e with { FogDensity = MathF.Min(e.FogDensity, WoodHaze) };
}
