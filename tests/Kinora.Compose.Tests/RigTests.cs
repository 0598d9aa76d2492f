using System.Numerics;
using Kinora.Compose;
using Xunit;

namespace Kinora.Compose.Tests;

public class RigTests
{
    // An arm: shoulder at (0, 1.4, 0), elbow 0.3 m below it, hand 0.3 m below that.
    private static readonly Rig Arm = new([
        new Joint("upperArm.L", -1, new Vector3(0, 1.4f, 0)),
        new Joint("forearm.L", 0, new Vector3(0, 1.1f, 0)),
    ]);

    [Fact]
    public void The_rest_pose_leaves_every_vertex_where_it_was_built()
    {
        Span<Matrix4x4> palette = stackalloc Matrix4x4[2];
        Arm.Palette([], palette);
        var hand = new Vector3(0, 0.8f, 0);
        Assert.Equal(hand, Vector3.Transform(hand, palette[1]));
    }

    [Fact]
    public void A_child_joint_turns_about_its_own_pivot_and_is_carried_by_its_parent()
    {
        Span<Matrix4x4> palette = stackalloc Matrix4x4[2];
        var forward = Quaternion.CreateFromAxisAngle(Vector3.UnitX, -MathF.PI / 2); // swings -Y towards +Z
        // Only the elbow bends: the hand swings up to the elbow's height, in front of it.
        Arm.Palette([Quaternion.Identity, forward], palette);
        AssertNear(new Vector3(0, 1.1f, 0.3f), Vector3.Transform(new Vector3(0, 0.8f, 0), palette[1]));
        // The shoulder raises the whole arm forward too: the elbow goes to shoulder height, the hand points up.
        Arm.Palette([forward, forward], palette);
        AssertNear(new Vector3(0, 1.4f, 0.3f), Vector3.Transform(new Vector3(0, 1.1f, 0), palette[1]));
        AssertNear(new Vector3(0, 1.7f, 0.3f), Vector3.Transform(new Vector3(0, 0.8f, 0), palette[1]));
    }

    [Fact]
    public void Joints_are_found_by_name_and_parents_must_come_first()
    {
        Assert.Equal(1, Arm.IndexOf(JointNames.ForearmL));
        Assert.Equal(-1, Arm.IndexOf(JointNames.Jaw));
        Assert.Throws<ArgumentException>(() => new Rig([new Joint("a", 1, default), new Joint("b", -1, default)]));
    }

    private static void AssertNear(Vector3 expected, Vector3 actual) =>
        Assert.True(Vector3.Distance(expected, actual) < 1e-5f, $"expected {expected}, got {actual}");
}
