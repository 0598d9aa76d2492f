namespace Kinora.Compose.Scenery.Places.Landmarks;

/// <summary>
/// The air of a landmark seen across its grounds. A landmark stands 20–50 m back and its establishing shot frames it
/// from as far again, but a family's ground dissolves into the horizon haze from half its 60 m half-size on (as seen
/// from the camera), and a street's smog thickens by 0.4 % a metre: a palace or a crane then fades to white. The
/// ground runs on to <see cref="Reach"/> and the smog thins to a clear day's.
/// </summary>
internal static class OpenAir
{
    /// <summary>m; half-size of the ground square: the edge fade starts beyond the far trees of the largest set.</summary>
    public const float Reach = 320;

    /// <summary>Per metre: a light haze, enough to set the far tree line back from the landmark.</summary>
    public const float Haze = 0.0012f;

    public static WorldEnvironment Wide(WorldEnvironment e) =>
        e with { GroundHalfSize = MathF.Max(e.GroundHalfSize, Reach), FogDensity = MathF.Min(e.FogDensity, Haze) };
}
