using Kinora.Motion.Tests.Accuracy;

namespace Kinora.Motion.Tests;

/// <summary>
/// The threaded solver and the two-thread narrow phase are optimisations only: 500 tumbling bodies end exactly where
/// one thread puts them, and twice in a row the same (determinism by seed must survive the threads' scheduling).
/// </summary>
public class OdeThreadingTests
{
    [Fact]
    public void Threaded_steps_match_one_thread_bit_for_bit()
    {
        const int steps = 360;
        var one = TumblerBench.Run(steps, solverThreads: 1);
        var two = TumblerBench.Run(steps, solverThreads: 2);
        var again = TumblerBench.Run(steps, solverThreads: 2);
        Assert.Equal(one.Checksum, two.Checksum);
        Assert.Equal(two.Checksum, again.Checksum);
        Assert.True(one.ContactsPerStep > 100, "the bodies touch: the solver has work to split");
    }
}
