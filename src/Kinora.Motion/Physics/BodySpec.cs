using System.Numerics;
using Kinora.Compose;

namespace Kinora.Motion.Physics;

/// <summary>A body to add to an <see cref="IPhysicsWorld"/>: collision shape, surface, mass (kg) and initial state.</summary>
public readonly record struct BodySpec(
    Shape Shape,
    Material Material,
    double Mass,
    Vector3 Position,
    Quaternion Rotation,
    Vector3 LinearVelocity,
    Vector3 AngularVelocity,
    bool IsStatic)
{
    public static BodySpec From(Entity e) =>
        new(e.Shape, e.Material, e.Mass, e.Position, e.Rotation, e.LinearVelocity, e.AngularVelocity, e.IsStatic);
}
