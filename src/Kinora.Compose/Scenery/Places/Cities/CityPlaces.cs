using Kinora.Compose.Environments;

namespace Kinora.Compose.Scenery.Places.Cities;

/// <summary>The places of this group (famous city views: a river quay under a landmark tower, a waterfront skyline).</summary>
public static class CityPlaces
{
    public static readonly Place[] All =
    [
        new(["seine", "seine river", "river seine", "eiffel tower", "eiffel", "paris quay", "quai"], SettingFamily.Harbour, SeineQuay.Dress) { Ground = "water", Air = FarView },
        new(["bund", "the bund", "huangpu", "lujiazui", "pudong", "shanghai", "shanghai skyline", "shanghai waterfront"], SettingFamily.Harbour, BundPromenade.Dress) { Ground = "water", Air = FarView },
    ];

    /// <summary>
    /// A city view's landmark stands 600 m off (the tower over the Seine, the skyline across the Huangpu): the land runs
    /// to it before the edge haze takes it (the fade starts at half the reach), and the air is a city's light haze, ~10 km visibility (Koschmieder: 3.9 / 10 km
    /// ≈ 0.0004 per metre: a landmark at 600 m a little veiled), not the harbour family's sea mist, which hid it.
    /// </summary>
    private static WorldEnvironment FarView(WorldEnvironment env) => env with { LandReach = Environments.Space.Reach, FogDensity = MathF.Min(env.FogDensity, 0.0004f) };
}
