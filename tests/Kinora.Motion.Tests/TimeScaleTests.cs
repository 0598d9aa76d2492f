using Kinora.Compose;
using Kinora.Plan;

namespace Kinora.Motion.Tests;

public sealed class TimeScaleTests
{
    private static double FirstContact(string[] manner)
    {
        var world = Composer.Compose(new ScenePlan
        {
            Format = new VideoFormat { Seconds = 4, Fps = 24 },
            Cast = [new CastMember { Id = "ball1", Kind = "sports ball", Traits = new Traits { Size = 0.2 } }],
            Shots = [new ShotSpec { Seconds = 4, Actions = [new ActionSpec { Actor = "ball1", Verb = "drop", Height = 0.5, Manner = manner }] }],
        });
        var drop = world.Entities[0].Position.Y - 0.1;
        var track = Simulator.Simulate(world);
        var first = track.Events.First(e => e.B == "ground").Time;
        return first / Math.Sqrt(2 * drop / 9.81); // video seconds per simulated second of the fall
    }

    [Fact]
    public void Slow_motion_stretches_time_and_keeps_events_in_video_seconds()
    {
        Assert.InRange(FirstContact([]), 0.98, 1.02);
        Assert.InRange(FirstContact(["slow motion"]), 1 / TimeScale.SlowMotion * 0.98, 1 / TimeScale.SlowMotion * 1.02);
    }
}
