using System.Numerics;

namespace Kinora.Motion.Animation;

/// <summary>
/// Throwing, every 2.2 s: the overarm throw winds the right arm up and back over the shoulder with the elbow bent and
/// the chest turned away, whips it forward and down (the elbow straightening) with the left arm pulling back, and
/// follows through; the underarm throw (bowling, rolling) swings the straight arm back and forward low. A throw of a
/// thing in hand plays once (<see cref="Once"/>): the hand lets go at <see cref="ReleaseAfter"/> and the arm comes
/// back to rest empty (Behaviours.Holding launches the thing from the hand).
/// </summary>
public static class Throw
{
    public const double Period = 2.2;
    private const float WindupFrom = 0.05f, WindupTo = 0.42f, ReleaseTo = 0.52f;

    /// <summary>Seconds from the throw's start to the hand letting go. Overarm: half-way through the whip, the arm
    /// forward and up (pitch ~2.2 rad), the hand in front of the head and moving fastest (~11 m/s here: the arm sweeps
    /// 2.6 rad in 0.22 s); let go earlier, at the top, a thing leaves the frame over the thrower's head. Underarm: the
    /// straight arm swinging forward past the hip.</summary>
    public static double ReleaseAfter(Act act) => (act.Variant == Act.Variants.Underarm ? 0.49 : 0.47) * Period;

    /// <summary>The time to pose a single throw at, <paramref name="since"/> seconds after it began: it stops at rest
    /// after one period instead of winding up again.</summary>
    public static double Once(double since) => Math.Clamp(since, 0, 0.999 * Period);

    public static void Pose(Skeleton s, Act act, double t, float w, Span<Quaternion> r)
    {
        var c = Curves.Loop(t, Period);
        var windup = Curves.Ramp(c, WindupFrom, WindupTo);
        var release = Curves.Ramp(c, WindupTo, ReleaseTo);
        var recover = Curves.Ramp(c, 0.65f, 0.95f);
        var back = windup * (1 - release);
        if (act.Variant == Act.Variants.Underarm)
        {
            var armU = (-0.9f * back + 1.3f * release) * (1 - recover);
            Skeleton.Add(r, s.UpperArmR, s.Pitch(armU * w));
            Skeleton.Add(r, s.Spine, s.Pitch(-0.3f * (windup - recover * windup) * w));
            return;
        }
        // Arm pitch: 0 hanging → 3.5 rad (up and behind the head) → 0.9 (forward, below the shoulder) → 0.
        var arm = (3.5f * back + 0.9f * release) * (1 - recover);
        var elbow = (1.5f * back + 0.2f * release) * (1 - recover);
        var turn = (-0.45f * back + 0.3f * release) * (1 - recover);
        Skeleton.Add(r, s.UpperArmR, s.Pitch(arm * w) * s.Roll(-0.3f * back * w));
        Skeleton.Add(r, s.ForearmR, s.Pitch(elbow * w));
        Skeleton.Add(r, s.UpperArmL, s.Pitch((1.2f * back - 0.3f * release) * (1 - recover) * w));
        Skeleton.Add(r, s.ForearmL, s.Pitch(0.5f * back * w));
        Skeleton.Add(r, s.Spine, s.Yaw(turn * w) * s.Pitch((0.1f * back - 0.3f * release) * (1 - recover) * w));
        Skeleton.Add(r, s.Neck, s.Yaw(-0.6f * turn * w));
    }
}
