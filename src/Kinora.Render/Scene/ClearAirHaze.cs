namespace Kinora.Render.Scene;

/// <summary>
/// Aerial perspective even in clear air, per metre, added to the environment's fog. In a set whose land ends at
/// 60 m, 60 m of ground loses ~15 % contrast. Where the land runs farther (a skyline, a range of peaks, a tower framed
/// from 200 m) the haze thins with the square root of the reach, so far things keep their depth without washing out:
/// at 0.0027/m a landmark 150 m away was a pale ghost, and ranges 1 km off were 93 % haze. Once per frame, not per
/// fragment: it depends on the environment only.
/// </summary>
public static class ClearAirHaze
{
    private const float Density = 0.0027f, Reach = 60;

    /// <param name="landReach">m; where the land dissolves (the environment's LandReach, else its ground's half size).</param>
    public static float At(float landReach) => Density * MathF.Sqrt(MathF.Min(1, Reach / MathF.Max(landReach, 1)));
}
