using System.Numerics;

namespace Kinora.Motion.Animation;

/// <summary>
/// A speaker's jaw following the voice: each <see cref="MouthCue"/> opens it to Open × <see cref="MaxJaw"/>, the
/// opening averaged over the last <see cref="Ease"/> seconds so it rises and falls over ~40 ms instead of popping
/// (and never opens before the sound starts); the head nods a little while the mouth is busy.
/// </summary>
public static class Talk
{
    /// <summary>Radians: 18°, a wide-open "a" in speech (not a yawn).</summary>
    public const float MaxJaw = 18 * MathF.PI / 180;
    /// <summary>Seconds the opening is averaged over.</summary>
    public const double Ease = 0.04;

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

    /// <summary>Opens the jaw and nods the head; <paramref name="busy"/> (0–1) is how much the speaker is talking
    /// around now (the nod's strength).</summary>
    public static void Pose(Skeleton s, float opening, float busy, double t, Span<Quaternion> rotations)
    {
        Skeleton.Add(rotations, s.Jaw, s.Pitch(-MaxJaw * opening));
        var nod = busy * (0.035f * MathF.Sin((float)(2 * Math.PI * 1.6 * t)) + 0.015f * MathF.Sin((float)(2 * Math.PI * 0.7 * t)));
        Skeleton.Add(rotations, s.Head >= 0 ? s.Head : s.Neck, s.Pitch(-nod));
    }

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
