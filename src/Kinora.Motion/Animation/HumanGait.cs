using System.Numerics;

namespace Kinora.Motion.Animation;

/// <summary>
/// A person walking, marching, jogging or running: legs from <see cref="GaitCycle"/> (IK-planted feet, the body
/// sinking as the legs spread), arms swinging against the legs, the chest twisting against the hips, a little
/// sideways sway over the standing leg and a lean into the pace.
/// </summary>
public static class HumanGait
{
    /// <summary>Poses the body at stride phase <paramref name="phase"/>; returns how far the body sinks (m).</summary>
    public static float Pose(Skeleton s, Gait g, double phase, float weight, Span<Quaternion> rotations)
    {
        var sink = GaitCycle.Sink(s, g, phase, weight);
        GaitCycle.PoseLegs(s, g, phase, sink, rotations, weight);
        if (s.Legs.Length < 2) return sink;
        var left = GaitCycle.Swing(g, phase, 0) * weight;  // +1: left foot fully forward
        var right = GaitCycle.Swing(g, phase, 1) * weight;
        // Each arm swings with the opposite leg; the elbows bend more the faster the gait.
        Skeleton.Add(rotations, s.UpperArmL, s.Pitch(g.ArmSwing * right) * s.Roll(0.06f * weight));
        Skeleton.Add(rotations, s.UpperArmR, s.Pitch(g.ArmSwing * left) * s.Roll(-0.06f * weight));
        Skeleton.Add(rotations, s.ForearmL, s.Pitch((g.Elbow + 0.25f * g.ArmSwing * (right + 1)) * weight));
        Skeleton.Add(rotations, s.ForearmR, s.Pitch((g.Elbow + 0.25f * g.ArmSwing * (left + 1)) * weight));
        // The shoulders turn against the hips (left foot forward: right shoulder forward, the chest turns left),
        // the trunk leans into the pace and sways over the standing foot; the head keeps level.
        var twist = 0.12f * g.ArmSwing * left;
        var sway = 0.035f * MathF.Sin(2 * MathF.PI * (float)phase) * weight;
        Skeleton.Add(rotations, s.Spine, s.Yaw(twist) * s.Roll(sway) * s.Pitch(-g.Lean * weight));
        Skeleton.Add(rotations, s.Neck, s.Yaw(-0.7f * twist) * s.Roll(-0.8f * sway) * s.Pitch(0.7f * g.Lean * weight));
        return sink;
    }
}
