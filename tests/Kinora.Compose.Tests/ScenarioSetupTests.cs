using System.Numerics;
using Kinora.Compose.Scenarios;
using Kinora.Plan;

namespace Kinora.Compose.Tests;

/// <summary>The physical set-ups from plan JSON: what each one builds and where it starts.</summary>
public sealed class ScenarioSetupTests
{
    private static World Compose(string cast, string actions = "[]", string relations = "[]") => Composer.Compose(PlanJson.Parse($$"""
        { "version": 1, "seed": 3, "format": { "width": 640, "height": 360, "fps": 24, "seconds": 2 },
          "cast": {{cast}}, "relations": {{relations}},
          "shots": [ { "id": "s1", "start": 0, "seconds": 2, "actions": {{actions}} } ] }
        """));

    private static Entity Get(World w, string id) => w.Entities[w.IndexOf(id)];

    [Fact]
    public void NewtonsCradleHangsFiveTouchingSteelBallsAndLiftsTheFirst()
    {
        var w = Compose("""[ { "id": "c", "kind": "newtons cradle" } ]""");
        var balls = Enumerable.Range(1, 5).Select(n => Get(w, NewtonsCradle.BallId("c", n))).ToList();
        Assert.True(Get(w, "c").IsStatic);
        Assert.All(balls, b => Assert.Equal("steel", b.Material.Name));
        Assert.True(balls[0].Position.Y > balls[1].Position.Y + 0.02f, "the first ball is pulled up");
        for (var i = 2; i < 5; i++)
            Assert.InRange(balls[i].Position.X - balls[i - 1].Position.X, 2 * NewtonsCradle.BallRadius, 2 * NewtonsCradle.BallRadius + 0.001f);
        var joints = ScenarioSetups.Joints(w);
        Assert.Equal(5, joints.Count);
        Assert.All(joints.Zip(balls), x => Assert.Equal(NewtonsCradle.StringLength, Vector3.Distance(x.First.Anchor, x.Second.Position), 3));
    }

    [Fact]
    public void PendulumBobHangsTheActionsHeightFromItsPivot()
    {
        var w = Compose("""[ { "id": "p", "kind": "pendulum" } ]""", """[ { "actor": "p", "verb": "swing", "height": 1.5 } ]""");
        var joint = Assert.Single(ScenarioSetups.Joints(w));
        Assert.Equal(JointKind.Hinge, joint.Kind);
        Assert.Equal(1.5f, Vector3.Distance(joint.Anchor, Get(w, Pendulum.BobId("p")).Position), 3);
        Assert.True(Get(w, Pendulum.BobId("p")).Position.X < joint.Anchor.X, "let go from one side");
    }

    [Fact]
    public void BilliardsRackFifteenAndAimTheCueBall()
    {
        var w = Compose("""[ { "id": "b", "kind": "billiard balls", "count": 16 } ]""", """[ { "actor": "b", "verb": "break", "speed": 8 } ]""");
        var balls = w.Entities.Where(e => !e.IsStatic).ToList();
        Assert.Equal(16, balls.Count);
        Assert.Equal(new Vector3(8, 0, 0), balls[0].LinearVelocity);
        Assert.All(balls.Skip(1), e => Assert.Equal(Vector3.Zero, e.LinearVelocity));
        Assert.All(balls, b => Assert.Equal(Billiards.BedHeight + Billiards.Radius, b.Position.Y, 4)); // on the felt
        // No two balls overlap.
        foreach (var a in balls)
            foreach (var b in balls.Where(b => b != a))
                Assert.True(Vector3.Distance(a.Position, b.Position) >= 2 * Billiards.Radius);
    }

    [Fact]
    public void WaterBecomesATankAndLooseThingsAreDroppedIntoIt()
    {
        var w = Compose("""[ { "id": "wood", "kind": "block", "traits": { "material": "wood" } }, { "id": "tank", "kind": "water" } ]""");
        var water = Get(w, LiquidTank.WaterId("tank"));
        var liquid = Assert.IsType<LiquidShape>(water.Shape);
        Assert.Equal("water", water.Material.Name);
        Assert.IsType<CompoundShape>(Get(w, "tank").Shape);
        var block = Get(w, "wood");
        var surface = water.Position.Y + liquid.HalfExtents.Y;
        Assert.InRange(block.Position.Y - block.Shape.HalfHeight - surface, LiquidTank.DropHeight - 0.01f, LiquidTank.DropHeight + 0.01f);
        Assert.InRange(block.Position.X, water.Position.X - liquid.HalfExtents.X, water.Position.X + liquid.HalfExtents.X);
    }

    [Fact]
    public void RollerStartsAtTheTopOfTheRamp()
    {
        var w = Compose("""[ { "id": "r", "kind": "ramp" }, { "id": "ball", "kind": "sports ball" } ]""", """[ { "actor": "ball", "verb": "roll" } ]""");
        var ramp = Get(w, "r");
        Assert.True(ramp.IsStatic);
        Assert.True(Get(w, "ball").Position.Y > 0.5f && Get(w, "ball").Position.X < ramp.Position.X);
        Assert.Equal(Vector3.Zero, Get(w, "ball").LinearVelocity);
    }

    [Fact]
    public void BrittleThingsThatFallGetPiecesThatFillThem()
    {
        var w = Compose("""[ { "id": "vase", "kind": "vase", "traits": { "material": "glass" } } ]""", """[ { "actor": "vase", "verb": "fall" } ]""");
        var vase = Get(w, "vase");
        var pieces = w.Entities.Where(e => Shards.IsPieceOf(e.Id, "vase")).ToList();
        Assert.InRange(pieces.Count, Shards.DefaultCount - 2, Shards.DefaultCount);
        var box = (BoxShape)vase.Shape;
        Assert.All(pieces, p =>
        {
            Assert.IsType<ConvexHullShape>(p.Shape);
            Assert.Equal("glass", p.Material.Name);
            var local = p.Position - vase.Position;
            Assert.True(MathF.Abs(local.X) <= box.HalfExtents.X && MathF.Abs(local.Y) <= box.HalfExtents.Y && MathF.Abs(local.Z) <= box.HalfExtents.Z);
        });
        // The cells of a Voronoi split fill the box: their volumes add up to it, less the shrink (0.75³ ≈ 0.42).
        Assert.InRange(pieces.Sum(p => p.Shape.Volume) / box.Volume, 0.38, 0.43);
    }

    [Fact]
    public void ThingsNobodyTouchesStayWhole()
    {
        var w = Compose("""[ { "id": "vase", "kind": "vase", "traits": { "material": "glass" } } ]""");
        Assert.Single(w.Entities);
    }

    [Fact]
    public void FallingOffAShelfStartsPastItsEdge()
    {
        var w = Compose("""[ { "id": "vase", "kind": "vase" }, { "id": "shelf", "kind": "shelf" } ]""", """[ { "actor": "vase", "verb": "fall" } ]""",
            """[ { "subject": "vase", "relation": "on", "object": "shelf" } ]""");
        var shelf = Get(w, "shelf");
        var vase = Get(w, "vase");
        var top = shelf.Position.Y + shelf.Shape.HalfHeight;
        Assert.InRange(vase.Position.Y - vase.Shape.HalfHeight, top, top + 0.01f);
        Assert.True(vase.Position.X > shelf.Position.X + ((BoxShape)shelf.Shape).HalfExtents.X, "its centre of mass overhangs the edge");
    }
}
