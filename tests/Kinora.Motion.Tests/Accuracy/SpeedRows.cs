using Xunit.Abstractions;

namespace Kinora.Motion.Tests.Accuracy;

/// <summary>
/// The tumbler's speed row alone (<c>bench/physics/run.sh speed</c>): quick to rerun while optimising. Timed, never
/// asserted against a clock; it does assert the scene stays awake, which is the point of the row.
/// </summary>
public sealed class SpeedRows(ITestOutputHelper output)
{
    [Fact]
    [Trait("Category", "PhysicsSpeed")]
    public void TimesTheTumbler()
    {
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        var steps = int.TryParse(Environment.GetEnvironmentVariable("KINORA_TUMBLER_STEPS"), out var n) ? n : 2400;
        var r = TumblerBench.Run(steps);
        output.WriteLine($"tumbler: {r.Steps} steps, wall {r.WallSeconds:F2} s, CPU {r.CpuSeconds:F2} s (stepping thread {r.ThreadCpuSeconds:F2} s), awake {r.AwakeShare:P0}, contacts/step {r.ContactsPerStep:F0}, checksum {r.Checksum:R}, load {load}");
        Assert.True(r.AwakeShare > 0.9, $"the tumbler's bodies went to sleep: {r.AwakeShare:P0} awake");
    }
}
