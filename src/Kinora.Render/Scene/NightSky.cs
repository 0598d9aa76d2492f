using Kinora.Compose;
using Kinora.Compose.Environments;

namespace Kinora.Render.Scene;

/// <summary>
/// What the night sky shows, from the plan's time of day and weather. The Compose environment turns its light
/// into the moon as soon as the sun is below the horizon (same diurnal arc: 70° at noon, rising at 06:00), so the
/// moon's disc appears then; stars come out through nautical twilight, between 2° and 10° below the horizon, as
/// the sky darkens. Cloud, rain, snow and fog hide both.
/// </summary>
public static class NightSky
{
    /// <summary>Noon elevation of the sun in the Compose environment's arc, degrees.</summary>
    private const float NoonElevationDegrees = 70f;

    public static float SunElevationDegrees(double timeOfDay) =>
        MathF.Sin(MathF.PI * (float)(timeOfDay - 6) / 12) * NoonElevationDegrees;

    public static bool IsClear(string? weather) => weather?.Trim().ToLowerInvariant() switch
    {
        "overcast" or "cloudy" or "rain" or "rainy" or "storm" or "snow" or "snowy" or "fog" or "foggy" or "mist" => false,
        _ => true,
    };

    /// <summary>0 by day or under cloud, 1 under a clear dark sky.</summary>
    public static float Stars(World world)
    {
        if (Space.Is(world.Plan.World)) return 1; // no air: the stars shine beside the sun
        if (IsIndoor(world) || !IsClear(world.Plan.World.Weather)) return 0;
        var elevation = SunElevationDegrees(world.Plan.World.TimeOfDay);
        var t = Math.Clamp((-2f - elevation) / 8f, 0f, 1f);
        return t * t * (3 - 2 * t);
    }

    /// <summary>True when the environment's light is the moon and its disc can be seen.</summary>
    public static bool MoonVisible(World world) =>
        !IsIndoor(world) && IsClear(world.Plan.World.Weather) && SunElevationDegrees(world.Plan.World.TimeOfDay) < 0;

    /// <summary>Under a roof: the plan says so, or Compose built walls and a ceiling instead of a sky.</summary>
    public static bool IsIndoor(World world) => world.Plan.World.Indoor || world.Environment.Indoor;
}
