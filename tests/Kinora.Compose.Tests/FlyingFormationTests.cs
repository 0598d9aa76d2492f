using System.Numerics;
using Kinora.Plan;

namespace Kinora.Compose.Tests;

/// <summary>"A flock of birds flies": the group starts as a V behind its leader, not in single file along the way
/// it flies (+X), which read as a line of ducks.</summary>
public class FlyingFormationTests
{
    [Fact]
    public void A_flying_flock_starts_as_a_v_behind_its_leader()
    {
        var world = Composer.Compose(new ScenePlan
        {
            Cast = [new CastMember { Id = "bird1", Kind = "bird", Count = 7 }],
            Shots = [new ShotSpec { Actions = [new ActionSpec { Actor = "bird1", Verb = "fly" }] }],
        });
        var birds = world.Entities.Where(e => e.CastId == "bird1").ToList();
        var leader = birds.MaxBy(b => b.Position.X)!;
        Assert.True(MathF.Abs(leader.Position.Z) < 0.5f * leader.Shape.BoundingRadius, "the leader is not at the point of the V");
        Assert.Contains(birds, b => b.Position.Z > leader.Shape.BoundingRadius);
        Assert.Contains(birds, b => b.Position.Z < -leader.Shape.BoundingRadius);
        // Farther back, farther out: the wings of the V.
        foreach (var b in birds.Where(b => b != leader))
            Assert.True(MathF.Abs(b.Position.Z) > 0.5f * (leader.Position.X - b.Position.X), $"{b.Id} at {b.Position} is not on a wing of the V");
        for (var i = 0; i < birds.Count; i++)
            for (var j = i + 1; j < birds.Count; j++)
                Assert.True(Vector3.Distance(birds[i].Position, birds[j].Position) >= birds[i].Shape.BoundingRadius + birds[j].Shape.BoundingRadius,
                    $"{birds[i].Id} overlaps {birds[j].Id}");
    }

    [Fact]
    public void Birds_standing_about_still_stand_side_by_side()
    {
        var world = Composer.Compose(new ScenePlan
        {
            Cast = [new CastMember { Id = "bird1", Kind = "bird", Count = 5 }],
            Shots = [new ShotSpec()],
        });
        Assert.All(world.Entities, e => Assert.True(MathF.Abs(e.Position.Z) < e.Shape.BoundingRadius));
    }
}
