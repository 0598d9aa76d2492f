using Xunit.Abstractions;

namespace Kinora.Motion.Tests;

/// <summary>A dropped rubber ball against closed-form kinematics: free fall, restitution, contact impulse.</summary>
public sealed class BouncingBallTests(ITestOutputHelper output)
{
    [Fact]
    public void FirstContactComesAtTheFreeFallTime()
    {
        var world = Scenes.DroppedBall(height: 2);
        var track = Simulator.Simulate(world);
        var h = Scenes.DropHeight(world);
        var analytic = Math.Sqrt(2 * h / 9.81); // h = ½ g t²
        var first = track.Events.First(e => e.B == "ground");
        output.WriteLine($"h={h:F4} m first contact {first.Time:F5} s, analytic {analytic:F5} s, error {(first.Time / analytic - 1) * 100:F3} %");
        Assert.Equal("ball1", first.A);
        Assert.InRange(first.Time, analytic * 0.99, analytic * 1.01);
    }

    [Fact]
    public void ApexesShrinkByRestitutionSquared()
    {
        var world = Scenes.DroppedBall(height: 2, seconds: 4);
        var track = Simulator.Simulate(world);
        var h = Scenes.DropHeight(world);
        var e = Scenes.Restitution(world);
        var apexes = Scenes.Apexes(Scenes.BottomHeights(track, world));
        output.WriteLine($"h={h:F4} e={e:F4} apexes: {string.Join(", ", apexes.Select(a => $"{a.Height:F4}@{a.Frame}"))}");
        output.WriteLine($"expected e²h={e * e * h:F4}, e⁴h={Math.Pow(e, 4) * h:F4}");

        Assert.True(apexes.Count >= 3, "expected several bounces");
        for (var i = 1; i < apexes.Count; i++) Assert.True(apexes[i].Height < apexes[i - 1].Height, "apexes must shrink");
        // A bounce returns speed e·v, so the apex after it is e²·(previous height).
        Assert.InRange(apexes[0].Height, e * e * h * 0.9, e * e * h * 1.1);
        Assert.InRange(apexes[1].Height, Math.Pow(e, 4) * h * 0.9, Math.Pow(e, 4) * h * 1.1);
    }

    [Fact]
    public void EachBounceIsOneContactWithShrinkingImpulse()
    {
        var world = Scenes.DroppedBall(height: 2, seconds: 6, fps: 240); // a frame per physics step
        var track = Simulator.Simulate(world);
        var heights = Scenes.BottomHeights(track, world);
        var events = track.Events.Where(e => e.A == "ball1" && e.B == "ground").ToList();
        output.WriteLine(string.Join("\n", events.Select(e => $"t={e.Time:F4} J={e.Impulse:F4} N·s v={e.RelativeSpeed:F4} m/s")));
        Assert.Equal(track.Events.Count, events.Count);

        // Between two contact events the ball was in the air: no bounce is reported twice.
        for (var i = 1; i < events.Count; i++)
        {
            var from = (int)Math.Ceiling(events[i - 1].Time * track.Fps);
            var to = (int)Math.Floor(events[i].Time * track.Fps);
            var airborne = 0.0;
            for (var f = from; f <= to; f++) airborne = Math.Max(airborne, heights[f]);
            Assert.True(airborne > 0.0001, $"events {i - 1} and {i} with no flight between them");
        }
        // Every visible flight ends in an event (apexes seen in the frames ≤ events).
        Assert.True(events.Count >= Scenes.Apexes(heights, 0.01).Count);
        // The ball comes to rest: no event in the last second.
        Assert.DoesNotContain(events, e => e.Time > 5);

        for (var i = 1; i < events.Count; i++) Assert.True(events[i].Impulse < events[i - 1].Impulse, "impulses must shrink");

        // First hit: momentum change m(1 + e)v with v = √(2gh).
        var m = world.Entities[0].Mass;
        var e0 = Scenes.Restitution(world);
        var v = Math.Sqrt(2 * 9.81 * Scenes.DropHeight(world));
        var expected = m * (1 + e0) * v;
        output.WriteLine($"m={m:F4} kg v={v:F4} m/s expected J={expected:F4} N·s got {events[0].Impulse:F4}");
        Assert.InRange(events[0].Impulse, expected * 0.85, expected * 1.15);
        Assert.InRange(events[0].RelativeSpeed, v * 0.97, v * 1.03);
        Assert.InRange(events[0].Position.Y, -0.01, 0.01);
    }

    [Fact]
    public void AHarderHitGivesALargerImpulse()
    {
        var low = Simulator.Simulate(Scenes.DroppedBall(height: 0.5, seconds: 1)).Events[0];
        var high = Simulator.Simulate(Scenes.DroppedBall(height: 3, seconds: 1.5)).Events[0];
        Assert.True(high.Impulse > low.Impulse * 2);
    }

    [Fact]
    public void MoonGravityLandsLater()
    {
        var earth = Simulator.Simulate(Scenes.DroppedBall(gravity: 9.81)).Events[0];
        var moon = Simulator.Simulate(Scenes.DroppedBall(gravity: 1.62, seconds: 4)).Events[0];
        output.WriteLine($"earth {earth.Time:F4} s, moon {moon.Time:F4} s");
        Assert.True(moon.Time > earth.Time * 2);
    }

    [Fact]
    public void TwoRunsAreIdentical()
    {
        var world = Scenes.DroppedBall(height: 1.2, seconds: 3);
        var a = Simulator.Simulate(world);
        var b = Simulator.Simulate(world);
        for (var f = 0; f < a.FrameCount; f++)
        {
            Assert.Equal(a.PoseOf(f, 0), b.PoseOf(f, 0));
            Assert.Equal(a.CameraAt(f), b.CameraAt(f));
        }
        Assert.Equal(a.Events, b.Events);
    }
}
