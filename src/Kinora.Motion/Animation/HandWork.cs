using System.Numerics;

namespace Kinora.Motion.Animation;

/// <summary>
/// Hands busy in front of the body — the generator behind most everyday verbs (write, cut, knit, wash, peel, play
/// cards): forearms forward at waist or chest height, the hands working in small alternating strokes, head and
/// trunk bent over the work. The face variant brings the right hand up to the mouth and back every couple of
/// seconds (eat, drink, smoke, brush teeth); the low variant swings both arms side to side near the floor (sweep).
/// </summary>
public static class HandWork
{
    public static void Pose(Skeleton s, Act act, double t, float w, Span<Quaternion> r)
    {
        var hz = 1.6 * act.Tempo;
        var strokeL = 0.12f * Curves.Sin(t, hz);
        var strokeR = 0.12f * Curves.Sin(t, hz, 0.37);
        switch (act.Variant)
        {
            case Act.Variants.Face:
            {
                var cycle = Curves.Loop(t * act.Tempo, 2.6);
                var up = Curves.Hold(cycle, 0.1f, 0.35f, 0.6f, 0.85f); // raise, hold at the mouth, lower
                // Yaw after the pitch (Yaw · Pitch): it swings the raised arm in towards the mouth; before it, a hanging
                // arm only twists, and the hand came up beside the head, not in front of the mouth.
                Skeleton.Add(r, s.UpperArmR, s.Yaw(0.5f * up * w) * s.Pitch((0.35f + 0.35f * up) * w));
                Skeleton.Add(r, s.ForearmR, s.Pitch((1.0f + 1.05f * up + 0.05f * strokeR) * w));
                Skeleton.Add(r, s.UpperArmL, s.Pitch(0.3f * w));
                Skeleton.Add(r, s.ForearmL, s.Pitch(1.1f * w));
                // Looking down at it between sips, the head tipping back a little as the hand reaches the mouth.
                Skeleton.Add(r, s.Neck, s.Pitch((-0.08f * (1 - up) + 0.18f * up) * w));
                break;
            }
            case Act.Variants.Low:
            {
                var swing = 0.45f * Curves.Sin(t, 0.8 * act.Tempo);
                Skeleton.Add(r, s.Spine, s.Pitch(-0.35f * w) * s.Yaw(swing * w));
                Skeleton.Add(r, s.UpperArmL, s.Pitch(0.5f * w) * s.Yaw(-0.2f * w));
                Skeleton.Add(r, s.UpperArmR, s.Pitch(0.8f * w) * s.Yaw(0.2f * w));
                Skeleton.Add(r, s.ForearmL, s.Pitch(0.4f * w));
                Skeleton.Add(r, s.ForearmR, s.Pitch(0.2f * w));
                Skeleton.Add(r, s.Neck, s.Pitch(-0.2f * w));
                break;
            }
            default:
            {
                var chest = act.Variant == Act.Variants.Chest;
                Skeleton.Add(r, s.Spine, s.Pitch((chest ? -0.05f : -0.15f) * w));
                Skeleton.Add(r, s.Neck, s.Pitch((chest ? -0.15f : -0.3f) * w));
                Skeleton.Add(r, s.UpperArmL, s.Pitch(((chest ? 0.55f : 0.3f) + strokeL) * w) * s.Yaw(-0.12f * w));
                Skeleton.Add(r, s.UpperArmR, s.Pitch(((chest ? 0.55f : 0.3f) + strokeR) * w) * s.Yaw(0.12f * w));
                Skeleton.Add(r, s.ForearmL, s.Pitch(((chest ? 1.3f : 1.15f) - strokeL) * w) * s.Yaw(-0.15f * w));
                Skeleton.Add(r, s.ForearmR, s.Pitch(((chest ? 1.3f : 1.15f) - strokeR) * w) * s.Yaw(0.15f * w));
                break;
            }
        }
    }
}
