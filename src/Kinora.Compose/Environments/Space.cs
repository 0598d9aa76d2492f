using System.Numerics;
using Kinora.Plan;

namespace Kinora.Compose.Environments;

/// <summary>
/// Open space in low Earth orbit ("an astronaut flying in space"): no air, so the sky is black at every hour and the
/// stars show beside a sun at full strength (the solar constant outside the atmosphere is ~1361 W/m², about 1.3 times
/// a clear noon at sea level, and white, not yellowed by air); no haze at any distance, no ground (the planet below is
/// scenery, <see cref="Scenery.Places.Space.EarthGlobe"/>), and no weight. Shadows are black but for the blue
/// earthshine from below (the Earth's albedo ~0.3 fills the side turned to it), which stands in the sky's place.
/// </summary>
public static class Space
{
    public const string Setting = "space";

    public static bool Is(WorldSpec world) => string.Equals(world.Setting?.Trim(), Setting, StringComparison.OrdinalIgnoreCase)
        || string.Equals(world.Setting?.Trim(), "outer space", StringComparison.OrdinalIgnoreCase);

    /// <summary>m: far enough that the renderer's edge fade (from half this distance on) never touches what stands
    /// within the camera's 1000 m far plane: a globe or a skyline that far stays clear of haze.</summary>
    public const float Reach = 2500;

    public static WorldEnvironment Build(WorldSpec world) => new()
    {
        Ground = MaterialLibrary.Get(world.Ground),
        GroundHalfSize = 1,
        LandReach = Reach,
        // From the upper left and a little in front, so the suit is lit on the camera's side and its shadow falls away.
        SunDirection = Vector3.Normalize(new Vector3(-0.55f, 0.6f, 0.55f)),
        SunColor = new Vector3(1.25f, 1.22f, 1.18f),
        // The "sky" only lights the shadows: black above, the Earth's blue glow at and under the horizon.
        SkyZenith = new Vector3(0.002f, 0.002f, 0.004f),
        SkyHorizon = new Vector3(0.012f, 0.018f, 0.03f),
        FogDensity = 0,
        Gravity = Vector3.Zero,
    };
}
