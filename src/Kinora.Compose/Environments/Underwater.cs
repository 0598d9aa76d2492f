using System.Numerics;
using Kinora.Plan;

namespace Kinora.Compose.Environments;

/// <summary>
/// The sea seen from below ("fish swim in the ocean"): the camera is under the surface, so the "sky" is the bright
/// surface overhead fading to deep blue-green all round, thick blue-green water stands in for air (visibility of a
/// few tens of metres in clear coastal water), and the sun comes from nearly straight above, its red soaked up by
/// the water (water absorbs red light within a few metres: Pope and Fry 1997), over a sandy floor. Colours are
/// linear RGB picked from underwater photographs at 5–10 m depth.
/// </summary>
public static class Underwater
{
    public const string Setting = "underwater";

    /// <summary>Per metre: half the light is lost to the water's haze in about 8 m.</summary>
    private const float Murk = 0.085f;

    /// <summary>Settings that are under the water whatever else they name ("underwater coral reef", "sea floor").</summary>
    private static readonly string[] Words = [Setting, "coral reef", "reef", "seabed", "sea floor", "ocean floor", "under the sea", "undersea"];

    public static bool Is(WorldSpec world)
    {
        var setting = (world.Setting ?? "").Trim().ToLowerInvariant();
        foreach (var word in Words)
            if (SettingFamilies.ContainsWord(setting, word)) return true;
        return false;
    }

    public static WorldEnvironment Build(WorldSpec world)
    {
        var day = EnvironmentBuilder.SunElevation(world.TimeOfDay) > 0 ? 1f : 0.15f;
        return new WorldEnvironment
        {
            Ground = MaterialLibrary.Get(world.Ground),
            GroundHalfSize = 40,
            SunDirection = Vector3.Normalize(new Vector3(0.15f, 1, 0.3f)),
            SunColor = new Vector3(0.5f, 0.8f, 0.85f) * 0.9f * day,
            SkyZenith = new Vector3(0.3f, 0.7f, 0.75f) * day,
            SkyHorizon = new Vector3(0.02f, 0.17f, 0.24f) * day,
            FogDensity = Murk,
            Gravity = new Vector3(0, -(float)world.Gravity, 0),
        };
    }
}
