using System.Numerics;
using Kinora.Compose;
using Kinora.Motion.Physics;
using Kinora.Motion.Tests.Accuracy;

namespace Kinora.Motion.Tests;

/// <summary>Every collision shape comes to rest where its geometry says, and the static ones hold others up.</summary>
public sealed class ShapeTests
{
    private static readonly Material Wood = MaterialLibrary.Get("wood");

    /// <summary>Drops a body 0.3 m and returns its centre height after 3 s.</summary>
    private static float RestHeight(Shape shape, Quaternion? rotation = null)
    {
        using var w = TestBench.World(ground: MaterialLibrary.Get("concrete"));
        var body = w.AddBody(new BodySpec(shape, Wood, 1, new Vector3(0, shape.HalfHeight + 0.3f, 0), rotation ?? Quaternion.Identity, default, default, false));
        for (var s = 0; s < 240 * 3; s++) w.Step(TestBench.Dt);
        return w.StateOf(body).Pose.Position.Y;
    }

    [Fact]
    public void CapsuleStandsOnItsCap() => Assert.InRange(RestHeight(new CapsuleShape(0.05f, 0.1f)), 0.145f, 0.151f);

    [Fact]
    public void CapsuleLyingDownRestsOnItsSide() =>
        Assert.InRange(RestHeight(new CapsuleShape(0.05f, 0.1f), Quaternion.CreateFromAxisAngle(Vector3.UnitZ, MathF.PI / 2)), 0.045f, 0.051f);

    [Fact]
    public void CylinderStandsOnItsFlatEnd() => Assert.InRange(RestHeight(new CylinderShape(0.08f, 0.12f)), 0.115f, 0.121f);

    [Fact]
    public void ConvexHullRestsOnItsLowestFace()
    {
        // A square pyramid, apex up: 0.2 m base, 0.15 m tall; its centre of mass is a quarter of the height up.
        var apex = new Vector3(0, 0.15f, 0);
        Vector3[] points = [new(-0.1f, 0, -0.1f), new(0.1f, 0, -0.1f), new(0.1f, 0, 0.1f), new(-0.1f, 0, 0.1f), apex];
        var centroid = new Vector3(0, 0.15f / 4, 0);
        var hull = ConvexHullShape.FromPoints([.. points.Select(p => p - centroid)]);
        Assert.Equal(5, hull.Faces.Count);
        Assert.Equal(0.2 * 0.2 * 0.15 / 3, hull.Volume, 6);
        Assert.InRange(RestHeight(hull), 0.15f / 4 - 0.002f, 0.15f / 4 + 0.001f);
    }

    [Fact]
    public void CompoundBodyRestsOnItsLowestPart()
    {
        // A dumbbell: two 5 cm balls on a bar, lying along X; it rests on the balls.
        var ball = new SphereShape(0.05f);
        var compound = new CompoundShape(
        [
            new ShapePart(ball, new Vector3(-0.15f, 0, 0), Quaternion.Identity),
            new ShapePart(ball, new Vector3(0.15f, 0, 0), Quaternion.Identity),
            new ShapePart(new CylinderShape(0.01f, 0.15f), Vector3.Zero, Quaternion.CreateFromAxisAngle(Vector3.UnitZ, MathF.PI / 2)),
        ]);
        Assert.InRange(RestHeight(compound), 0.045f, 0.051f);
    }

    [Fact]
    public void StaticTriangleMeshAndHeightfieldHoldABallUp()
    {
        // A 1 m square floor at 0.5 m made of two triangles (counter-clockwise from above), and a terrain whose
        // heights are all 0.3 m.
        Vector3[] corners = [new(-0.5f, 0, -0.5f), new(0.5f, 0, -0.5f), new(0.5f, 0, 0.5f), new(-0.5f, 0, 0.5f)];
        var mesh = new TriangleMeshShape(corners, [0, 2, 1, 0, 3, 2]);
        var terrain = new HeightfieldShape(1, 1, 5, 5, [.. Enumerable.Repeat(0.3f, 25)]);
        using var w = TestBench.World();
        w.AddBody(new BodySpec(mesh, Wood, 0, new Vector3(0, 0.5f, 0), Quaternion.Identity, default, default, true));
        w.AddBody(new BodySpec(terrain, Wood, 0, new Vector3(3, 0, 0), Quaternion.Identity, default, default, true));
        var onMesh = TestBench.Ball(w, 0.05f, 1, new Vector3(0, 0.8f, 0), Wood);
        var onTerrain = TestBench.Ball(w, 0.05f, 1, new Vector3(3, 0.8f, 0), Wood);
        for (var s = 0; s < 240 * 2; s++) w.Step(TestBench.Dt);
        Assert.InRange(w.StateOf(onMesh).Pose.Position.Y, 0.545f, 0.551f);
        Assert.InRange(w.StateOf(onTerrain).Pose.Position.Y, 0.345f, 0.351f);
    }

    [Fact]
    public void RestingBodiesFallAsleepAndWakeWhenHit()
    {
        using var w = TestBench.World();
        var box = TestBench.Box(w, new Vector3(0.1f), 1, new Vector3(0, 0.1f, 0), Wood);
        for (var s = 0; s < 240; s++) w.Step(TestBench.Dt);
        Assert.False(w.StateOf(box).Awake);
        TestBench.Ball(w, 0.05f, 1, new Vector3(0, 0.5f, 0), Wood);
        for (var s = 0; s < 120; s++) w.Step(TestBench.Dt);
        Assert.True(w.StateOf(box).Awake || w.StateOf(box).Pose.Position.Y < 0.1f);
    }
}
