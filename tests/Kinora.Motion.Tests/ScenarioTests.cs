using System.Numerics;
using Kinora.Compose;
using Kinora.Compose.Scenarios;
using Xunit.Abstractions;

namespace Kinora.Motion.Tests;

/// <summary>The set-ups the plan's verbs and kinds call for, simulated: each shows the physics it is there for.</summary>
public sealed class ScenarioTests(ITestOutputHelper output)
{
    private static Vector3 At(Track t, World w, string id, int frame) => t.PoseOf(frame, w.IndexOf(id)).Position;

    [Fact]
    public void NewtonsCradlePassesTheSwingToTheLastBall()
    {
        var (world, track) = ScenarioPlans.Run(ScenarioPlans.Json(
            """[ { "id": "cradle", "kind": "newtons cradle" } ]""", """[ { "actor": "cradle", "verb": "swing" } ]""", seconds: 2));
        var first = NewtonsCradle.BallId("cradle", 1);
        var last = NewtonsCradle.BallId("cradle", 5);
        var middle = NewtonsCradle.BallId("cradle", 3);
        // The last ball rises almost as high as the first was lifted; the middle one barely moves.
        var lift0 = At(track, world, first, 0).Y - At(track, world, middle, 0).Y;
        double lastRise = 0, middleMove = 0;
        for (var f = 0; f < track.FrameCount * 0.4; f++)
        {
            lastRise = Math.Max(lastRise, At(track, world, last, f).Y - At(track, world, last, 0).Y);
            middleMove = Math.Max(middleMove, Math.Abs(At(track, world, middle, f).X - At(track, world, middle, 0).X));
        }
        output.WriteLine($"first lifted {lift0 * 1000:F1} mm, last rose {lastRise * 1000:F1} mm, middle moved {middleMove * 1000:F1} mm");
        Assert.InRange(lastRise, lift0 * 0.6, lift0 * 1.02);
        Assert.True(middleMove < 0.01, "the middle balls pass the momentum on");
        // The strings hold: every ball stays its string's length from its anchor.
        Assert.Contains(track.Events, e => e.Kind == EventKinds.Contact && e.A.StartsWith("cradle/ball", StringComparison.Ordinal) && e.B.StartsWith("cradle/ball", StringComparison.Ordinal));
    }

    [Fact]
    public void PendulumSwingsWithItsPeriod()
    {
        var (world, track) = ScenarioPlans.Run(ScenarioPlans.Json(
            """[ { "id": "p", "kind": "pendulum" } ]""", """[ { "actor": "p", "verb": "swing", "height": 0.8 } ]""", seconds: 6));
        var bob = world.IndexOf(Pendulum.BobId("p"));
        var pivot = world.Entities[world.IndexOf("p")].Position;
        var crossings = new List<double>();
        for (var f = 1; f < track.FrameCount; f++)
        {
            double a = track.PoseOf(f - 1, bob).Position.X - pivot.X, b = track.PoseOf(f, bob).Position.X - pivot.X;
            if (a < 0 && b >= 0) crossings.Add(track.TimeOf(f - 1) + -a / (b - a) / track.Fps);
            Assert.InRange(Vector3.Distance(track.PoseOf(f, bob).Position, pivot), 0.79, 0.81); // the rod holds
        }
        var period = (crossings[^1] - crossings[0]) / (crossings.Count - 1);
        output.WriteLine($"period {period:F4} s over {crossings.Count - 1}, 2π√(L/g) = {2 * Math.PI * Math.Sqrt(0.8 / 9.81):F4} s");
        Assert.InRange(period, 2 * Math.PI * Math.Sqrt(0.8 / 9.81) * 0.99, 2 * Math.PI * Math.Sqrt(0.8 / 9.81) * 1.03);
    }

    [Fact]
    public void GlassVaseFallingOffAShelfShatters()
    {
        var (world, track) = ScenarioPlans.Run(ScenarioPlans.Json(
            """[ { "id": "vase", "kind": "vase", "traits": { "material": "glass" } }, { "id": "shelf", "kind": "shelf", "traits": { "size": 1.2 } } ]""",
            """[ { "actor": "vase", "verb": "fall" } ]""", seconds: 3,
            relations: """[ { "subject": "vase", "relation": "on", "object": "shelf" } ]"""));
        var shatter = Assert.Single(track.Events, e => e.Kind == EventKinds.Shatter);
        output.WriteLine($"shatter at {shatter.Time:F3} s against {shatter.B}, Δv {shatter.RelativeSpeed:F2} m/s");
        Assert.Equal(("vase", "ground", "glass"), (shatter.A, shatter.B, shatter.MaterialA));
        // After the break the whole is gone and its pieces lie around where it hit.
        var end = track.FrameCount - 1;
        Assert.True(At(track, world, "vase", end).Y < -100, "the whole leaves the world");
        var pieces = world.Entities.Where(e => Shards.IsPieceOf(e.Id, "vase")).Select(e => At(track, world, e.Id, end)).ToList();
        Assert.True(pieces.Count >= 6);
        Assert.All(pieces, p => Assert.InRange(p.Y, 0, 0.3));
        Assert.All(pieces, p => Assert.InRange(Vector3.Distance(p with { Y = 0 }, shatter.Position with { Y = 0 }), 0, 1.5));
        // Before it, the pieces were out of sight.
        Assert.All(world.Entities.Where(e => Shards.IsPieceOf(e.Id, "vase")), e => Assert.True(At(track, world, e.Id, 0).Y < -100));
    }

    [Fact]
    public void WoodFloatsIronSinksBothSplash()
    {
        var (world, track) = Accuracy.TextbookChecks.TankScene();
        var splashes = track.Events.Where(e => e.Kind == EventKinds.Splash).ToList();
        output.WriteLine(string.Join("\n", splashes.Select(s => $"{s.A} {s.Time:F3} s {s.RelativeSpeed:F2} m/s")));
        Assert.Equal(["iron", "wood"], splashes.Select(s => s.A).Order());
        Assert.All(splashes, s => Assert.Equal(("tank/water", "water"), (s.B, s.MaterialB)));
        Assert.All(splashes, s => Assert.InRange(s.RelativeSpeed, 1.5, 2.5)); // dropped from 25 cm: √(2gh) ≈ 2.2 m/s
        var end = track.FrameCount - 1;
        Assert.True(At(track, world, "wood", end).Y > At(track, world, "iron", end).Y + 0.2);
    }

    [Fact]
    public void BilliardBreakScattersTheRackAndKeepsMomentumAlongTheShot()
    {
        var (world, track) = ScenarioPlans.Run(ScenarioPlans.Json(
            """[ { "id": "balls", "kind": "billiard balls", "count": 16 } ]""", """[ { "actor": "balls", "verb": "break", "speed": 6 } ]""", seconds: 2));
        Assert.Equal(16, world.Entities.Count(e => !e.IsStatic));
        var moved = Enumerable.Range(1, 15).Count(i => Vector3.Distance(track.PoseOf(track.FrameCount - 1, i).Position, track.PoseOf(0, i).Position) > 0.1);
        output.WriteLine($"{moved} of 15 racked balls moved more than 10 cm");
        Assert.True(moved >= 10);
        // The cushions keep every ball on the table.
        var bed = world.Entities[world.IndexOf("balls/table")].Position;
        for (var i = 0; i < 16; i++)
        {
            var p = track.PoseOf(track.FrameCount - 1, i).Position;
            Assert.InRange(p.Y, Billiards.BedHeight, Billiards.BedHeight + 0.05f);
            Assert.InRange(MathF.Abs(p.X - bed.X), 0, 1.27f);
        }
        Assert.True(track.Events.Count(e => e.Kind == EventKinds.Contact && e.B.StartsWith("balls.", StringComparison.Ordinal)) >= 15, "the break is a burst of clicks");
    }

    [Fact]
    public void BallRollsDownTheRampAndAcrossTheFloor()
    {
        var (world, track) = ScenarioPlans.Run(ScenarioPlans.Json(
            """[ { "id": "ramp", "kind": "ramp" }, { "id": "ball", "kind": "sports ball", "traits": { "size": 0.1 } } ]""",
            """[ { "actor": "ball", "verb": "roll", "object": "ramp" } ]""", seconds: 3));
        var start = At(track, world, "ball", 0);
        var end = At(track, world, "ball", track.FrameCount - 1);
        output.WriteLine($"from {start} to {end}");
        foreach (var e in track.Events.Take(30)) output.WriteLine($"{e.Kind} {e.Time:F3} {e.A}-{e.B} v={e.RelativeSpeed:F2} J={e.Impulse:F3}");
        Assert.True(start.Y > 0.5, "starts high on the ramp");
        Assert.True(end.X > start.X + 1.8 && end.Y < 0.06, "rolled down and out across the floor");
        Assert.Contains(track.Events, e => e.Kind == EventKinds.Roll && e.B == "ramp");
    }

    [Fact]
    public void ThrownBallFliesAParabola()
    {
        var (world, track) = ScenarioPlans.Run(ScenarioPlans.Json(
            """[ { "id": "ball", "kind": "sports ball" } ]""", """[ { "actor": "ball", "verb": "throw", "speed": 6, "height": 1 } ]""", seconds: 2));
        var land = track.Events.First(e => e.Kind == EventKinds.Contact && e.A == "ball");
        var start = At(track, world, "ball", 0);
        var angle = Launches.ThrowAngleDeg * Math.PI / 180;
        double vx = 6 * Math.Cos(angle), vy = 6 * Math.Sin(angle), y0 = start.Y - world.Entities[0].Shape.HalfHeight;
        var t = (vy + Math.Sqrt(vy * vy + 2 * 9.81 * y0)) / 9.81;
        output.WriteLine($"landed {land.Position.X - start.X:F3} m away at {land.Time:F3} s; analytic {vx * t:F3} m at {t:F3} s");
        Assert.InRange(land.Position.X - start.X, vx * t * 0.98, vx * t * 1.02);
    }

    [Fact]
    public void TwoBallsCollideHeadOn()
    {
        var (_, track) = ScenarioPlans.Run(ScenarioPlans.Json(
            """[ { "id": "ball", "kind": "sports ball", "count": 2 } ]""", """[ { "actor": "ball", "verb": "collide", "speed": 4 } ]""", seconds: 2));
        var hit = track.Events.First(e => e.Kind == EventKinds.Contact && e.B != "ground");
        Assert.Equal(("ball", "ball.2"), (hit.A, hit.B));
        Assert.InRange(hit.RelativeSpeed, 2.5, 4.2);
    }

    [Fact]
    public void LeaningTowerComesDownButAStackStands()
    {
        string Plan(string verb) => ScenarioPlans.Json("""[ { "id": "blocks", "kind": "block", "count": 8 } ]""", $$"""[ { "actor": "blocks", "verb": "{{verb}}" } ]""", seconds: 4);
        var (toppled, fell) = ScenarioPlans.Run(Plan("topple"));
        var (stacked, stood) = ScenarioPlans.Run(Plan("stack"));
        var top = toppled.Entities.Count - 1;
        Assert.True(fell.PoseOf(fell.FrameCount - 1, top).Position.Y < fell.PoseOf(0, top).Position.Y - 0.5, "the tower falls");
        // Standing, it only settles into the contacts' 1 mm surface layers.
        Assert.Equal(stood.PoseOf(0, top).Position.Y, stood.PoseOf(stood.FrameCount - 1, top).Position.Y, 0.02);
        var settled = stood.PoseOf(stood.Fps / 2, top).Position.X;
        output.WriteLine($"stack top x: {stood.PoseOf(0, top).Position.X:F4} → {settled:F4} at 0.5 s → {stood.PoseOf(stood.FrameCount - 1, top).Position.X:F4}");
        Assert.Equal(settled, stood.PoseOf(stood.FrameCount - 1, top).Position.X, 0.001); // no creep once settled
        Assert.Equal(stacked.Entities.Count - 1, top);
    }

    [Fact]
    public void PouredMarblesHeapUp()
    {
        var (world, track) = ScenarioPlans.Run(ScenarioPlans.Json(
            """[ { "id": "marbles", "kind": "marble", "count": 40 } ]""", """[ { "actor": "marbles", "verb": "pour" } ]""", seconds: 4));
        Assert.Equal(40, world.Entities.Count);
        var end = track.PosesAt(track.FrameCount - 1).ToArray();
        Assert.All(end, p => Assert.InRange(p.Position.Y, 0, 0.2));
        Assert.True(track.Events.Count(e => e.Kind == EventKinds.Contact) >= 40, "each marble lands");
    }

    [Fact]
    public void WindPushesABallDownwind()
    {
        string Plan(string weather) => ScenarioPlans.Json("""[ { "id": "ball", "kind": "sports ball" } ]""", "[]", seconds: 3,
            world: $$"""{ "ground": "concrete", "weather": "{{weather}}" }""");
        var (_, calm) = ScenarioPlans.Run(Plan("clear"));
        var (_, storm) = ScenarioPlans.Run(Plan("storm"));
        var moved = storm.PoseOf(storm.FrameCount - 1, 0).Position.X - storm.PoseOf(0, 0).Position.X;
        output.WriteLine($"storm moved the ball {moved:F2} m");
        Assert.Equal(calm.PoseOf(0, 0).Position.X, calm.PoseOf(calm.FrameCount - 1, 0).Position.X, 1e-4);
        Assert.True(moved > 0.5);
    }

    [Fact]
    public void MoonGravityComesFromThePlan()
    {
        string Plan(double g) => ScenarioPlans.Json("""[ { "id": "ball", "kind": "sports ball" } ]""", """[ { "actor": "ball", "verb": "drop", "height": 2 } ]""",
            world: $$"""{ "ground": "concrete", "gravity": {{g}} }""", seconds: 3);
        var earth = ScenarioPlans.Run(Plan(9.81)).Track.Events.First();
        var moon = ScenarioPlans.Run(Plan(1.62)).Track.Events.First();
        Assert.Equal(Math.Sqrt(9.81 / 1.62), moon.Time / earth.Time, 0.02);
    }
}
