using System.Numerics;
using Kinora.Compose;
using Kinora.Motion.Ode;
using Kinora.Motion.Physics;

namespace Kinora.Motion.Tests.Accuracy;

/// <summary>Bare physics worlds for the textbook checks: one ODE world, bodies added by hand, stepped at 240 Hz.</summary>
internal static class TestBench
{
    public const double Dt = 1.0 / 240;
    public const double G = 9.81;

    public static Material Surface(double friction, double restitution, double density = 1000, string name = "test") =>
        new() { Name = name, Friction = friction, Restitution = restitution, Density = density, RollingResistance = 0 };

    public static OdeWorld World(double gravity = G, Material? ground = null) =>
        new(new Vector3(0, -(float)gravity, 0), ground ?? Surface(0.5, 0));

    public static int Ball(IPhysicsWorld w, float radius, double mass, Vector3 at, Material m, Vector3 velocity = default, bool isStatic = false) =>
        w.AddBody(new BodySpec(new SphereShape(radius), m, mass, at, Quaternion.Identity, velocity, Vector3.Zero, isStatic));

    public static int Box(IPhysicsWorld w, Vector3 half, double mass, Vector3 at, Material m, Vector3 velocity = default, bool isStatic = false, Quaternion? rotation = null) =>
        w.AddBody(new BodySpec(new BoxShape(half), m, mass, at, rotation ?? Quaternion.Identity, velocity, Vector3.Zero, isStatic));
}
