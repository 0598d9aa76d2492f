using System.Numerics;
using Kinora.Compose;

namespace Kinora.Render.Scene;

/// <summary>
/// The wind over the ground from the plan's weather ("a windy day" plans as weather "wind"): a light breeze on a
/// clear day, stronger in rain and snow, a gale in a storm or a windy scene, still air indoors and in fog. Its way
/// is a hash of the seed within 40° of across the world's x axis (where a camera looking along z sees smoke lean
/// rather than come at it). Smoke leans and drifts with it, petals, leaves and snow blow along it.
/// </summary>
public static class Wind
{
    /// <summary>Wind velocity over the ground, m/s, as (x, z).</summary>
    public static Vector2 Of(World world)
    {
        if (world.Plan.World.Indoor || world.Environment.Indoor) return Vector2.Zero;
        var speed = world.Plan.World.Weather?.Trim().ToLowerInvariant() switch
        {
            "wind" => 4.5f,
            "storm" => 6f,
            "rain" or "snow" => 1.5f,
            "fog" => 0.25f,
            _ => 0.8f,
        };
        var h = (uint)(world.Plan.Seed * 2654435761L) ^ 0x5bd1e995u;
        h ^= h >> 15; h *= 0x2c1b3c6du; h ^= h >> 12;
        var angle = ((h & 0xffff) / 65535f - 0.5f) * 2f * (40f * MathF.PI / 180f) + ((h >> 16 & 1) == 0 ? 0 : MathF.PI);
        return new Vector2(MathF.Cos(angle), MathF.Sin(angle)) * speed;
    }
}
