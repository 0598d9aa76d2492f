using System.Numerics;
using Kinora.Compose;
using Kinora.Compose.Assets;
using Kinora.Compose.Environments;
using Kinora.Motion;
using Kinora.Plan;

namespace Kinora.Render.Tests;

/// <summary>Hand-built worlds and tracks: a red rubber ball and a few boxes on a wooden floor at early afternoon, in
/// the open "studio" setting (a "room" would get walls and a ceiling instead of a sky).</summary>
internal static class TestScenes
{
    public const float BallRadius = 0.3f;

    public static World BallAndBoxes(double timeOfDay = 13, string ground = "wood")
    {
        var plan = new ScenePlan { World = new WorldSpec { TimeOfDay = timeOfDay, Ground = ground, Setting = "studio" } };
        var environment = EnvironmentBuilder.Build(plan.World);
        var rubber = MaterialLibrary.Get("rubber");
        var ball = Body("ball1", "sports ball", new SphereShape(BallRadius), Primitives.Sphere, Matrix4x4.CreateScale(BallRadius), rubber);
        var blue = MaterialLibrary.Get("plastic") with { BaseColor = new Vector3(0.05f, 0.15f, 0.6f) };
        var crate = Body("box1", "box", new BoxShape(new Vector3(0.25f)), Primitives.Cube, Matrix4x4.CreateScale(0.25f), MaterialLibrary.Get("wood"));
        var block = Body("box2", "box", new BoxShape(new Vector3(0.4f, 0.15f, 0.2f)), Primitives.Cube, Matrix4x4.CreateScale(0.4f, 0.15f, 0.2f), blue);
        var steel = Body("box3", "box", new BoxShape(new Vector3(0.15f, 0.3f, 0.15f)), Primitives.Cube, Matrix4x4.CreateScale(0.15f, 0.3f, 0.15f), MaterialLibrary.Get("metal"));
        return new World(plan, environment, [ball, crate, block, steel]);
    }

    /// <summary>Resting poses of the boxes; the ball at <paramref name="ball"/>.</summary>
    public static Pose[] Poses(Vector3 ball) =>
    [
        new(ball, Quaternion.Identity),
        new(new Vector3(-1.3f, 0.25f, -0.6f), Quaternion.CreateFromAxisAngle(Vector3.UnitY, 0.5f)),
        new(new Vector3(1.2f, 0.15f, -0.3f), Quaternion.CreateFromAxisAngle(Vector3.UnitY, -0.3f)),
        new(new Vector3(0.6f, 0.3f, -1.6f), Quaternion.Identity),
    ];

    public static CameraPose Camera => new(new Vector3(0.4f, 1.5f, 4.2f), new Vector3(0, 0.45f, 0), Vector3.UnitY, 50f * MathF.PI / 180f);

    /// <summary>A track whose frame i puts the ball at <paramref name="ballPositions"/>[i].</summary>
    public static Track Track(World world, params Vector3[] ballPositions)
    {
        var bodies = world.Entities.Select(e => e.Id).ToArray();
        var poses = ballPositions.SelectMany(Poses).ToArray();
        var cameras = ballPositions.Select(_ => Camera).ToArray();
        return new Track(24, ballPositions.Length, bodies, poses, cameras, []);
    }

    private static Entity Body(string id, string kind, Shape shape, Mesh mesh, Matrix4x4 local, Material material) => new()
    {
        Id = id,
        CastId = id,
        Kind = kind,
        Shape = shape,
        Model = new Model([new ModelPart(mesh, local, material)]),
        Material = material,
    };
}
