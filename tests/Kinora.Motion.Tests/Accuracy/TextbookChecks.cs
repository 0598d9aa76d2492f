using System.Numerics;
using Kinora.Compose;
using Kinora.Compose.Scenarios;
using Kinora.Motion.Physics;
using Kinora.Plan;

namespace Kinora.Motion.Tests.Accuracy;

/// <summary>
/// The accuracy table's experiments: each sets up a textbook situation in a bare ODE world (or, for the domino
/// chain, through Compose and the Simulator) and returns what it measured next to the closed-form answer.
/// The tests assert the tolerances; <c>bench/physics/run.sh</c> writes the same rows to results.md.
/// </summary>
internal static class TextbookChecks
{
    public static IEnumerable<Func<Check>> All =>
    [
        FreeFall, BounceApex, SlidingDistance, PendulumPeriod, ProjectileRange, HeadOnMomentum, StackDrift,
        DominoChain, NoTunnelling, WoodFloats, IronSinks,
    ];

    /// <summary>A ball's bottom starts 2 m up; first touch at t = √(2h/g).</summary>
    public static Check FreeFall()
    {
        using var w = TestBench.World();
        const float r = 0.1f, h = 2;
        TestBench.Ball(w, r, 1, new Vector3(0, h + r, 0), TestBench.Surface(0.5, 0));
        var tracker = new ContactTracker(["ball"], TestBench.Dt);
        for (var s = 0; s < 240 * 2; s++) { w.Step(TestBench.Dt); tracker.Observe(s, s * TestBench.Dt, w.Contacts); }
        var first = tracker.Finish().First(e => e.Kind == EventKinds.Contact);
        return new Check("free fall from 2 m: time to the floor", first.Time, Math.Sqrt(2 * h / TestBench.G), "s", 1);
    }

    /// <summary>e = 0.8 from 1 m: the first rebound's apex is e²h.</summary>
    public static Check BounceApex()
    {
        const double e = 0.8, h = 1;
        using var w = TestBench.World(ground: TestBench.Surface(0.5, e));
        const float r = 0.05f;
        var ball = TestBench.Ball(w, r, 0.2, new Vector3(0, (float)h + r, 0), TestBench.Surface(0.5, e));
        double apex = 0;
        var bounced = false;
        for (var s = 0; s < 240 * 2; s++)
        {
            w.Step(TestBench.Dt);
            var state = w.StateOf(ball);
            if (!bounced && state.LinearVelocity.Y > 0) bounced = true;
            if (bounced) apex = Math.Max(apex, state.Pose.Position.Y - r);
            if (bounced && state.LinearVelocity.Y < 0) break;
        }
        return new Check("bounce apex, e = 0.8 from 1 m", apex, e * e * h, "m", 5);
    }

    /// <summary>A block pushed at 3 m/s on μ = 0.4 slides v²/(2μg) before it stops.</summary>
    public static Check SlidingDistance()
    {
        const double mu = 0.4, v = 3;
        using var w = TestBench.World(ground: TestBench.Surface(mu, 0));
        var half = new Vector3(0.1f, 0.05f, 0.1f);
        var block = TestBench.Box(w, half, 1, new Vector3(0, half.Y, 0), TestBench.Surface(mu, 0), new Vector3((float)v, 0, 0));
        for (var s = 0; s < 240 * 3; s++) w.Step(TestBench.Dt);
        var x = w.StateOf(block).Pose.Position.X;
        return new Check("sliding distance, 3 m/s on μ = 0.4", x, v * v / (2 * mu * TestBench.G), "m", 5);
    }

    /// <summary>
    /// A 5 cm bob on a 1 m hinge let go from 10°: the physical pendulum's period 2π√(I/mgL), I = m(L² + ⅖r²), times
    /// the finite-amplitude series 1 + θ²/16 + 11θ⁴/3072.
    /// </summary>
    public static Check PendulumPeriod()
    {
        const double length = 1, theta = 10 * Math.PI / 180;
        const float r = 0.05f;
        using var w = TestBench.World();
        var pivot = new Vector3(0, 2, 0);
        var at = pivot + new Vector3((float)(-length * Math.Sin(theta)), (float)(-length * Math.Cos(theta)), 0);
        var bob = TestBench.Ball(w, r, 1, at, TestBench.Surface(0.5, 0));
        w.AddJoint(new JointSpec(JointKind.Hinge, bob, ContactReport.Ground, pivot, Vector3.UnitZ));
        var crossings = new List<double>();
        var previous = at.X;
        for (var s = 1; s <= 240 * 12 && crossings.Count < 11; s++)
        {
            w.Step(TestBench.Dt);
            var x = w.StateOf(bob).Pose.Position.X;
            if (previous < 0 && x >= 0) crossings.Add((s - 1 + -previous / (x - previous)) * TestBench.Dt); // upward zero crossings
            previous = x;
        }
        var measured = (crossings[^1] - crossings[0]) / (crossings.Count - 1);
        var i = length * length + 0.4 * r * r;
        var expected = 2 * Math.PI * Math.Sqrt(i / (TestBench.G * length)) * (1 + theta * theta / 16 + 11 * Math.Pow(theta, 4) / 3072);
        return new Check("pendulum period, 1 m, 10°", measured, expected, "s", 2, Note: $"{crossings.Count - 1} periods");
    }

    /// <summary>Launched at 5 m/s, 40°, from 1 m up: lands where y(t) = r, x = vx·t.</summary>
    public static Check ProjectileRange()
    {
        const double v = 5, angle = 40 * Math.PI / 180, y0 = 1;
        const float r = 0.03f;
        using var w = TestBench.World();
        var velocity = new Vector3((float)(v * Math.Cos(angle)), (float)(v * Math.Sin(angle)), 0);
        TestBench.Ball(w, r, 0.1, new Vector3(0, (float)y0 + r, 0), TestBench.Surface(0.5, 0), velocity);
        var tracker = new ContactTracker(["ball"], TestBench.Dt);
        for (var s = 0; s < 240 * 3; s++) { w.Step(TestBench.Dt); tracker.Observe(s, s * TestBench.Dt, w.Contacts); }
        var landing = tracker.Finish().First(e => e.Kind == EventKinds.Contact);
        var vy = v * Math.Sin(angle);
        var t = (vy + Math.Sqrt(vy * vy + 2 * TestBench.G * y0)) / TestBench.G;
        return new Check("projectile range, 5 m/s at 40° from 1 m", landing.Position.X, v * Math.Cos(angle) * t, "m", 2);
    }

    /// <summary>1 kg at 2 m/s into 2 kg at rest, no gravity: total momentum 2 kg·m/s before and after.</summary>
    public static Check HeadOnMomentum()
    {
        using var w = TestBench.World(gravity: 0);
        var steel = TestBench.Surface(0.3, 0.9);
        var a = TestBench.Ball(w, 0.05f, 1, new Vector3(-0.5f, 1, 0), steel, new Vector3(2, 0, 0));
        var b = TestBench.Ball(w, 0.06f, 2, new Vector3(0.2f, 1, 0), steel);
        for (var s = 0; s < 240; s++) w.Step(TestBench.Dt);
        var p = 1 * w.StateOf(a).LinearVelocity.X + 2 * w.StateOf(b).LinearVelocity.X;
        return new Check("head-on collision: momentum after", p, 2.0, "kg·m/s", 3, Note: "1 kg at 2 m/s into 2 kg, e = 0.9");
    }

    /// <summary>
    /// Ten 20 cm wooden blocks stacked: after the first half second (each contact settles into ODE's 1 mm surface
    /// layer, about 1 cm for the whole stack, once) the top one may not wander more than 1 mm in the next 10 s.
    /// </summary>
    public static Check StackDrift()
    {
        var wood = MaterialLibrary.Get("wood");
        using var w = TestBench.World(ground: MaterialLibrary.Get("concrete"));
        var half = new Vector3(0.1f);
        var top = -1;
        for (var i = 0; i < 10; i++) top = TestBench.Box(w, half, 5.6, new Vector3(0, 0.1f + 0.2f * i, 0), wood);
        var placed = w.StateOf(top).Pose.Position;
        for (var s = 0; s < 120; s++) w.Step(TestBench.Dt);
        var start = w.StateOf(top).Pose.Position;
        for (var s = 0; s < 240 * 10; s++) w.Step(TestBench.Dt);
        var end = w.StateOf(top).Pose.Position;
        var drift = Vector3.Distance(end, start) * 1000;
        return new Check("ten-block stack: top block drift over 10 s", drift, 0, "mm", 1, Absolute: true,
            Note: $"after settling {(placed.Y - start.Y) * 1000:F1} mm into the contacts' surface layer; asleep: {!w.StateOf(top).Awake}");
    }

    /// <summary>
    /// Twenty dominoes through the real Compose layout and Simulator: each must tip past 45° after the one before
    /// it. Measured: how many fell in order (all 20 expected).
    /// </summary>
    public static Check DominoChain()
    {
        var world = Composer.Compose(new ScenePlan
        {
            Format = new VideoFormat { Fps = 24, Seconds = 6 },
            Cast = [new CastMember { Id = "domino", Kind = "domino", Count = 20 }],
            Shots = [new ShotSpec { Seconds = 6, Actions = [new ActionSpec { Actor = "domino", Verb = "topple" }] }],
        });
        var track = Simulator.Simulate(world);
        var fallTimes = new double[world.Entities.Count];
        for (var i = 0; i < fallTimes.Length; i++)
        {
            fallTimes[i] = double.PositiveInfinity;
            for (var f = 0; f < track.FrameCount; f++)
            {
                var up = Vector3.Transform(Vector3.UnitY, track.PoseOf(f, i).Rotation);
                if (up.Y < MathF.Cos(MathF.PI / 4)) { fallTimes[i] = track.TimeOf(f); break; }
            }
        }
        var inOrder = 0;
        for (var i = 0; i < fallTimes.Length && !double.IsInfinity(fallTimes[i]) && (i == 0 || fallTimes[i] >= fallTimes[i - 1]); i++) inOrder++;
        return new Check("domino chain: dominoes fallen in order", inOrder, world.Entities.Count, "", 0, Absolute: true,
            Note: $"last fell at {fallTimes[^1]:F2} s");
    }

    /// <summary>A 2 cm marble at 30 m/s at a 1 cm wall: without sub-steps it moves 12.5 cm a step and passes through.</summary>
    public static Check NoTunnelling()
    {
        using var w = TestBench.World(gravity: 0);
        var glass = MaterialLibrary.Get("glass");
        TestBench.Box(w, new Vector3(0.005f, 0.5f, 0.5f), 1, new Vector3(1, 1, 0), MaterialLibrary.Get("wood"), isStatic: true);
        var marble = TestBench.Ball(w, 0.01f, 0.01, new Vector3(0, 1, 0), glass, new Vector3(30, 0, 0));
        for (var s = 0; s < 240; s++) w.Step(TestBench.Dt);
        // Touching the wall's near face (x = 0.995) puts the centre at 0.985; a marble that passed through ends far beyond.
        var past = Math.Max(0, w.StateOf(marble).Pose.Position.X - 0.985);
        return new Check("no tunnelling: 30 m/s marble at a 1 cm wall, end beyond its near side", past, 0, "m", 0.001, Absolute: true,
            Note: $"bounced back to x = {w.StateOf(marble).Pose.Position.X:F2} m");
    }

    /// <summary>A wooden block (700 kg/m³) in water floats with 70 % of its height under the surface.</summary>
    public static Check WoodFloats()
    {
        var (world, track) = TankScene();
        var block = world.IndexOf("wood");
        var water = world.Entities[world.IndexOf(LiquidTank.WaterId("tank"))];
        var surface = water.Position.Y + ((LiquidShape)water.Shape).HalfExtents.Y;
        var half = ((BoxShape)world.Entities[block].Shape).HalfExtents.Y;
        var y = track.PoseOf(track.FrameCount - 1, block).Position.Y;
        var submerged = Math.Clamp((surface - (y - half)) / (2 * half), 0, 1);
        return new Check("wood floats: share of height under water", submerged, 700.0 / 1000, "", 5);
    }

    /// <summary>An iron block sinks and rests on the tank's floor.</summary>
    public static Check IronSinks()
    {
        var (world, track) = TankScene();
        var block = world.IndexOf("iron");
        var half = ((BoxShape)world.Entities[block].Shape).HalfExtents.Y;
        var bottom = track.PoseOf(track.FrameCount - 1, block).Position.Y - half;
        return new Check("iron sinks: its bottom above the tank floor", bottom, LiquidTank.Wall, "m", 0.005, Absolute: true);
    }

    private static (World, Track)? _tank;

    /// <summary>"A wooden block and an iron block are placed in a tank of water", as plan JSON would say it.</summary>
    public static (World World, Track Track) TankScene()
    {
        if (_tank is { } cached) return cached;
        var world = Composer.Compose(new ScenePlan
        {
            Format = new VideoFormat { Fps = 24, Seconds = 6 },
            Cast =
            [
                new CastMember { Id = "wood", Kind = "block", Traits = new Traits { Material = "wood", Size = 0.2 } },
                new CastMember { Id = "iron", Kind = "block", Traits = new Traits { Material = "iron", Size = 0.2 } },
                new CastMember { Id = "tank", Kind = "water" },
            ],
            Shots = [new ShotSpec { Seconds = 6, Actions = [new ActionSpec { Actor = "wood", Verb = "float" }, new ActionSpec { Actor = "iron", Verb = "sink" }] }],
        });
        _tank = (world, Simulator.Simulate(world));
        return _tank.Value;
    }
}
