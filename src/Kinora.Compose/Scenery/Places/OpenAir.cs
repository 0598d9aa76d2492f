namespace Kinora.Compose.Scenery.Places;

/// <summary>
/// The air of a place whose landmark is seen across its grounds (a palace, a stand across a pitch, a Ferris wheel
/// over the stalls, a tower on its square). The landmark stands 20–90 m back and its establishing shot frames it from
/// as far again, but a family's ground dissolves into the horizon haze from half its 60 m half-size on (as seen from
/// the camera), and a street's smog thickens by 0.4 % a metre: the landmark then fades to white. The ground runs on
/// to <see cref="Reach"/> and the smog thins to a clear day's. (<see cref="Dressing"/> also widens any set by its
/// vista's size; these places ask for more, to set their far tree lines and skylines back.)
/// </summary>
public static class OpenAir
{
    /// <summary>m; half-size of the ground square: the edge fade starts beyond the far trees of the largest set.</summary>
    public const float Reach = 320;

    /// <summary>Per metre: a light haze, enough to set the far tree line back from the landmark.</summary>
    public const float Haze = 0.0012f;

    public static WorldEnvironment Wide(WorldEnvironment e) => Over(e, Reach, Haze);

    /// <summary>The ground out to <paramref name="reach"/> m and the family's haze no thicker than <paramref name="haze"/>.</summary>
    public static WorldEnvironment Over(WorldEnvironment e, float reach, float haze) =>
        e with { GroundHalfSize = MathF.Max(e.GroundHalfSize, reach), FogDensity = MathF.Min(e.FogDensity, haze) };
}
