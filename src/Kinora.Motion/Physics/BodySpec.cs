using System.Numerics;
using Kinora.Compose;

namespace Kinora.Motion.Physics;

/// <summary>
/// A body to add to an <see cref="IPhysicsWorld"/>: collision shape, surface, mass (kg) and initial state.
/// A kinematic body is moved by its velocities (or <see cref="IPhysicsWorld.Drive"/>), never by forces or contacts,
/// yet pushes what it touches as if infinitely heavy: a tumbler's drum, a car driven along a path, a walker.
/// </summary>
public readonly record struct BodySpec(
    Shape Shape,
    Material Material,
    double Mass,
    Vector3 Position,
    Quaternion Rotation,
    Vector3 LinearVelocity,
    Vector3 AngularVelocity,
    bool IsStatic,
    bool IsKinematic = false)
{
    public static BodySpec From(Entity e) =>
        new(e.Shape, e.Material, e.Mass, e.Position, e.Rotation, e.LinearVelocity, e.AngularVelocity, e.IsStatic);
}
