using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Layout;
using Kinora.Plan;

namespace Kinora.Compose.Tests;

/// <summary>A thing "on" a piece of furniture stands on its seat or top, not on its bounding box.</summary>
public class SupportSurfaceTests
{
    private static IReadOnlyList<Entity> Place(string verb) =>
        LayoutSolver.Place(new ScenePlan
        {
            Seed = 5,
            World = new WorldSpec { Setting = "living room", Indoor = true, Ground = "wood" },
            Cast = [new CastMember { Id = "cat1", Kind = "cat" }, new CastMember { Id = "couch1", Kind = "couch" }],
            Relations = [new RelationSpec { Subject = "cat1", Relation = "on", Object = "couch1" }],
            Shots = [new ShotSpec { Actions = [new ActionSpec { Actor = "cat1", Verb = verb }] }],
        });

    [Fact]
    public void A_cat_on_a_sofa_stands_on_the_seat_not_on_the_backrest()
    {
        var placed = Place("sit");
        var (cat, couch) = (placed.Single(e => e.Kind == "cat"), placed.Single(e => e.Kind == "couch"));
        var feet = cat.Position.Y - cat.Shape.HalfHeight;
        var backrest = couch.Position.Y + couch.Shape.HalfHeight;
        Assert.True(feet < backrest - 0.15f, $"feet at {feet:F2} m, backrest top {backrest:F2} m");
        Assert.True(feet > 0.25f, $"feet at {feet:F2} m: on the cushions, not the floor");
        var seat = SupportSurface.Find(couch);
        Assert.NotNull(seat);
        Assert.True(MathF.Abs(couch.Position.X - cat.Position.X) < 0.5f && MathF.Abs(couch.Position.Z - cat.Position.Z) < 0.5f, $"cat at ({cat.Position.X:F2}, {cat.Position.Z:F2}), couch at ({couch.Position.X:F2}, {couch.Position.Z:F2}), seat {seat}");
        Assert.Equal(seat.Value.Y, feet, 2);
    }

    [Fact]
    public void A_walker_on_a_sofa_starts_at_one_end_of_the_seat()
    {
        var placed = Place("walk");
        var (cat, couch) = (placed.Single(e => e.Kind == "cat"), placed.Single(e => e.Kind == "couch"));
        Assert.True(cat.Position.X < couch.Position.X - 0.3f, "it starts at the −X end, so the walk runs along the seat");
        // The sofa faces the camera (+Z), its seat along the walk.
        Assert.Equal(0, Vector3.Transform(AssetLibrary.Front("couch"), couch.Rotation).X, 3);
        Assert.True(cat.Position.Y - cat.Shape.HalfHeight > 0.25f);
    }
}
