using System.Diagnostics;
using System.Numerics;
using Kinora.Compose;
using Kinora.Plan;
using Xunit.Abstractions;

namespace Kinora.Motion.Tests;

/// <summary>Whole scenes: body order, static bodies, no event spam from rolling or resting, timing.</summary>
public sealed class SceneTests(ITestOutputHelper output)
{
    [Fact]
    public void RollingMakesNoContactEventsButSteadyRollSamples()
    {
        var world = Composer.Compose(new ScenePlan
        {
            Format = new VideoFormat { Fps = 24, Seconds = 5 },
            World = new WorldSpec { Ground = "grass" },
            Cast = [new CastMember { Id = "ball1", Kind = "sports ball" }],
            Shots = [new ShotSpec { Seconds = 5, Actions = [new ActionSpec { Actor = "ball1", Verb = "roll", Speed = 2 }] }],
        });
        var track = Simulator.Simulate(world);
        var start = track.PoseOf(0, 0).Position;
        var end = track.PoseOf(track.FrameCount - 1, 0).Position;
        output.WriteLine($"rolled {end.X - start.X:F3} m, events {track.Events.Count}");
        Assert.DoesNotContain(track.Events, e => e.Kind != EventKinds.Roll);
        // Rolling is heard as a continuous sound: a "roll" sample every 50 ms, its speed falling as the ball slows.
        var rolls = track.Events.Where(e => e.Kind == EventKinds.Roll).ToList();
        Assert.InRange(rolls.Count, 4.0 / Physics.ContactTracker.SampleSeconds, 5.0 / Physics.ContactTracker.SampleSeconds + 1);
        Assert.All(rolls, r => Assert.Equal(("ball1", "ground", "rubber", "grass"), (r.A, r.B, r.MaterialA, r.MaterialB)));
        Assert.InRange(rolls[0].RelativeSpeed, 1.8, 2.05);
        Assert.True(rolls[^1].RelativeSpeed < rolls[0].RelativeSpeed);
        Assert.InRange(end.Y, start.Y - 0.005, start.Y + 0.005); // stays on the floor
        Assert.True(end.X - start.X > 3, "rolls on");
        Assert.True(end.X - start.X < 10, "rolling resistance slows it (no friction would be 10 m)");
    }

    [Fact]
    public void CountedBoxesKeepEntityOrderAndSettleQuietly()
    {
        var world = Composer.Compose(new ScenePlan
        {
            Format = new VideoFormat { Fps = 30, Seconds = 4 },
            Cast = [new CastMember { Id = "crate1", Kind = "crate", Count = 5 }, new CastMember { Id = "ball1", Kind = "sports ball" }],
            Shots = [new ShotSpec { Seconds = 4, Actions = [new ActionSpec { Actor = "crate1", Verb = "drop", Height = 1 }] }],
        });
        var track = Simulator.Simulate(world);
        foreach (var e in track.Events) output.WriteLine($"{e.Time:F4} {e.A}-{e.B} J={e.Impulse:F4} v={e.RelativeSpeed:F4} at {e.Position}");
        Assert.Equal(world.Entities.Select(e => e.Id), track.BodyIds);
        Assert.Contains("crate1.5", track.BodyIds);
        Assert.Equal(120, track.FrameCount);
        // Each crate lands and bounces a few times (wood on concrete, e ≈ 0.42), each bounce softer, then rests:
        // a handful of events, not one per step.
        foreach (var id in track.BodyIds.Where(id => id.StartsWith("crate1")))
        {
            var hits = track.Events.Where(e => e.A == id).ToList();
            Assert.InRange(hits.Count, 1, 8);
            Assert.All(hits, e => Assert.Equal("ground", e.B));
            Assert.True(hits[0].Impulse > hits[^1].Impulse);
            Assert.DoesNotContain(hits, e => e.Time > 2.5);
        }
        Assert.DoesNotContain(track.Events, e => e.A == "ball1"); // the ball just sits
    }

    [Fact]
    public void StaticBodiesNeverMoveAndStopOthers()
    {
        var plan = new ScenePlan { Format = new VideoFormat { Fps = 24, Seconds = 2 } };
        var table = Scenes.DroppedBall().Entities[0] with
        {
            Id = "table", CastId = "table", Kind = "table", IsStatic = true,
            Shape = new BoxShape(new Vector3(0.5f, 0.4f, 0.5f)), Position = new Vector3(0, 0.4f, 0),
        };
        var ball = Scenes.DroppedBall().Entities[0] with { Position = new Vector3(0, 2, 0) };
        var world = new World(plan, Scenes.DroppedBall().Environment, [table, ball]);
        var track = Simulator.Simulate(world);
        foreach (var e in track.Events) output.WriteLine($"{e.Time:F4} {e.A}-{e.B} J={e.Impulse:F4} v={e.RelativeSpeed:F4} at {e.Position}");
        for (var f = 0; f < track.FrameCount; f++) Assert.Equal(new Pose(table.Position, table.Rotation), track.PoseOf(f, 0));
        // The ball bounces on the table top (rubber on rubber, e = 0.8) and never reaches the floor.
        Assert.NotEmpty(track.Events);
        Assert.All(track.Events, e =>
        {
            Assert.Equal("ball1", e.A); // what moves is A; a static body, like the ground, is B
            Assert.Equal("table", e.B);
            Assert.InRange(e.Position.Y, 0.78f, 0.81f);
        });
        var fall = 2 - ball.Shape.HalfHeight - 0.8; // m, bottom of the ball to the table top
        Assert.InRange(track.Events[0].Time, Math.Sqrt(2 * fall / 9.81) * 0.99, Math.Sqrt(2 * fall / 9.81) * 1.01);
    }

    [Fact]
    public void EightSecondsOfTwoHundredBoxesRunsInSeconds()
    {
        var world = Composer.Compose(new ScenePlan
        {
            Format = new VideoFormat { Fps = 24, Seconds = 8 },
            Cast = [new CastMember { Id = "domino1", Kind = "domino", Count = 100 }, new CastMember { Id = "box1", Kind = "cube", Count = 100 }],
            Shots = [new ShotSpec { Seconds = 8, Actions = [new ActionSpec { Actor = "box1", Verb = "drop", Height = 1 }] }],
        });
        var clock = Stopwatch.StartNew();
        var track = Simulator.Simulate(world);
        clock.Stop();
        output.WriteLine($"200 bodies × {track.FrameCount} frames at {Simulator.StepsPerFrame(24) * 24} Hz: {clock.Elapsed.TotalSeconds:F2} s wall, {track.Events.Count} events");
        Assert.Equal(200, track.BodyIds.Count);
        Assert.True(clock.Elapsed.TotalSeconds < 60);

        clock.Restart();
        var jsonl = new StringWriter();
        TrackJsonl.Write(track, jsonl);
        output.WriteLine($"JSONL: {jsonl.GetStringBuilder().Length / 1e6:F1} MB in {clock.Elapsed.TotalSeconds:F2} s");

        clock.Restart();
        var ball = Simulator.Simulate(Scenes.DroppedBall(height: 2, fps: 24, seconds: 8));
        output.WriteLine($"one bouncing ball, 8 s at 24 fps: {clock.Elapsed.TotalMilliseconds:F0} ms, {ball.Events.Count} events");
    }

    [Fact]
    public void ProgressReachesOne()
    {
        var reports = new List<double>();
        Simulator.Simulate(Scenes.DroppedBall(seconds: 1), new SyncProgress(reports.Add));
        Assert.NotEmpty(reports);
        Assert.Equal(1.0, reports[^1]);
        Assert.Equal(reports.OrderBy(r => r), reports);
    }

    [Theory]
    [InlineData(24, 10)]
    [InlineData(30, 8)]
    [InlineData(60, 4)]
    [InlineData(25, 10)]
    [InlineData(7, 35)]
    public void StepsFitWholeInAFrame(int fps, int steps) => Assert.Equal(steps, Simulator.StepsPerFrame(fps));

    /// <summary>Progress&lt;T&gt; posts to the thread pool; tests need the calls in order, on this thread.</summary>
    private sealed class SyncProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
