using System.Numerics;
using Kinora.Motion.Animation;
using Kinora.Plan;

namespace Kinora.Motion.Tests.Animation;

/// <summary>Seated at a table or a desk (the plan's "sit" with "eat" or "type"), the legs sit and the hands do the
/// work: before, the first act won and a diner sat with their hands on their thighs.</summary>
public class SeatedWorkTests
{
    /// <summary>The body's joint rotations and its drop at 1 s on a 0.46 m seat, doing <paramref name="verbs"/>.</summary>
    private static (Quaternion[] Joints, float Drop, int Arm) Pose(params string[] verbs)
    {
        var world = TestRigs.World("person", "sit", seconds: 2);
        var shot = world.Plan.Shots[0];
        world = world with { Plan = world.Plan with { Shots = [shot with { Actions = [.. verbs.Select(v => new ActionSpec { Actor = "a1", Verb = v })] }] } };
        var a = world.IndexOf("a1");
        var skeleton = BodyMotion.SkeletonOf(world.Entities[a])!;
        var rotations = new Quaternion[skeleton.Count];
        var drop = new BodyMotion(world, a, skeleton, []).Frame(1, 1.0 / 24, 0, 0.46f, rotations, null);
        return (rotations, drop, skeleton.UpperArmR);
    }

    private static float Degrees(Quaternion q) => 2 * MathF.Acos(Math.Clamp(MathF.Abs(q.W), 0, 1)) * 180 / MathF.PI;

    [Fact]
    public void A_seated_diner_sits_and_eats()
    {
        var (resting, _, arm) = Pose("sit");
        var (eating, drop, _) = Pose("sit", "eat");
        // Seated: the hips come down onto the 0.46 m seat and the thighs go level, as for sitting alone.
        Assert.InRange(drop, -0.95f, -0.75f);
        Assert.InRange(Degrees(eating[9]), 70, 110);
        Assert.InRange(Degrees(eating[12]), 70, 110);
        // The arm is the eating arm, not the resting one.
        Assert.True(Degrees(Quaternion.Inverse(resting[arm]) * eating[arm]) > 10, "the hands work instead of resting on the thighs");
    }
}
