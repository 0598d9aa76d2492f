using System.Numerics;
using Kinora.Compose;

namespace Kinora.Motion.Animation;

/// <summary>
/// A speaker's mouth following the voice: each <see cref="MouthCue"/> opens the jaw to Open × <see cref="MaxJaw"/>
/// and shapes the lips by its <see cref="MouthShape"/> (corners in for o and u, out and up for e and i, the lower
/// lip pressed up for m, b, p and against the teeth for f, v), both averaged over the last <see cref="Ease"/> seconds
/// so they rise and fall over ~40 ms instead of popping (and never move before the sound starts); the head nods a
/// little while the mouth is busy.
/// The lips' joints (<see cref="JointNames.LipCornerR"/> and the rest) turn about the jaw's hinge, about 9 cm behind
/// the lips, so a small turn moves a lip a few millimetres: a yaw slides a corner sideways, a pitch lifts it. Models
/// without them (animals) only open the jaw.
/// </summary>
public static class Talk
{
    /// <summary>Radians: 18°, a wide-open "a" in speech (not a yawn).</summary>
    public const float MaxJaw = 18 * MathF.PI / 180;
    /// <summary>Seconds the opening is averaged over.</summary>
    public const double Ease = 0.04;

    /// <summary>Radians about the hinge: rounding pulls each corner ~5 mm in (a mouth a fifth narrower); a wide
    /// mouth pushes it ~2.7 mm out and lifts it ~1.4 mm; the lower lip rises ~2.8 mm onto the teeth for f and v
    /// and ~1.2 mm for pressed m, b, p (closing the lips' parting).</summary>
    public const float RoundIn = 0.055f, WideOut = 0.03f, WideUp = 0.015f, Tuck = 0.03f, Press = 0.013f;

    /// <summary>How much of each lip shape holds now, 0–1 (the cues' shapes averaged like the opening).</summary>
    public readonly record struct LipShape(float Round, float Wide, float Tuck, float Press);

    /// <summary>Mouth opening 0–1 at <paramref name="t"/>: the mean of the cues' Open over [t − Ease, t].
    /// <paramref name="cues"/> are this speaker's only, sorted by start.</summary>
    public static float Opening(ReadOnlySpan<MouthCue> cues, double t)
    {
        double from = t - Ease, sum = 0;
        foreach (var c in cues)
        {
            if (c.Start >= t) break;
            var overlap = Math.Min(c.End, t) - Math.Max(c.Start, from);
            if (overlap > 0) sum += overlap * c.Open;
        }
        return (float)Math.Clamp(sum / Ease, 0, 1);
    }

    /// <summary>The lips' shape at <paramref name="t"/>: each shape's share of [t − Ease, t].</summary>
    public static LipShape Lips(ReadOnlySpan<MouthCue> cues, double t)
    {
        double from = t - Ease, round = 0, wide = 0, tuck = 0, press = 0;
        foreach (var c in cues)
        {
            if (c.Start >= t) break;
            var overlap = Math.Min(c.End, t) - Math.Max(c.Start, from);
            if (overlap <= 0) continue;
            switch (c.Shape)
            {
                case MouthShape.Round: round += overlap; break;
                case MouthShape.Wide: wide += overlap; break;
                case MouthShape.LipOnTeeth: tuck += overlap; break;
                case MouthShape.Closed: press += overlap; break;
            }
        }
        static float Share(double s) => (float)Math.Clamp(s / Ease, 0, 1);
        return new LipShape(Share(round), Share(wide), Share(tuck), Share(press));
    }

    /// <summary>Opens the jaw and nods the head, lips at rest; <paramref name="busy"/> (0–1) is how much the
    /// speaker is talking around now (the nod's strength).</summary>
    public static void Pose(Skeleton s, float opening, float busy, double t, Span<Quaternion> rotations) =>
        Pose(s, opening, default, busy, t, rotations);

    /// <summary>Opens the jaw, shapes the lips and nods the head.</summary>
    public static void Pose(Skeleton s, float opening, LipShape lips, float busy, double t, Span<Quaternion> rotations)
    {
        Skeleton.Add(rotations, s.Jaw, s.Pitch(-MaxJaw * opening));
        Shape(s, lips, rotations);
        var nod = busy * (0.035f * MathF.Sin((float)(2 * Math.PI * 1.6 * t)) + 0.015f * MathF.Sin((float)(2 * Math.PI * 0.7 * t)));
        Skeleton.Add(rotations, s.Head >= 0 ? s.Head : s.Neck, s.Pitch(-nod));
    }

    /// <summary>Turns the lips' joints for <paramref name="lips"/>; a yaw of + moves a point in front of the hinge to
    /// the model's left, so the right corner goes in with + and the left with −.</summary>
    private static void Shape(Skeleton s, LipShape lips, Span<Quaternion> rotations)
    {
        if (lips == default) return;
        var rig = s.Rig;
        var inward = RoundIn * lips.Round - WideOut * lips.Wide;
        var up = s.Pitch(WideUp * lips.Wide);
        foreach (var (name, side) in Corners)
        {
            var joint = rig.IndexOf(name);
            Skeleton.Add(rotations, joint, up * s.Yaw(side * inward));
        }
        Skeleton.Add(rotations, rig.IndexOf(JointNames.LowerLip), s.Pitch(Tuck * lips.Tuck + Press * lips.Press));
    }

    private static readonly (string Name, float Side)[] Corners =
        [(JointNames.LipCornerR, 1), (JointNames.LowerLipCornerR, 1), (JointNames.LipCornerL, -1), (JointNames.LowerLipCornerL, -1)];

    /// <summary>Share of [t − 0.6 s, t + 0.2 s] the speaker's mouth is open: the nod's envelope, so nodding eases in
    /// and out with the sentence, not with each syllable.</summary>
    public static float Busy(ReadOnlySpan<MouthCue> cues, double t)
    {
        double from = t - 0.6, to = t + 0.2, open = 0;
        foreach (var c in cues)
        {
            if (c.Start >= to) break;
            var overlap = Math.Min(c.End, to) - Math.Max(c.Start, from);
            if (overlap > 0 && c.Open > 0.05f) open += overlap;
        }
        return (float)Math.Clamp(open / (to - from) * 1.5, 0, 1);
    }
}
