using System.Numerics;
using Kinora.Plan;

namespace Kinora.Compose.Environments;

/// <summary>
/// Sky, sun and ground from the plan's world, dressed by its setting's family (<see cref="FamilyLook"/>: the air
/// of a desert or a forest outdoors, walls and ceiling indoors). The sun follows a simple diurnal arc: it rises in
/// the east (+X) at 06:00, culminates at 70° at noon, sets in the west at 18:00, and always sits a little in front
/// of the scene (+Z, the camera's side) so subjects are lit and their shadows fall away from the viewer. Colours are
/// linear RGB chosen to match photographs of clear, golden-hour and night skies; the physical sky model is the
/// renderer's.
/// </summary>
public static class EnvironmentBuilder
{
    /// <summary>Share of the open-air sun that lights a room by day (the rest is stopped by walls and glass).</summary>
    private const float RoomDaylight = 0.6f;

    /// <summary>Sun elevation, radians, at local solar time <paramref name="hour"/> (negative at night).</summary>
    public static float SunElevation(double hour) => MathF.Sin(MathF.PI * (float)(hour - 6) / 12) * 70f * MathF.PI / 180f;

    /// <summary>Dark enough for lamps, lit windows and headlights: the sun under about 3° (civil dusk onwards), or a
    /// storm's gloom in the last hour before that.</summary>
    public static bool IsDark(WorldSpec world)
    {
        var elevation = SunElevation(world.TimeOfDay);
        return elevation < 0.05f || (world.Weather is "storm" && elevation < 0.25f);
    }

    public static WorldEnvironment Build(WorldSpec world)
    {
        if (Underwater.Is(world)) return Underwater.Build(world);
        if (Space.Is(world)) return Space.Build(world);
        var hourAngle = MathF.PI * (float)(world.TimeOfDay - 6) / 12; // 0 at sunrise, π at sunset
        var elevation = SunElevation(world.TimeOfDay);
        var night = elevation < 0;
        // At night the moon stands in for the sun, opposite in the sky and much dimmer.
        var lightElevation = night ? MathF.Max(-elevation, 0.35f) : MathF.Max(elevation, 0.05f);
        var horizontal = Vector3.Normalize(new Vector3(MathF.Cos(hourAngle) * (night ? -1 : 1), 0, 0.6f));
        var sunDir = Vector3.Normalize(horizontal * MathF.Cos(lightElevation) + Vector3.UnitY * MathF.Sin(lightElevation));

        var daylight = Smoothstep(-0.1f, 0.6f, elevation);          // 0 at night, 1 by ~35°
        var warm = 1 - Smoothstep(0.05f, 0.5f, elevation);           // golden hour near the horizon
        var sunColor = Vector3.Lerp(new Vector3(1.0f, 0.95f, 0.88f), new Vector3(1.0f, 0.55f, 0.28f), warm) * (0.15f + 0.85f * daylight);
        if (night) sunColor = new Vector3(0.05f, 0.06f, 0.09f);

        var zenith = Vector3.Lerp(new Vector3(0.004f, 0.006f, 0.02f), new Vector3(0.12f, 0.3f, 0.75f), daylight);
        var horizon = Vector3.Lerp(new Vector3(0.01f, 0.015f, 0.03f), new Vector3(0.55f, 0.7f, 0.9f), daylight);
        // Near sunrise and sunset the horizon glows orange and the zenith deepens, until the sun is well below.
        var glow = warm * Smoothstep(-0.2f, 0.02f, elevation);
        horizon = Vector3.Lerp(horizon, new Vector3(1.0f, 0.5f, 0.22f) * MathF.Max(daylight, 0.3f), glow * 0.75f);
        zenith = Vector3.Lerp(zenith, new Vector3(0.08f, 0.12f, 0.35f) * MathF.Max(daylight, 0.3f), glow * 0.5f);

        var family = SettingFamilies.Of(world.Setting, world.Indoor, world.Ground);
        var look = FamilyLook.For(family);
        var fog = look.Haze;
        if (look.Wall is { } wall)
        {
            // A room: walls and ceiling instead of sky, lit by the window by day and by lamps after dark.
            var light = 0.8f * MathF.Max(daylight, 0.55f);
            horizon = wall * light;
            zenith = (look.Ceiling ?? wall) * light;
            if (night) sunColor = new Vector3(1.0f, 0.85f, 0.65f) * 0.45f;
            // By day a room gets the sun through its windows, not the open sky's full beam: pale floors and walls
            // otherwise burn out to white.
            else sunColor *= RoomDaylight;
            // A room is indoors whatever the plan's flag said: no rain, stars or moon under its ceiling.
            return Finish(world, sunDir, sunColor, zenith, horizon, fog, look.GroundHalfSize, indoor: true);
        }
        // Open air: the family's air (desert dust, forest green, snow glare) in daylight, the sunset glow kept.
        var tint = daylight * (1 - glow);
        if (look.Horizon is { } h) horizon = Vector3.Lerp(horizon, h, tint);
        if (look.Zenith is { } z) zenith = Vector3.Lerp(zenith, z, tint);

        switch (world.Weather)
        {
            case "overcast" or "cloudy" or "rain" or "storm":
                sunColor *= 0.3f;
                zenith = Vector3.Lerp(zenith, new Vector3(0.35f, 0.37f, 0.4f) * daylight, 0.8f);
                horizon = Vector3.Lerp(horizon, new Vector3(0.5f, 0.52f, 0.55f) * daylight, 0.8f);
                fog = MathF.Max(fog, 0.01f);
                break;
            case "fog" or "mist":
                sunColor *= 0.4f;
                fog = 0.06f;
                break;
        }
        var env = Finish(world, sunDir, sunColor, zenith, horizon, fog, look.GroundHalfSize) with { LandReach = look.LandReach };
        // Sand takes the place's colour (the plan's "sand" is a beach's); a road or rock named in a desert keeps its own.
        return look.Sand is { } sand && env.Ground.Name == "sand" ? env with { Ground = env.Ground with { BaseColor = sand } } : env;
    }

    private static WorldEnvironment Finish(WorldSpec world, Vector3 sunDir, Vector3 sunColor, Vector3 zenith, Vector3 horizon, float fog, float groundHalfSize,
        bool indoor = false) => new()
    {
        Ground = MaterialLibrary.Get(world.Ground),
        GroundHalfSize = groundHalfSize,
        SunDirection = sunDir,
        SunColor = sunColor,
        SkyZenith = zenith,
        SkyHorizon = horizon,
        FogDensity = fog,
        Gravity = new Vector3(0, -(float)world.Gravity, 0),
        Indoor = world.Indoor || indoor,
    };

    private static float Smoothstep(float a, float b, float x)
    {
        var t = Math.Clamp((x - a) / (b - a), 0, 1);
        return t * t * (3 - 2 * t);
    }
}
