using System.Numerics;
using Kinora.Compose;
using Kinora.Plan;

namespace Kinora.Compose.Tests;

public class ComposerTests
{
    private static ScenePlan Plan(params CastMember[] cast) => new()
    {
        Cast = cast,
        Shots = [new ShotSpec()],
        World = new WorldSpec { Ground = "wood" },
    };

    [Fact]
    public void Counted_entries_get_prefixed_ids_in_order()
    {
        var world = Composer.Compose(Plan(new CastMember { Id = "domino1", Kind = "domino", Count = 4 }));
        Assert.Equal(["domino1", "domino1.2", "domino1.3", "domino1.4"], world.Entities.Select(e => e.Id));
        Assert.All(world.Entities, e => Assert.Equal("domino1", e.CastId));
    }

    [Fact]
    public void Bodies_rest_on_the_ground_without_overlapping()
    {
        var world = Composer.Compose(Plan(new CastMember { Id = "box1", Kind = "box", Count = 6 }, new CastMember { Id = "ball1", Kind = "sports ball", Count = 3 }));
        foreach (var e in world.Entities)
            Assert.Equal(e.Shape.HalfHeight, e.Position.Y, 3);
        for (var i = 0; i < world.Entities.Count; i++)
            for (var j = i + 1; j < world.Entities.Count; j++)
            {
                var (a, b) = (world.Entities[i], world.Entities[j]);
                Assert.True(Vector3.Distance(a.Position, b.Position) >= a.Shape.BoundingRadius + b.Shape.BoundingRadius, $"{a.Id} overlaps {b.Id}");
            }
    }

    [Fact]
    public void A_bouncing_thing_starts_at_the_action_height()
    {
        var plan = Plan(new CastMember { Id = "ball1", Kind = "sports ball", Traits = new Traits { Size = 0.2 } }) with
        {
            Shots = [new ShotSpec { Actions = [new ActionSpec { Actor = "ball1", Verb = "bounce", Height = 2 }] }],
        };
        var ball = Assert.Single(Composer.Compose(plan).Entities);
        Assert.InRange(ball.Position.Y - 0.1f, 2 * 0.97, 2 * 1.03);
        Assert.IsType<SphereShape>(ball.Shape);
    }

    [Fact]
    public void Traits_set_colour_size_and_material()
    {
        var world = Composer.Compose(Plan(new CastMember { Id = "ball1", Kind = "sports ball", Traits = new Traits { Color = "red", Size = 0.5, Material = "metal" } }));
        var ball = world.Entities[0];
        Assert.Equal(0.25f, ((SphereShape)ball.Shape).Radius, 4);
        Assert.Equal("metal", ball.Material.Name);
        Assert.True(ball.Material.BaseColor.X > 0.5f && ball.Material.BaseColor.Y < 0.1f, "red is mostly red");
        Assert.Equal(7850 * 0.08 * ball.Shape.Volume, ball.Mass, 6); // a 0.5 m ball is a hollow shell
    }

    [Fact]
    public void Relation_on_stacks_the_subject_on_the_object()
    {
        var plan = Plan(new CastMember { Id = "cube1", Kind = "cube" }, new CastMember { Id = "box1", Kind = "box" }) with
        {
            Relations = [new RelationSpec { Subject = "cube1", Relation = "on", Object = "box1" }],
        };
        var world = Composer.Compose(plan);
        var (cube, box) = (world.Entities[world.IndexOf("cube1")], world.Entities[world.IndexOf("box1")]);
        Assert.Equal(box.Position.Y + box.Shape.HalfHeight + cube.Shape.HalfHeight, cube.Position.Y, 4);
        Assert.Equal(box.Position.X, cube.Position.X, 4);
    }

    [Fact]
    public void Left_of_puts_the_subject_at_smaller_x()
    {
        var plan = Plan(new CastMember { Id = "ball1", Kind = "sports ball" }, new CastMember { Id = "cube1", Kind = "cube" }) with
        {
            Relations = [new RelationSpec { Subject = "cube1", Relation = "left of", Object = "ball1" }],
        };
        var world = Composer.Compose(plan);
        Assert.True(world.Entities[world.IndexOf("cube1")].Position.X < world.Entities[world.IndexOf("ball1")].Position.X);
    }

    [Fact]
    public void Sun_follows_the_clock()
    {
        float Elevation(double hour) => Composer.Compose(Plan() with { World = new WorldSpec { TimeOfDay = hour } }).Environment.SunDirection.Y;
        Assert.True(Elevation(12) > Elevation(17.5));
        Assert.True(Elevation(17.5) > 0);
        var sunset = Composer.Compose(Plan() with { World = new WorldSpec { TimeOfDay = 17.8 } }).Environment.SunColor;
        Assert.True(sunset.X > sunset.Z * 1.5f, "low sun is warm");
        Assert.Equal(-1.62f, Composer.Compose(Plan() with { World = new WorldSpec { Gravity = 1.62 } }).Environment.Gravity.Y, 4);
    }

    [Fact]
    public void Same_plan_same_world()
    {
        var plan = Plan(new CastMember { Id = "crate1", Kind = "crate", Count = 3 });
        Assert.Equal(Composer.Compose(plan).Entities.Select(e => e.Position), Composer.Compose(plan).Entities.Select(e => e.Position));
    }

    [Fact]
    public void Primitive_meshes_are_closed_and_outward_facing()
    {
        foreach (var mesh in new[] { Assets.Primitives.Sphere, Assets.Primitives.Cube })
        {
            var p = mesh.Positions.Span;
            var idx = mesh.Indices.Span;
            for (var t = 0; t < idx.Length; t += 3)
            {
                var (a, b, c) = (p[(int)idx[t]], p[(int)idx[t + 1]], p[(int)idx[t + 2]]);
                var n = Vector3.Cross(b - a, c - a);
                if (n.LengthSquared() < 1e-12f) continue; // degenerate pole triangles
                Assert.True(Vector3.Dot(n, (a + b + c) / 3) > 0, $"{mesh.Name} triangle {t / 3} faces inward");
            }
        }
    }
}

public class ChainLayoutTests
{
    [Fact]
    public void Toppling_dominoes_stand_in_a_row_closer_than_their_height_and_the_first_leans_in()
    {
        var plan = new ScenePlan
        {
            Cast = [new CastMember { Id = "domino1", Kind = "domino", Count = 20 }],
            Shots = [new ShotSpec { Actions = [new ActionSpec { Actor = "domino1", Verb = "topple" }] }],
        };
        var row = Composer.Compose(plan).Entities;
        Assert.Equal(20, row.Count);
        var height = 2 * ((BoxShape)row[0].Shape).HalfExtents.Y;
        for (var i = 2; i < row.Count; i++)
        {
            var gap = row[i].Position.X - row[i - 1].Position.X;
            Assert.InRange(gap, 0.3f * height, 0.95f * height);
            Assert.Equal(0, row[i].Position.Z);
        }
        Assert.NotEqual(Quaternion.Identity, row[0].Rotation);
        Assert.True(row[0].Position.Y > 0 && row[0].Position.Y <= height / 2, "the leaning first domino stands on the floor");
    }
}
