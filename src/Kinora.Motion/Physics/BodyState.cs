using System.Numerics;

namespace Kinora.Motion.Physics;

/// <summary>Where a body is and how it moves: world-space pose, linear velocity (m/s) and angular velocity (rad/s).</summary>
/// <param name="Awake">False while the engine has put the body to sleep (it rests and costs nothing to step).</param>
public readonly record struct BodyState(Pose Pose, Vector3 LinearVelocity, Vector3 AngularVelocity, bool Awake);
