using System.Numerics;
using Kinora.Compose;

namespace Kinora.Motion.Behaviours;

/// <summary>
/// A thing set flying by a body at a frame: thrown from the hand or kicked off the ground. <see cref="Flight"/>
/// simulates it from there. <paramref name="By"/> (the thrower or kicker) is left out of that simulation: the ball
/// starts in its hand or at its foot.
/// </summary>
/// <param name="Velocity">m/s, world space, at the frame.</param>
/// <param name="Spin">rad/s: a throw's backspin, a kick's topspin.</param>
public readonly record struct Launch(int Body, int By, int Frame, Vector3 Velocity, Vector3 Spin);

/// <summary>
/// Where a throw or kick goes and how hard. At a target in the scene (another creature: "throws a ball to a dog")
/// the launch is the ballistic one that lands the thing a little short of it, so it bounces up to it; with none, along
/// the thrower's heading at the throw's usual speed and angle. Speeds are typical human figures: an adult's overarm
/// throw 8–15 m/s (a recreational throw ~11), an underarm toss ~6, a kick ~12; scaled by stature for children.
/// </summary>
public static class Aim
{
    /// <summary>Heading (world, horizontal) of a throw with nothing to aim at: across the camera's view and a little
    /// towards it (the camera stands in front, +Z, and to the right, +X), so the flight crosses the frame and the
    /// throwing arm, the right, is on the camera's side.</summary>
    public static readonly Vector3 Across = Vector3.Normalize(new Vector3(1, 0, 0.6f));

    /// <summary>m: the target's share of the distance the thing lands at (it bounces and rolls the rest).</summary>
    public const float Short = 0.8f;

    /// <summary>Something other than <paramref name="by"/> and <paramref name="thing"/> to throw or kick at: the first
    /// other rigged body (a creature) of the scene, or −1.</summary>
    public static int TargetOf(World world, int by, int thing)
    {
        for (var i = 0; i < world.Entities.Count; i++)
            if (i != by && i != thing && world.Entities[i].Model.Rig is { Joints.Count: > 0 }) return i;
        return -1;
    }

    /// <summary>The heading (unit, horizontal) from a place to a target, or <see cref="Across"/> when there is none or it is on top of it.</summary>
    public static Vector3 Heading(Vector3 from, Vector3? target)
    {
        if (target is not { } to) return Across;
        var d = new Vector3(to.X - from.X, 0, to.Z - from.Z);
        return d.LengthSquared() < 0.01f ? Across : Vector3.Normalize(d);
    }

    /// <summary>
    /// The launch velocity from <paramref name="from"/> at <paramref name="elevation"/> radians above the horizontal:
    /// the speed that lands it (on the ground) <see cref="Short"/> of the way to <paramref name="target"/>, within
    /// [<paramref name="minSpeed"/>, <paramref name="maxSpeed"/>]; <paramref name="speed"/> along <paramref name="heading"/> with no target.
    /// Projectile range with a drop: v² = g d² / (2 cos²θ (d tanθ + h)), h the height it falls.
    /// </summary>
    public static Vector3 Velocity(Vector3 from, Vector3 heading, Vector3? target, float elevation, float speed, float minSpeed, float maxSpeed, float gravity)
    {
        if (target is { } to)
        {
            var d = Short * new Vector2(to.X - from.X, to.Z - from.Z).Length();
            var (cos, tan) = (MathF.Cos(elevation), MathF.Tan(elevation));
            var denominator = 2 * cos * cos * (d * tan + from.Y);
            if (d > 0.3f && denominator > 1e-3f) speed = Math.Clamp(MathF.Sqrt(gravity * d * d / denominator), minSpeed, maxSpeed);
        }
        return speed * (MathF.Cos(elevation) * heading + MathF.Sin(elevation) * Vector3.UnitY);
    }
}
