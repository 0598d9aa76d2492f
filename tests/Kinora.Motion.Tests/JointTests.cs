using System.Numerics;
using Kinora.Compose;
using Kinora.Compose.Scenarios;
using Kinora.Motion.Physics;
using Kinora.Motion.Tests.Accuracy;

namespace Kinora.Motion.Tests;

/// <summary>Each joint kind holds what it should and frees what it should; motors drive.</summary>
public sealed class JointTests
{
    private static readonly Material Steel = MaterialLibrary.Get("steel");

    [Fact]
    public void BallJointKeepsTheBobOnItsSphere()
    {
        using var w = TestBench.World();
        var anchor = new Vector3(0, 2, 0);
        var bob = TestBench.Ball(w, 0.05f, 1, new Vector3(0.5f, 1.5f, 0.3f), Steel);
        var length = Vector3.Distance(anchor, new Vector3(0.5f, 1.5f, 0.3f));
        w.AddJoint(new JointSpec(JointKind.Ball, bob, ContactReport.Ground, anchor, default));
        for (var s = 0; s < 480; s++)
        {
            w.Step(TestBench.Dt);
            Assert.Equal(length, Vector3.Distance(anchor, w.StateOf(bob).Pose.Position), 2);
        }
    }

    [Fact]
    public void SliderMovesOnlyAlongItsAxisAndStopsAtItsLimit()
    {
        using var w = TestBench.World(gravity: 0);
        var box = TestBench.Box(w, new Vector3(0.1f), 1, new Vector3(0, 1, 0), Steel, velocity: new Vector3(1, 1, 0));
        w.AddJoint(new JointSpec(JointKind.Slider, box, ContactReport.Ground, default, Vector3.UnitX, HighStop: 0.3));
        for (var s = 0; s < 480; s++) w.Step(TestBench.Dt);
        var p = w.StateOf(box).Pose.Position;
        Assert.Equal(1, p.Y, 3); // the sideways push did nothing
        Assert.InRange(p.X, 0.25f, 0.32f); // slid, and stopped at 0.3 m
    }

    [Fact]
    public void FixedJointWeldsTwoBodies()
    {
        using var w = TestBench.World();
        var a = TestBench.Box(w, new Vector3(0.1f), 1, new Vector3(0, 1, 0), Steel);
        var b = TestBench.Box(w, new Vector3(0.1f), 1, new Vector3(0.3f, 1, 0), Steel);
        w.AddJoint(new JointSpec(JointKind.Fixed, a, b, default, default));
        w.AddJoint(new JointSpec(JointKind.Hinge, a, ContactReport.Ground, new Vector3(0, 1, 0), Vector3.UnitZ));
        var lowest = 1f;
        for (var s = 0; s < 480; s++)
        {
            w.Step(TestBench.Dt);
            Assert.Equal(0.3f, Vector3.Distance(w.StateOf(a).Pose.Position, w.StateOf(b).Pose.Position), 2);
            lowest = MathF.Min(lowest, w.StateOf(b).Pose.Position.Y);
        }
        Assert.True(lowest < 0.75f, "the pair swung down about the hinge, as one piece");
    }

    [Fact]
    public void HingeMotorSpinsAWheelAtItsSpeed()
    {
        using var w = TestBench.World(gravity: 0);
        var wheel = w.AddBody(new BodySpec(new CylinderShape(0.2f, 0.05f), Steel, 5, new Vector3(0, 1, 0), Quaternion.Identity, default, default, false));
        w.AddJoint(new JointSpec(JointKind.Hinge, wheel, ContactReport.Ground, new Vector3(0, 1, 0), Vector3.UnitY, MotorSpeed: 3, MotorForce: 50));
        for (var s = 0; s < 240; s++) w.Step(TestBench.Dt);
        var spin = w.StateOf(wheel).AngularVelocity;
        Assert.Equal(3, spin.Y, 2);
        Assert.Equal(0, spin.X, 3);
    }
}
