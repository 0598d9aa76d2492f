using System.Numerics;
using Kinora.Compose;

namespace Kinora.Understand.Tests;

/// <summary>
/// Spatial words end as positions: each prompt is planned, composed, and the bodies' places checked in the world
/// (metres, Y up). These fail if the reader loses a relation or the layout ignores it.
/// </summary>
public class RelationLayoutTests
{
    private static World Compose(string prompt) => Composer.Compose(Planner.Plan(prompt));
    private static Entity Body(World w, string id) => w.Entities.Single(e => e.Id == id);
    private static float Flat(Vector3 a, Vector3 b) => Vector2.Distance(new(a.X, a.Z), new(b.X, b.Z));

    [Fact]
    public void Between_two_named_things_is_their_midpoint()
    {
        var plan = Planner.Plan("a red cube between a blue ball and a green cone");
        var r = Assert.Single(plan.Relations);
        Assert.Equal(("cube1", "between", "ball1", "cone1"), (r.Subject, r.Relation, r.Object, r.SecondObject));
        var w = Composer.Compose(plan);
        var (cube, ball, cone) = (Body(w, "cube1"), Body(w, "ball1"), Body(w, "cone1"));
        var mid = (ball.Position + cone.Position) / 2;
        Assert.True(Flat(cube.Position, mid) < 0.01f, $"cube at {cube.Position}, midpoint {mid}");
        Assert.True(Flat(cube.Position, ball.Position) > cube.Shape.BoundingRadius + ball.Shape.BoundingRadius - 0.01f, "the cube overlaps the ball");
        Assert.True(Flat(cube.Position, cone.Position) > cube.Shape.BoundingRadius + cone.Shape.BoundingRadius - 0.01f, "the cube overlaps the cone");
    }

    [Fact]
    public void Between_a_pair_is_between_its_two_members()
    {
        var w = Compose("a cat between two dogs");
        var mid = (Body(w, "dog1").Position + Body(w, "dog1.2").Position) / 2;
        Assert.True(Flat(Body(w, "cat1").Position, mid) < 0.01f);
    }

    [Fact]
    public void Around_is_a_ring_facing_the_centre()
    {
        var w = Compose("four chairs around a table");
        var table = Body(w, "table1");
        var chairs = w.Entities.Where(e => e.CastId == "chair1").ToList();
        Assert.Equal(4, chairs.Count);
        var radii = chairs.Select(c => Flat(c.Position, table.Position)).ToList();
        Assert.All(radii, d => Assert.True(d > table.Shape.BoundingRadius, $"a chair {d:0.00} m from the table's centre is inside it"));
        Assert.True(radii.Max() - radii.Min() < 0.01f, "the chairs are not on one ring");
        var angles = chairs.Select(c => MathF.Atan2(c.Position.Z - table.Position.Z, c.Position.X - table.Position.X)).Order().ToList();
        for (var k = 1; k < angles.Count; k++) Assert.InRange(angles[k] - angles[k - 1], MathF.PI / 2 - 0.01f, MathF.PI / 2 + 0.01f);
        foreach (var c in chairs)   // each chair's front (local +Z) points at the table
        {
            var front = Vector3.Transform(Vector3.UnitZ, c.Rotation);
            var toTable = Vector3.Normalize(new Vector3(table.Position.X - c.Position.X, 0, table.Position.Z - c.Position.Z));
            Assert.True(Vector3.Dot(front, toTable) > 0.99f);
        }
    }

    [Fact]
    public void Inside_is_within_the_containers_bounds()
    {
        var w = Compose("a tennis ball inside a box");
        var (ball, box) = (Body(w, "ball1"), Body(w, "box1"));
        var half = Assert.IsType<BoxShape>(box.Shape).HalfExtents;
        var d = ball.Position - box.Position;
        Assert.True(MathF.Abs(d.X) <= half.X && MathF.Abs(d.Z) <= half.Z, $"ball at {ball.Position}, box at {box.Position} ± {half}");
        Assert.True(ball.Position.Y - ball.Shape.HalfHeight >= box.Position.Y - half.Y - 0.001f);
        Assert.True(ball.Position.Y <= box.Position.Y + half.Y, "the ball is above the box, not in it");
    }

    [Fact]
    public void Far_is_farther_than_near_and_near_farther_than_next_to()
    {
        float Gap(string relation)
        {
            var w = Compose($"a ball {relation} a cube");
            return Flat(Body(w, "ball1").Position, Body(w, "cube1").Position);
        }
        var (nextTo, near, far) = (Gap("next to"), Gap("near"), Gap("far from"));
        Assert.True(near > nextTo, $"near {near:0.00} m, next to {nextTo:0.00} m");
        Assert.True(far > near + 3, $"far {far:0.00} m, near {near:0.00} m");
    }

    [Fact]
    public void Under_puts_the_object_on_top()
    {
        var w = Compose("a ball under a box");
        var (ball, box) = (Body(w, "ball1"), Body(w, "box1"));
        Assert.True(box.Position.Y - box.Shape.HalfHeight >= ball.Position.Y + ball.Shape.HalfHeight - 0.001f);
        Assert.True(Flat(ball.Position, box.Position) < 0.01f);
    }

    [Theory]
    [InlineData("a ball to the left of a cube", -1)]
    [InlineData("a ball to the right of a cube", 1)]
    public void Left_and_right_are_along_x(string prompt, int sign)
    {
        var w = Compose(prompt);
        Assert.Equal(sign, MathF.Sign(Body(w, "ball1").Position.X - Body(w, "cube1").Position.X));
    }
}
