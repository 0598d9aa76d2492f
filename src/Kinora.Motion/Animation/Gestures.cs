using System.Numerics;

namespace Kinora.Motion.Animation;

/// <summary>Runs the generator an <see cref="Act"/> names. Generators that bend the legs return the body's sink
/// (else <paramref name="sink"/> is left alone) and jumps set <paramref name="lift"/>.</summary>
public static class Gestures
{
    /// <param name="seat">Metres the body's feet stand above the floor (what it would sit on).</param>
    public static void Pose(Act act, Skeleton s, double t, double beatSeconds, float seat, float w, Span<Quaternion> r, ref float sink, ref float lift)
    {
        switch (act.Kind)
        {
            case ActionKind.Wave: Wave.Pose(s, act, t, w, r); break;
            case ActionKind.Point: Point.Pose(s, act, t, w, r); break;
            case ActionKind.Clap: Clap.Pose(s, t, w, r); break;
            case ActionKind.HandWork: HandWork.Pose(s, act, t, w, r); break;
            case ActionKind.Instrument:
                var played = Instrument.Pose(s, act, t, seat, w, r);
                if (act.OwnsLegs) sink = played;
                break;
            case ActionKind.Throw: Throw.Pose(s, act, t, w, r); break;
            case ActionKind.HeadShake: HeadShake.Pose(s, act, t, w, r); break;
            case ActionKind.Kick: sink = Kick.Pose(s, t, w, r); break;
            case ActionKind.Jump: sink = Jump.Pose(s, t, w, r, out lift); break;
            case ActionKind.Dance: sink = Dance.Pose(s, act, t, beatSeconds, w, r); break;
            case ActionKind.Reach: sink = Reach.Pose(s, t, w, r); break;
            case ActionKind.Squat: sink = Squat.Pose(s, t, w, r); break;
            case ActionKind.Sit: sink = Sit.Pose(s, seat, t, w, r); break;
            case ActionKind.Stretch:
                var stretched = Stretch.Pose(s, act, t, w, r);
                if (act.OwnsLegs) sink = stretched;
                break;
        }
    }
}
