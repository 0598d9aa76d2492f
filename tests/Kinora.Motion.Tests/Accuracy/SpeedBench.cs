using System.Diagnostics;
using System.Numerics;
using Kinora.Compose;
using Kinora.Motion.Physics;

namespace Kinora.Motion.Tests.Accuracy;

/// <summary>
/// The speed row: <see cref="Bodies"/> spheres and boxes rained into a walled pen from a seeded grid, simulated for
/// 10 s at 240 Hz (2 400 steps) with contact tracking, as the Simulator does. Timed, never asserted (a busy
/// machine must not turn a test red): the table records it.
/// </summary>
internal static class SpeedBench
{
    public const int Bodies = 500;

    /// <summary>Wall and CPU seconds of the 2 400 steps (CPU time is what an idle machine's wall time would be:
    /// the stepping is single-threaded), and the share of bodies awake.</summary>
    public static (double WallSeconds, double CpuSeconds, double AwakeShare, int Steps) Run()
    {
        using var w = TestBench.World(ground: MaterialLibrary.Get("concrete"));
        var wood = MaterialLibrary.Get("wood");
        var rubber = MaterialLibrary.Get("rubber");
        // A 3 m square pen, walls 0.6 m high.
        foreach (var (at, half) in new[]
        {
            (new Vector3(-1.5f, 0.3f, 0), new Vector3(0.05f, 0.3f, 1.5f)), (new Vector3(1.5f, 0.3f, 0), new Vector3(0.05f, 0.3f, 1.5f)),
            (new Vector3(0, 0.3f, -1.5f), new Vector3(1.5f, 0.3f, 0.05f)), (new Vector3(0, 0.3f, 1.5f), new Vector3(1.5f, 0.3f, 0.05f)),
        })
            TestBench.Box(w, half, 1, at, wood, isStatic: true);
        var random = new Kinora.Plan.SeededRandom(42, "bench/speed");
        var ids = new List<string>();
        for (var i = 0; i < Bodies; i++)
        {
            var at = new Vector3(-1.2f + 0.3f * (i % 9), 0.3f + 0.3f * (i / 81), -1.2f + 0.3f * (i / 9 % 9));
            var v = new Vector3(random.RangeF(-2, 2), random.RangeF(-1, 1), random.RangeF(-2, 2));
            if (i % 2 == 0) TestBench.Ball(w, 0.06f, 0.5, at, rubber, v);
            else TestBench.Box(w, new Vector3(0.06f), 0.8, at, wood, v);
            ids.Add($"b{i}");
        }
        ids.InsertRange(0, ["w1", "w2", "w3", "w4"]);
        var tracker = new ContactTracker(ids, TestBench.Dt);
        const int steps = 2400;
        long awake = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var s = 0; s < steps; s++)
        {
            w.Step(TestBench.Dt);
            tracker.Observe(s, s * TestBench.Dt, w.Contacts);
            if (s % 24 == 0)
                for (var b = 4; b < Bodies + 4; b++) awake += w.StateOf(b).Awake ? 1 : 0;
        }
        clock.Stop();
        var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        return (clock.Elapsed.TotalSeconds, used, awake / (double)(Bodies * (steps / 24)), steps);
    }
}
