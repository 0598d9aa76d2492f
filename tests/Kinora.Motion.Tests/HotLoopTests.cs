using Kinora.Motion.Ode;
using Kinora.Motion.Physics;

namespace Kinora.Motion.Tests;

/// <summary>The step loop (engine step + contact tracking + pose read-back) allocates nothing once warmed up.</summary>
public sealed class HotLoopTests
{
    [Fact]
    public void SteppingARestingSceneAllocatesNothing()
    {
        var world = Scenes.DroppedBall(height: 0.3);
        using var physics = new OdeWorld(world.Environment.Gravity, world.Environment.Ground);
        physics.AddBody(BodySpec.From(world.Entities[0]));
        var tracker = new ContactTracker(["ball1"], 1.0 / 240);
        var poses = new Pose[1];
        const double dt = 1.0 / 240;
        long step = 0;
        for (; step < 720; step++) { physics.Step(dt); tracker.Observe(step, step * dt, physics.Contacts); } // land, settle

        // Several rounds, keeping the least: the runtime's tiered JIT can allocate a few bytes on this thread the
        // first time it swaps in optimized code, which is not the loop's doing.
        var least = long.MaxValue;
        for (var round = 0; round < 4; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 1200; i++, step++)
            {
                physics.Step(dt);
                tracker.Observe(step, step * dt, physics.Contacts);
                physics.ReadPoses(poses);
            }
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        Assert.Equal(0, least);
        Assert.True(physics.Contacts.Length == 1, "the ball rests on the floor throughout");
    }
}
