using System.Numerics;

namespace Kinora.Motion.Animation;

/// <summary>
/// Dancing to a beat (the music's tempo when the plan has one): knees bouncing on every beat, hips swaying and the
/// chest turning every two, the arms rising in turn and the head bobbing. Tempo below 1 slows it into flowing tai
/// chi-like arcs with the bounce faded out.
/// </summary>
public static class Dance
{
    public static float Pose(Skeleton s, Act act, double t, double beatSeconds, float w, Span<Quaternion> r)
    {
        var l = GaitCycle.LegLength(s);
        var b = t / (beatSeconds / act.Tempo); // beats
        var lively = Math.Clamp((act.Tempo - 0.3f) / 0.5f, 0, 1);
        var bounce = 0.5f + 0.5f * MathF.Cos((float)(2 * Math.PI * b));
        var sink = GaitCycle.StandingSink(s) + (0.05f * lively * bounce + 0.06f * (1 - lively)) * l * w;
        var sway = MathF.Sin((float)(Math.PI * b));
        // Weight shifts onto one foot then the other: the off foot slides out and back a little.
        for (var i = 0; i < s.Legs.Length; i++)
        {
            var leg = s.Legs[i];
            var side = i % 2 == 0 ? MathF.Max(0, sway) : MathF.Max(0, -sway);
            leg.Reach(new Vector2(leg.Tip.X + 0.08f * l * side * w, leg.Tip.Y + sink + 0.04f * l * side * lively * w), 0, r);
        }
        var armL = MathF.Max(0, MathF.Sin((float)(Math.PI * b / 2)));
        var armR = MathF.Max(0, -MathF.Sin((float)(Math.PI * b / 2)));
        Skeleton.Add(r, s.Spine, s.Roll(0.1f * sway * w) * s.Yaw(0.2f * MathF.Sin((float)(Math.PI * b / 2)) * w));
        Skeleton.Add(r, s.Neck, s.Pitch(0.08f * lively * (bounce - 0.5f) * w) * s.Roll(-0.06f * sway * w));
        // Arms open out to the sides and rise in turn (not held forward, which reads as sleepwalking).
        Skeleton.Add(r, s.UpperArmL, s.Roll((0.55f + 1.6f * armL) * w) * s.Pitch((0.15f + 0.25f * armR) * w));
        Skeleton.Add(r, s.UpperArmR, s.Roll(-(0.55f + 1.6f * armR) * w) * s.Pitch((0.15f + 0.25f * armL) * w));
        Skeleton.Add(r, s.ForearmL, s.Pitch((0.7f - 0.5f * armL) * w));
        Skeleton.Add(r, s.ForearmR, s.Pitch((0.7f - 0.5f * armR) * w));
        return sink;
    }
}
