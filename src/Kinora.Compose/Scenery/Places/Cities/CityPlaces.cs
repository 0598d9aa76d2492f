using Kinora.Compose.Environments;

namespace Kinora.Compose.Scenery.Places.Cities;

/// <summary>The places of this group (famous city views: a river quay under a landmark tower, a café terrace on a street that runs to it, a
/// waterfront skyline, Times Square's walls of screens).</summary>
public static class CityPlaces
{
    public static readonly Place[] All =
    [
        new(["seine", "seine river", "river seine", "eiffel tower", "eiffel", "paris quay", "quai"], SettingFamily.Harbour, SeineQuay.Dress) { Ground = "water", Air = ClearView },
        new(["paris", "paris cafe", "parisian cafe", "cafe in paris", "paris café", "café in paris", "paris street", "parisian street", "street in paris"], SettingFamily.CityStreet, ParisCafe.Dress) { Ground = "concrete", Air = ClearView },
        new(["times square", "time square", "new york times square", "nyc times square", "broadway"], SettingFamily.CityStreet, TimesSquare.Dress) { Ground = "asphalt", Air = OpenAir.Wide },
        new(["bund", "the bund", "huangpu", "lujiazui", "pudong", "shanghai", "shanghai skyline", "shanghai waterfront"], SettingFamily.Harbour, BundPromenade.Dress) { Ground = "water", Air = FarView },
    ];

    /// <summary>
    /// A city view's landmark stands 600 m off (the tower over the Seine, the skyline across the Huangpu): the land runs
    /// to it before the edge haze takes it (the fade starts at half the reach), and the air is a city's light haze, ~10 km visibility (Koschmieder: 3.9 / 10 km
    /// ≈ 0.0004 per metre: a landmark at 600 m a little veiled), not the harbour family's sea mist, which hid it.
    /// </summary>
    private static WorldEnvironment FarView(WorldEnvironment env) => env with { LandReach = Environments.Space.Reach, FogDensity = MathF.Min(env.FogDensity, 0.0004f) };

    /// <summary>
    /// Paris's views hold a lattice tower 450–600 m off whose members are a pixel or two wide: even a light city haze
    /// blends them into the sky. A clear day (visibility ~25 km, 3.9 / 25 km ≈ 0.00016 per metre) keeps ~90 % of its
    /// contrast at 600 m.
    /// </summary>
    private static WorldEnvironment ClearView(WorldEnvironment env) => env with { LandReach = Environments.Space.Reach, FogDensity = MathF.Min(env.FogDensity, 0.00016f) };
}
