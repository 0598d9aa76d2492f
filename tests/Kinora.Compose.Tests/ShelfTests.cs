using Kinora.Plan;

namespace Kinora.Compose.Tests;

/// <summary>A shelf is a piece of furniture something can stand on top of and fall off.</summary>
public class ShelfTests
{
    [Fact]
    public void A_vase_on_a_shelf_starts_on_its_top_board_at_the_edge()
    {
        var plan = new ScenePlan
        {
            Cast = [new CastMember { Id = "vase1", Kind = "vase" }, new CastMember { Id = "shelf1", Kind = "shelf" }],
            Relations = [new RelationSpec { Subject = "vase1", Relation = "on", Object = "shelf1" }],
            Shots = [new ShotSpec { Actions = [new ActionSpec { Actor = "vase1", Verb = "fall" }] }],
        };
        var world = Composer.Compose(plan);
        var shelf = world.Entities.Single(e => e.CastId == "shelf1");
        var vase = world.Entities.First(e => e.CastId == "vase1"); // the whole; its pre-cut pieces follow, parked
        var top = shelf.Position.Y + ((BoxShape)shelf.Shape).HalfExtents.Y;
        Assert.InRange(top, 1.0f, 1.4f);
        Assert.InRange(vase.Position.Y - vase.Shape.HalfHeight, top - 0.01f, top + 0.02f);
    }
}
