namespace Kinora.Compose.Scenery.Places.Town;

/// <summary>
/// The air over a town place framed from afar. A tower, an arch or a bridge is framed from 60–250 m off, but a
/// street family's ground dissolves into the horizon haze from half its 60 m half-size on and its smog thickens by
/// 0.4 % a metre, so the landmark faded to white. The ground runs on to <see cref="Reach"/> and the smog clears.
/// </summary>
internal static class TownAir
{
    /// <summary>m; half-size of the ground square.</summary>
    public const float Reach = 400;

    /// <summary>Per metre: none over the renderer's own clear-air haze (0.27 % a metre), which alone whitens a
    /// 65 m tower framed from 130 m by a third.</summary>
    public const float Haze = 0;

    public static WorldEnvironment Wide(WorldEnvironment e) => OpenAir.Over(e, Reach, Haze);
}
