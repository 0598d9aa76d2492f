using Kinora.Compose;
using Kinora.Compose.Layout;
using Kinora.Plan;

namespace Kinora.Motion.Tests;

/// <summary>
/// A dining table is drawn with its chairs tucked in but collides as its top and legs (ModelBuilder.CollideAs), so a
/// cup set on it stays on the wooden top through the simulation, rather than resting on a box up to the chair backs.
/// </summary>
public sealed class TableTopRestTests
{
    [Fact]
    public void A_cup_on_a_dining_table_rests_on_the_wooden_top()
    {
        var world = Composer.Compose(new ScenePlan
        {
            Format = new VideoFormat { Width = 640, Height = 360, Fps = 12, Seconds = 2 },
            Cast = [new CastMember { Id = "cup1", Kind = "cup" }, new CastMember { Id = "t1", Kind = "dining table" }],
            Relations = [new RelationSpec { Subject = "cup1", Relation = "on", Object = "t1" }],
            Shots = [new ShotSpec { Seconds = 2 }],
        });
        var track = Simulator.Simulate(world);
        var (c, t) = (world.IndexOf("cup1"), world.IndexOf("t1"));
        var top = SupportSurface.Find(world.Entities[t]);
        Assert.NotNull(top);
        var start = track.PoseOf(0, c).Position;
        var end = track.PoseOf(track.FrameCount - 1, c).Position;
        var bottom = end.Y - world.Entities[c].Shape.HalfHeight;
        Assert.True(MathF.Abs(bottom - top.Value.Y) < 0.03f, $"the cup's bottom ends at {bottom:F3} m, the table top is at {top.Value.Y:F3} m");
        Assert.True((end - start).Length() < 0.03f, $"the cup moved {(end - start).Length():F3} m: it started inside something");
    }
}
