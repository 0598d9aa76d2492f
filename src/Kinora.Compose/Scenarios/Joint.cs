using System.Numerics;

namespace Kinora.Compose.Scenarios;

/// <summary>How a joint lets two bodies move relative to each other.</summary>
public enum JointKind
{
    /// <summary>Turns about one axis through the anchor (a door, a pendulum's pivot).</summary>
    Hinge,
    /// <summary>Turns freely about the anchor (a ball-and-socket, a bob on a string that may swing any way).</summary>
    Ball,
    /// <summary>Slides along one axis without turning (a drawer, a piston).</summary>
    Slider,
    /// <summary>Welded: no relative motion.</summary>
    Fixed,
}

/// <summary>
/// A joint a scenario set up, by entity id: <see cref="A"/> to <see cref="B"/> (null: the fixed world) at the world
/// point <see cref="Anchor"/>, turning about or sliding along <see cref="Axis"/>; a motor drives it towards
/// <see cref="MotorSpeed"/> (rad/s or m/s) with at most <see cref="MotorForce"/> (N·m or N; 0: no motor).
/// </summary>
public sealed record Joint(JointKind Kind, string A, string? B, Vector3 Anchor, Vector3 Axis, double MotorSpeed = 0, double MotorForce = 0);
