using System.Numerics;
using Kinora.Compose;

namespace Kinora.Motion.Animation;

/// <summary>
/// One arm as a two-bone chain in the model's sagittal plane: shoulder (the upper arm's pivot), elbow (the forearm's)
/// and the grip, the middle of the hand. The grip is found on the mesh (the forearm-weighted vertex farthest from the
/// elbow is the fingertips; the grip lies a palm's width back from them), so it fits any build. <see cref="Reach"/>
/// puts the grip on a point by analytic IK with the elbow bending back, as an elbow does, under a spine pitched
/// forward by a known angle (pitches about one axis add, so the spine's bend only shifts the arm's angles).
/// </summary>
public sealed class Arm
{
    public readonly int Upper, Fore;
    /// <summary>Rest positions (model space): shoulder and elbow pivots, and the grip.</summary>
    public readonly Vector3 Shoulder, Elbow, Grip;
    public readonly float UpperLength, ForeLength;
    private readonly float _restUpper, _restFore;
    private readonly Skeleton _s;

    private Arm(Skeleton s, int upper, int fore, Vector3 grip)
    {
        _s = s;
        Upper = upper; Fore = fore;
        Shoulder = s.PivotOf(upper); Elbow = s.PivotOf(fore); Grip = grip;
        var (sh, el, gr) = (s.Sagittal(Shoulder), s.Sagittal(Elbow), s.Sagittal(Grip));
        UpperLength = MathF.Max(1e-4f, Vector2.Distance(sh, el));
        ForeLength = MathF.Max(1e-4f, Vector2.Distance(el, gr));
        _restUpper = Angle(el - sh);
        _restFore = Angle(gr - el);
    }

    /// <summary>The right arm (the one that picks things up) of a model, or null when it has none.</summary>
    public static Arm? Right(Skeleton s, Model model) => s.UpperArmR >= 0 && s.ForearmR >= 0 ? new Arm(s, s.UpperArmR, s.ForearmR, GripOf(model, s.ForearmR, s.PivotOf(s.ForearmR))) : null;

    /// <summary>
    /// Bends the arm so the grip reaches <paramref name="target"/> (model space of the posed body: world-fixed points
    /// move up by the body's sink), the spine pitched by <paramref name="spinePitch"/> about <paramref name="spinePivot"/>.
    /// Adds to what the joints hold. Returns how far (m) the grip stays short of the target (0 when reached).
    /// </summary>
    public float Reach(Vector3 target, float spinePitch, Vector3 spinePivot, Span<Quaternion> rotations)
    {
        var pivot = _s.Sagittal(spinePivot);
        var shoulder = pivot + Rotate(_s.Sagittal(Shoulder) - pivot, spinePitch);
        var toTarget = _s.Sagittal(target) - shoulder;
        var want = toTarget.Length();
        var d = Math.Clamp(want, MathF.Abs(UpperLength - ForeLength) + 1e-4f, 0.995f * (UpperLength + ForeLength));
        var aim = Angle(toTarget);
        var cos = Math.Clamp((UpperLength * UpperLength + d * d - ForeLength * ForeLength) / (2 * UpperLength * d), -1, 1);
        var upper = aim - MathF.Acos(cos); // elbow behind the line from shoulder to hand
        var elbow = shoulder + UpperLength * new Vector2(MathF.Cos(upper), MathF.Sin(upper));
        var grip = shoulder + toTarget / MathF.Max(want, 1e-6f) * d;
        var fore = Angle(grip - elbow);
        var upperTurn = Wrap(upper - _restUpper - spinePitch);
        var foreTurn = Wrap(fore - _restFore - spinePitch - upperTurn);
        Skeleton.Add(rotations, Upper, _s.Pitch(upperTurn));
        Skeleton.Add(rotations, Fore, _s.Pitch(foreTurn));
        return MathF.Max(0, want - d);
    }

    /// <summary>The grip of a hand carried by <paramref name="fore"/>: a palm's width (a third of the way from the
    /// fingertips to the wrist) back towards the elbow from the forearm vertex farthest from it.</summary>
    private static Vector3 GripOf(Model model, int fore, Vector3 elbow)
    {
        var tip = elbow;
        var best = 0f;
        foreach (var part in model.Parts)
        {
            var mesh = part.Mesh;
            if (!mesh.IsSkinned) continue;
            var positions = mesh.Positions.Span;
            var joints = mesh.SkinJoints.Span;
            var weights = mesh.SkinWeights.Span;
            for (var v = 0; v < positions.Length; v++)
            {
                if (!Dominant(joints[v], weights[v], fore)) continue;
                var p = Vector3.Transform(positions[v], part.Local);
                var d = Vector3.DistanceSquared(p, elbow);
                if (d > best) { best = d; tip = p; }
            }
        }
        return Vector3.Lerp(tip, elbow, 0.2f);
    }

    private static bool Dominant(Vector4 joints, Vector4 weights, int joint) =>
        joints.X == joint && weights.X >= 0.5f || joints.Y == joint && weights.Y >= 0.5f || joints.Z == joint && weights.Z >= 0.5f || joints.W == joint && weights.W >= 0.5f;

    /// <summary>Turns a sagittal vector by <paramref name="a"/> the way <see cref="Skeleton.Pitch"/> does (+: forward to up).</summary>
    public static Vector2 Rotate(Vector2 v, float a) => new(v.X * MathF.Cos(a) - v.Y * MathF.Sin(a), v.X * MathF.Sin(a) + v.Y * MathF.Cos(a));

    private static float Angle(Vector2 v) => MathF.Atan2(v.Y, v.X);

    private static float Wrap(float a) => a > MathF.PI ? a - 2 * MathF.PI : a < -MathF.PI ? a + 2 * MathF.PI : a;
}
