using System.Diagnostics;
using System.Numerics;
using Kinora.Compose;
using Kinora.Motion.Physics;

namespace Kinora.Motion.Tests.Accuracy;

/// <summary>
/// The speed row that stays busy: <see cref="Bodies"/> spheres and boxes in a kinematic drum (a tumbler, R = 1.3 m,
/// 1.5 m long, axis along Z) turning at <see cref="DrumRadPerSecond"/>, simulated for 10 s at 240 Hz with contact
/// tracking. A settled pile falls asleep and costs nothing; here the drum lifts the bed and it keeps cascading, so
/// every body stays awake and every step pays for ~500 bodies and their contacts.
/// </summary>
internal static class TumblerBench
{
    public const int Bodies = 500;
    /// <summary>rad/s: Froude number ω²R/g ≈ 0.2, a cascading-to-cataracting bed that never comes to rest.</summary>
    public const double DrumRadPerSecond = 1.2;
    private const float Radius = 1.3f, HalfLength = 0.75f, Wall = 0.05f;
    private const int Sides = 24;
    private static readonly Vector3 Axis = new(0, 1.5f, 0);

    public static (double WallSeconds, double CpuSeconds, double AwakeShare, int Steps, double ContactsPerStep, double ThreadCpuSeconds, double Checksum) Run(int steps = 2400, int solverThreads = 0,
        bool managedBroadPhase = true)
    {
        using var w = new Kinora.Motion.Ode.OdeWorld(new Vector3(0, -(float)TestBench.G, 0), MaterialLibrary.Get("concrete"))
        {
            SolverThreads = solverThreads > 0 ? solverThreads : Kinora.Motion.Ode.OdeWorld.DefaultSolverThreads,
            ManagedBroadPhase = managedBroadPhase,
        };
        var steel = MaterialLibrary.Get("steel");
        w.AddBody(new BodySpec(Drum(), steel, 100, Axis, Quaternion.Identity, Vector3.Zero,
            new Vector3(0, 0, (float)DrumRadPerSecond), IsStatic: false, IsKinematic: true));
        var wood = MaterialLibrary.Get("wood");
        var rubber = MaterialLibrary.Get("rubber");
        var random = new Kinora.Plan.SeededRandom(42, "bench/tumbler");
        var ids = new List<string> { "drum" };
        // A 9 × 8 × 7 grid at 0.2 m inside the drum (its farthest corner 1.06 m from the axis).
        for (var i = 0; i < Bodies; i++)
        {
            var at = Axis + new Vector3(-0.8f + 0.2f * (i % 9), -0.7f + 0.2f * (i / 63), -0.6f + 0.2f * (i / 9 % 7));
            var v = new Vector3(random.RangeF(-1, 1), random.RangeF(-1, 1), random.RangeF(-1, 1));
            if (i % 2 == 0) TestBench.Ball(w, 0.06f, 0.5, at, rubber, v);
            else TestBench.Box(w, new Vector3(0.06f), 0.8, at, wood, v);
            ids.Add($"b{i}");
        }
        var tracker = new ContactTracker(ids, TestBench.Dt);
        long awake = 0, contacts = 0, samples = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var threadCpu = ThreadCpu.Seconds();
        var clock = Stopwatch.StartNew();
        for (var s = 0; s < steps; s++)
        {
            w.Step(TestBench.Dt);
            contacts += w.Contacts.Length;
            tracker.Observe(s, s * TestBench.Dt, w.Contacts);
            if (s % 24 == 0)
            {
                for (var b = 1; b <= Bodies; b++) awake += w.StateOf(b).Awake ? 1 : 0;
                samples++;
            }
        }
        clock.Stop();
        var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var poses = new Pose[Bodies + 1];
        w.ReadPoses(poses);
        // Order-weighted, so two bodies swapping places changes it too.
        var checksum = poses.Select((p, i) => (i + 1) * ((double)p.Position.X + 3 * p.Position.Y + 7 * p.Position.Z)).Sum();
        return (clock.Elapsed.TotalSeconds, used, awake / (double)(Bodies * samples), steps, contacts / (double)steps, ThreadCpu.Seconds() - threadCpu, checksum);
    }

    /// <summary>A <see cref="Sides"/>-gon of wall panels around Z, closed by two square end plates.</summary>
    private static CompoundShape Drum()
    {
        var parts = new List<ShapePart>();
        // Each panel spans its side of the polygon circumscribing the inner circle, plus a little overlap.
        var halfWidth = Radius * MathF.Tan(MathF.PI / Sides) + Wall;
        for (var k = 0; k < Sides; k++)
        {
            var angle = 2 * MathF.PI * k / Sides;
            var rotation = Quaternion.CreateFromAxisAngle(Vector3.UnitZ, angle);
            var centre = Vector3.Transform(new Vector3(0, -(Radius + Wall), 0), rotation);
            parts.Add(new ShapePart(new BoxShape(new Vector3(halfWidth, Wall, HalfLength + 2 * Wall)), centre, rotation));
        }
        foreach (var z in new[] { -(HalfLength + Wall), HalfLength + Wall })
            parts.Add(new ShapePart(new BoxShape(new Vector3(Radius + 2 * Wall, Radius + 2 * Wall, Wall)), new Vector3(0, 0, z), Quaternion.Identity));
        return new CompoundShape(parts);
    }
}
