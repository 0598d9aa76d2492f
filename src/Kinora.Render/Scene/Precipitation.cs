using System.Numerics;
using Kinora.Compose;

namespace Kinora.Render.Scene;

/// <summary>
/// Rain and snow from the plan's weather. The renderer only states what falls, how much, when and with which
/// seed; the backend places every particle from a hash of the seed and its index (no per-frame state), so frame
/// N looks the same whether it is rendered first or after frame N − 1, and frame ranges render independently.
/// </summary>
public static class Precipitation
{
    public const int None = 0, Rain = 1, Snow = 2;

    /// <summary>Drops or flakes in the volume around the camera (~12 m across): a steady shower, a downpour.</summary>
    public const int RainCount = 5000, StormCount = 9000, SnowCount = 7000;

    public static (int Kind, int Count) Of(World world)
    {
        if (NightSky.IsIndoor(world)) return (None, 0);
        return world.Plan.World.Weather?.Trim().ToLowerInvariant() switch
        {
            "rain" or "rainy" or "drizzle" or "shower" => (Rain, RainCount),
            "storm" or "stormy" or "downpour" or "thunderstorm" => (Rain, StormCount),
            "snow" or "snowy" or "snowing" or "blizzard" => (Snow, SnowCount),
            _ => (None, 0),
        };
    }

    /// <summary>The <see cref="Backend.FrameConstants.Weather"/> vector without its time (z = 0): work it out once
    /// per world, then set z per frame with <see cref="At"/>.</summary>
    public static Vector4 Constants(World world)
    {
        var (kind, count) = Of(world);
        return new Vector4(kind, Particles.StartsFromPicture(world) ? -count : count, 0, (float)(Math.Abs(world.Plan.Seed) % 65521));
    }

    /// <summary><paramref name="constants"/> at a frame: z becomes the frame's time in seconds, and a picture's
    /// video starts without rain (see <see cref="Particles.At"/>).</summary>
    public static Vector4 At(Vector4 constants, int frame, int fps) => Particles.At(constants, frame, fps);
}
