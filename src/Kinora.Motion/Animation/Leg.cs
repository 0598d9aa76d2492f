using System.Numerics;

namespace Kinora.Motion.Animation;

/// <summary>
/// One leg as a two-bone chain in the model's sagittal plane (forward, up): hip (the thigh's pivot), knee (the
/// shin's) and the tip that touches the ground — the ankle (the foot's pivot) where there is a foot, else the point
/// on the ground straight under the knee (a hoof or paw). <see cref="Reach"/> places the tip by analytic IK, so a
/// planted foot stays exactly where the gait puts it.
/// </summary>
public sealed class Leg
{
    public readonly int Thigh, Shin, Foot;
    /// <summary>Rest positions in the sagittal plane (model space).</summary>
    public readonly Vector2 Hip, Knee, Tip;
    public readonly float Upper, Lower;
    /// <summary>+1: the knee points forward (people, fore legs); −1: back (a hind hock).</summary>
    public readonly float KneeSign;
    private readonly float _restUpper, _restLower;
    private readonly Skeleton _skeleton;

    public Leg(Skeleton skeleton, int thigh, int shin, int foot, bool kneeForward)
    {
        _skeleton = skeleton;
        Thigh = thigh; Shin = shin; Foot = foot;
        Hip = skeleton.Sagittal(skeleton.PivotOf(thigh));
        Knee = skeleton.Sagittal(skeleton.PivotOf(shin));
        Tip = foot >= 0 ? skeleton.Sagittal(skeleton.PivotOf(foot)) : new Vector2(Knee.X, skeleton.GroundY);
        Upper = MathF.Max(1e-4f, Vector2.Distance(Hip, Knee));
        Lower = MathF.Max(1e-4f, Vector2.Distance(Knee, Tip));
        // The knee bends the way the model was built bent (a dog's stifle forward); a leg built straight bends the
        // way its kind's usually does.
        var down = Tip - Hip;
        var bent = (down.X * (Knee - Hip).Y - down.Y * (Knee - Hip).X) / MathF.Max(1e-4f, down.Length());
        KneeSign = MathF.Abs(bent) > 0.01f * down.Length() ? MathF.Sign(bent) : kneeForward ? 1 : -1;
        _restUpper = Angle(Knee - Hip);
        _restLower = Angle(Tip - Knee);
    }

    /// <summary>Hip to tip at rest (m): how long the leg stands.</summary>
    public float Length => Vector2.Distance(Hip, Tip);

    /// <summary>Height of the tip above the ground at rest (the ankle's height for a foot, 0 for a hoof).</summary>
    public float TipHeight => Tip.Y - _skeleton.GroundY;

    /// <summary>Farthest the tip is let go from the hip, short of a locked knee (IK is unstable there).</summary>
    public float MaxReach => 0.985f * (Upper + Lower);

    /// <summary>
    /// How far the body must sink (m) for this leg's tip to reach a point <paramref name="forward"/> metres ahead of
    /// its rest spot on the ground; 0 when it reaches without sinking.
    /// </summary>
    public float SinkToReach(float forward)
    {
        var dx = Tip.X + forward - Hip.X;
        var reach = MaxReach;
        var down = MathF.Sqrt(MathF.Max(0, reach * reach - dx * dx));
        return MathF.Max(0, Hip.Y - Tip.Y - down);
    }

    /// <summary>
    /// Bends the leg so its tip lands at <paramref name="target"/> (sagittal, model space) and turns the foot to
    /// <paramref name="footPitch"/> radians from its rest angle (+: toes up). Adds to what the joints hold.
    /// </summary>
    public void Reach(Vector2 target, float footPitch, Span<Quaternion> rotations)
    {
        var toTarget = target - Hip;
        var d = Math.Clamp(toTarget.Length(), MathF.Abs(Upper - Lower) + 1e-4f, MaxReach);
        var aim = Angle(toTarget);
        var cosHip = Math.Clamp((Upper * Upper + d * d - Lower * Lower) / (2 * Upper * d), -1, 1);
        var upper = aim + KneeSign * MathF.Acos(cosHip);
        var knee = Hip + Upper * new Vector2(MathF.Cos(upper), MathF.Sin(upper));
        var tip = Hip + toTarget / MathF.Max(toTarget.Length(), 1e-6f) * d;
        var lower = Angle(tip - knee);
        var thighTurn = Wrap(upper - _restUpper);
        var shinTurn = Wrap(lower - _restLower);
        Skeleton.Add(rotations, Thigh, _skeleton.Pitch(thighTurn));
        Skeleton.Add(rotations, Shin, _skeleton.Pitch(shinTurn - thighTurn));
        Skeleton.Add(rotations, Foot, _skeleton.Pitch(footPitch - shinTurn));
    }

    private static float Angle(Vector2 v) => MathF.Atan2(v.Y, v.X);

    private static float Wrap(float a) => a > MathF.PI ? a - 2 * MathF.PI : a < -MathF.PI ? a + 2 * MathF.PI : a;
}
