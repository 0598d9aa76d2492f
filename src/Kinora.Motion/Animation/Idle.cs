using System.Numerics;

namespace Kinora.Motion.Animation;

/// <summary>
/// Standing still without looking frozen: a person breathes (~15 breaths a minute), shifts weight from foot to
/// foot every ten seconds or so and glances about; an animal swishes its tail and lifts and turns its head. Slow
/// incommensurate sines, phased by <paramref name="seed"/> so two people standing side by side differ.
/// </summary>
public static class Idle
{
    /// <summary>Poses a standing body; returns how far it sinks (m).</summary>
    /// <param name="legs">False when an action poses the legs itself.</param>
    public static float Pose(Skeleton s, double t, double seed, float weight, Span<Quaternion> rotations, bool legs = true)
    {
        var sink = GaitCycle.StandingSink(s);
        if (legs && s.Legs.Length > 0) GaitCycle.Stand(s, sink, rotations);
        float Wave(double hz, double phase) => (float)Math.Sin(2 * Math.PI * (hz * t + phase + seed)) * weight;
        if (s.IsQuadruped || s.Body >= 0)
        {
            Skeleton.Add(rotations, s.Tail, s.Yaw(0.3f * Wave(0.45, 0.1)) * s.Pitch(-0.1f * weight));
            Skeleton.Add(rotations, s.Neck, s.Pitch(0.08f * Wave(0.09, 0.3)) * s.Yaw(0.12f * Wave(0.06, 0.7)));
            Skeleton.Add(rotations, s.Head, s.Pitch(0.05f * Wave(0.17, 0.5)));
            return sink;
        }
        var breath = 0.012f * Wave(0.25, 0);
        var shift = 0.025f * Wave(0.09, 0.25);
        Skeleton.Add(rotations, s.Spine, s.Pitch(breath) * s.Roll(shift));
        Skeleton.Add(rotations, s.Neck, s.Roll(-0.6f * shift) * s.Yaw(0.1f * Wave(0.07, 0.6)) * s.Pitch(0.02f * Wave(0.11, 0.4)));
        Skeleton.Add(rotations, s.UpperArmL, s.Roll(0.04f * weight + 0.3f * breath) * s.Pitch(0.02f * Wave(0.13, 0.2)));
        Skeleton.Add(rotations, s.UpperArmR, s.Roll(-0.04f * weight - 0.3f * breath) * s.Pitch(0.02f * Wave(0.12, 0.8)));
        Skeleton.Add(rotations, s.ForearmL, s.Pitch(0.12f * weight));
        Skeleton.Add(rotations, s.ForearmR, s.Pitch(0.12f * weight));
        return sink;
    }
}
