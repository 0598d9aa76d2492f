using System.Numerics;
using Kinora.Compose;
using Kinora.Motion.Tests.Accuracy;

namespace Kinora.Motion.Tests;

/// <summary>
/// A world of 64 bodies or more solves with crowd settings (fewer sweeps, no rolling resistance between two moving
/// bodies); a ball rolling on the floor must still feel rolling resistance there and stop where it would alone.
/// </summary>
public class CrowdWorldTests
{
    [Fact]
    public void A_ball_rolling_on_the_floor_stops_as_far_in_a_crowd_as_alone()
    {
        var alone = RolledDistance(extraBodies: 0);
        var inCrowd = RolledDistance(extraBodies: 70);
        Assert.InRange(alone, 0.2, 20); // it rolls and it stops: rolling resistance acts
        Assert.InRange(inCrowd, alone * 0.95, alone * 1.05);
    }

    private static double RolledDistance(int extraBodies)
    {
        using var w = TestBench.World(ground: MaterialLibrary.Get("concrete"));
        var rubber = MaterialLibrary.Get("rubber");
        var ball = TestBench.Ball(w, 0.1f, 0.5, new Vector3(0, 0.1f, 0), rubber, new Vector3(1.5f, 0, 0));
        // Resting boxes far to the side: they make the world a crowd without touching the ball.
        var wood = MaterialLibrary.Get("wood");
        for (var i = 0; i < extraBodies; i++)
            TestBench.Box(w, new Vector3(0.05f), 0.5, new Vector3(-5 - 0.2f * (i % 10), 0.05f, 5 + 0.2f * (i / 10)), wood);
        for (var s = 0; s < 240 * 20; s++) w.Step(TestBench.Dt);
        var state = w.StateOf(ball);
        Assert.True(state.LinearVelocity.Length() < 0.01f, $"the ball still rolls at {state.LinearVelocity.Length()} m/s");
        return state.Pose.Position.X;
    }
}
