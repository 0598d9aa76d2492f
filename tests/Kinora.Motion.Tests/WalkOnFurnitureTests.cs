using System.Numerics;
using Kinora.Compose;
using Kinora.Plan;
using Xunit.Abstractions;

namespace Kinora.Motion.Tests;

/// <summary>
/// "A cat walks on a sofa": the walker starts on the seat, walks along it, and stops at its end — it is neither
/// pushed off the sofa to clear its lane nor walks on into the air.
/// </summary>
public sealed class WalkOnFurnitureTests(ITestOutputHelper output)
{
    [Fact]
    public void A_cat_walking_on_a_couch_stays_on_the_seat_and_stops_at_its_end()
    {
        var world = Composer.Compose(new ScenePlan
        {
            Format = new VideoFormat { Width = 640, Height = 360, Fps = 12, Seconds = 6 },
            Cast = [new CastMember { Id = "cat1", Kind = "cat" }, new CastMember { Id = "couch1", Kind = "couch" }],
            Relations = [new RelationSpec { Subject = "cat1", Relation = "on", Object = "couch1" }],
            Shots = [new ShotSpec { Seconds = 6, Actions = [new ActionSpec { Actor = "cat1", Verb = "walk" }] }],
        });
        var track = Simulator.Simulate(world);
        var (cat, couch) = (world.IndexOf("cat1"), world.IndexOf("couch1"));
        var seat = world.Entities[couch];
        float minX = float.MaxValue, maxX = float.MinValue, minFeet = float.MaxValue;
        var half = world.Entities[cat].Shape.HalfHeight;
        for (var f = 0; f < track.FrameCount; f++)
        {
            var p = track.PoseOf(f, cat).Position;
            (minX, maxX, minFeet) = (MathF.Min(minX, p.X), MathF.Max(maxX, p.X), MathF.Min(minFeet, p.Y - half));
            Assert.True(MathF.Abs(p.Z - seat.Position.Z) < seat.Shape.BoundingRadius, $"frame {f}: the cat left the couch sideways (z {p.Z:F2})");
        }
        output.WriteLine($"cat x {minX:F2}..{maxX:F2}, lowest feet {minFeet:F2} m; couch at x {seat.Position.X:F2} ± {seat.Shape.BoundingRadius:F2}");
        Assert.True(maxX - minX > 0.3f, $"the cat walked only {maxX - minX:F2} m");
        Assert.True(maxX <= seat.Position.X + seat.Shape.BoundingRadius, $"the cat walked off the end of the couch (x {maxX:F2})");
        Assert.True(minFeet > 0.25f, $"the cat's feet came down to {minFeet:F2} m: it is not on the seat");
    }
}
