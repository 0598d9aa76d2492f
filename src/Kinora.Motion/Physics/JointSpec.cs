using System.Numerics;
using Kinora.Compose.Scenarios;

namespace Kinora.Motion.Physics;

/// <summary>
/// A joint between body <see cref="A"/> and body <see cref="B"/> (<see cref="ContactReport.Ground"/> for the fixed
/// world). <see cref="Anchor"/> is a world point at the start, <see cref="Axis"/> a world direction (hinge and
/// slider). A motor drives the joint towards <see cref="MotorSpeed"/> (rad/s or m/s) with at most
/// <see cref="MotorForce"/> (N·m or N); 0 leaves it free. Stops limit the angle (rad) or travel (m).
/// </summary>
public readonly record struct JointSpec(
    JointKind Kind,
    int A,
    int B,
    Vector3 Anchor,
    Vector3 Axis,
    double MotorSpeed = 0,
    double MotorForce = 0,
    double LowStop = double.NegativeInfinity,
    double HighStop = double.PositiveInfinity)
{
    /// <summary>A composed joint, its entity ids resolved to body indices (entity order).</summary>
    public static JointSpec From(Joint joint, Kinora.Compose.World world)
    {
        var a = world.IndexOf(joint.A);
        var b = joint.B is null ? ContactReport.Ground : world.IndexOf(joint.B);
        if (a < 0 || (joint.B is not null && b < 0)) throw new ArgumentException($"joint names an entity the world lacks: {joint.A}, {joint.B}", nameof(joint));
        return new JointSpec(joint.Kind, a, b, joint.Anchor, joint.Axis, joint.MotorSpeed, joint.MotorForce);
    }
}
