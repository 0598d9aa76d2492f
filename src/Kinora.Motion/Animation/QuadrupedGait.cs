using System.Numerics;

namespace Kinora.Motion.Animation;

/// <summary>
/// A four-legged animal's walk, trot or gallop: legs from <see cref="GaitCycle"/> in the gait's phase pattern, the
/// head nodding twice a stride (each fore foot's landing), harder at a gallop, and the tail swinging with the stride.
/// </summary>
public static class QuadrupedGait
{
    public static float Pose(Skeleton s, Gait g, double phase, float weight, Span<Quaternion> rotations)
    {
        var sink = GaitCycle.Sink(s, g, phase, weight);
        GaitCycle.PoseLegs(s, g, phase, sink, rotations, weight);
        var cycle = 2 * MathF.PI * (float)phase;
        var nod = g.HeadBob * MathF.Sin(2 * cycle) * weight;
        Skeleton.Add(rotations, s.Neck, s.Pitch(-nod));
        Skeleton.Add(rotations, s.Head, s.Pitch(0.5f * nod));
        Skeleton.Add(rotations, s.Tail, s.Yaw(0.25f * MathF.Sin(cycle) * weight) * s.Pitch(0.1f * weight));
        return sink;
    }
}
