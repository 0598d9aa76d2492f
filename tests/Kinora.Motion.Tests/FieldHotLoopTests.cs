using Kinora.Compose;
using Kinora.Motion.Fields;
using Kinora.Motion.Ode;
using Kinora.Motion.Physics;

namespace Kinora.Motion.Tests;

/// <summary>Force fields run inside the step loop, so they allocate nothing per step either.</summary>
public sealed class FieldHotLoopTests
{
    [Fact]
    public void LiquidAndWindAllocateNothingPerStep()
    {
        var (world, _) = Accuracy.TextbookChecks.TankScene();
        world = world with { Plan = world.Plan with { World = world.Plan.World with { Weather = "windy" } } };
        using var physics = new OdeWorld(world.Environment.Gravity, world.Environment.Ground);
        foreach (var e in world.Entities) physics.AddBody(BodySpec.From(e));
        var moving = Enumerable.Range(0, world.Entities.Count).Where(i => !world.Entities[i].IsStatic).ToList();
        IForceField[] fields = [LiquidField.For(world, moving)!, WindField.For(world, moving)!];
        var tracker = new ContactTracker([.. world.Entities.Select(e => e.Id)], 1.0 / 240);
        const double dt = 1.0 / 240;
        long step = 0;
        void Step()
        {
            foreach (var f in fields) f.Apply(physics, step * dt, dt, tracker);
            physics.Step(dt);
            tracker.Observe(step, step * dt, physics.Contacts);
            step++;
        }
        for (var i = 0; i < 960; i++) Step(); // splash, settle
        var least = long.MaxValue;
        for (var round = 0; round < 4; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 480; i++) Step();
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        Assert.Equal(0, least);
    }
}
