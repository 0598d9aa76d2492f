using System.Numerics;
using Kinora.Compose;
using Kinora.Motion;

namespace Kinora.Render.Scene;

/// <summary>
/// A fire lights what is around it: a warm point light in the flames that flares and sinks with them (the same
/// <see cref="Flicker"/> scales the flame particles, so light and flames pulse together), strong enough at night to
/// light the faces turned to it and faint by day. With no one in the scene the fire burns where the camera frames
/// it whole (<see cref="PlaceInFrame"/>).
/// </summary>
public static class FireLight
{
    /// <summary>Height of the light above the flames' source, m: the middle of the flames.</summary>
    public const float Lift = 0.5f;
    /// <summary>How far it reaches, m.</summary>
    public const float Range = 10f;
    /// <summary>Colour of firelight (~1900 K), linear, luma ~0.5.</summary>
    private static readonly Vector3 Warm = new(1f, 0.42f, 0.12f);

    /// <summary>The light at a fire whose flames rise from <paramref name="source"/>: its colour is that of a night
    /// fire, dimmed where daylight is strong (a campfire at noon lights little).</summary>
    public static LightSource Light(Vector3 source, WorldEnvironment env) =>
        new(source + new Vector3(0, Lift, 0), Warm * (1.3f / (1f + 4f * AutoExposure.Key(env))), Range);

    /// <summary>The flames' brightness at a moment, around 1 (0.75–1.25): three incommensurate swells and a quick
    /// hashed flutter, so it never visibly repeats. A function of time and seed only, as the particles are.</summary>
    public static float Flicker(double seconds, long seed)
    {
        var phase = (float)(seed % 997) * 0.37f;
        var t = (float)seconds;
        var swell = 0.09f * MathF.Sin(t * 10.7f + phase) + 0.06f * MathF.Sin(t * 19.5f + phase * 1.7f) + 0.04f * MathF.Sin(t * 45.9f + phase * 2.3f);
        // Value noise at 9 Hz, smooth between its steps.
        var x = t * 9f + phase;
        var i = (int)MathF.Floor(x);
        var f = x - i;
        var u = f * f * (3 - 2 * f);
        var flutter = Hash(i) + (Hash(i + 1) - Hash(i)) * u;
        return 1f + swell + 0.12f * (flutter - 0.5f);
    }

    private static float Hash(int i)
    {
        var x = (uint)i * 0x9E3779B9u;
        x ^= x >> 16; x *= 0x7feb352du; x ^= x >> 15; x *= 0x846ca68bu; x ^= x >> 16;
        return x / (float)uint.MaxValue;
    }

    /// <summary>
    /// Where a fire with no one beside it burns for a camera: on the ground where the view through a point 60 % of
    /// the way from the middle to the bottom edge meets it, then pushed back until its flames' tops (1.3 m) are inside
    /// the top edge; never nearer than 2.5 m. Returns the flames' source point (<see cref="Campfire.FlameBase"/>
    /// above the ground).
    /// </summary>
    public static Vector3 PlaceInFrame(in CameraPose camera, float aspect, float groundY)
    {
        var viewProjection = CameraMath.View(camera) * CameraMath.Projection(camera, aspect);
        Matrix4x4.Invert(viewProjection, out var inverse);
        var near = Vector4.Transform(new Vector4(0, -0.6f, 0, 1), inverse);
        var far = Vector4.Transform(new Vector4(0, -0.6f, 1, 1), inverse);
        var a = new Vector3(near.X, near.Y, near.Z) / near.W;
        var direction = Vector3.Normalize(new Vector3(far.X, far.Y, far.Z) / far.W - a);
        var forward = camera.Target - camera.Eye;
        var level = new Vector2(forward.X, forward.Z);
        level = level.LengthSquared() > 1e-6f ? Vector2.Normalize(level) : Vector2.UnitY;
        var distance = direction.Y < -1e-3f ? (groundY - camera.Eye.Y) / direction.Y * new Vector2(direction.X, direction.Z).Length() : 8f;
        distance = Math.Clamp(distance, 2.5f, 25f);
        var ground = Vector3.Zero;
        for (var step = 0; step < 24; step++)
        {
            ground = new Vector3(camera.Eye.X + level.X * distance, groundY, camera.Eye.Z + level.Y * distance);
            var top = Vector4.Transform(new Vector4(ground + new Vector3(0, 1.3f, 0), 1), viewProjection);
            if (top.W > 0 && top.Y / top.W < 0.9f) break;
            distance *= 1.12f;
        }
        return ground + new Vector3(0, Campfire.FlameBase, 0);
    }
}
