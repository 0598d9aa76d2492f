using System.Numerics;
using Kinora.Compose;
using Kinora.Compose.Assets.Kinds;

namespace Kinora.Motion.Animation;

/// <summary>
/// A fish's swimming: a wave that travels from behind the head to the tail (carangiform swimming, the way most fish
/// cruise), each spine joint of the <see cref="FishRig"/> swinging sideways a little later and a little wider than the
/// one before, the head yawing gently against the tail's push. The tail beats faster the faster the fish goes
/// (Bainbridge 1958: speed ≈ length × (0.75 × beat frequency − 1), so a fish cruising at 1.5 lengths a second beats
/// about 3.3 times a second); a fish holding still keeps a slow, small wave. When the fish turns, its body curves
/// into the turn, tail outward. Holds its own state (the wave's phase, last heading): one instance per body, fed
/// frames in order, allocation-free.
/// </summary>
public sealed class FishSwim
{
    /// <summary>Radians each spine joint swings at full cruise, head to tail (relative to the joint before, so they add up).</summary>
    private static readonly float[] Amplitude = [0.1f, 0.17f, 0.32f];
    /// <summary>Radians each joint lags the one before: about one body wave over the body's length.</summary>
    private const float Lag = 1.1f;
    /// <summary>Radians of bend per joint for each radian per second the fish turns (its body follows the curve).</summary>
    private const float TurnBend = 0.12f;

    private readonly Skeleton _s;
    private readonly int _root;
    private readonly int[] _chain = new int[FishRig.Count];
    private readonly float _length;
    private double _phase;
    private float _yaw = float.NaN;
    private float _bend;

    private FishSwim(Skeleton s, float length)
    {
        _s = s;
        _root = s.Body;
        for (var k = 0; k < FishRig.Count; k++) _chain[k] = s.Rig.IndexOf(FishRig.Segment(k));
        _length = MathF.Max(length, 0.01f);
    }

    /// <summary>The swimmer for a body whose rig has a fish's spine, else null.</summary>
    public static FishSwim? Of(Skeleton s, Entity e) =>
        s.Rig.IndexOf(FishRig.Segment(0)) < 0 ? null : new FishSwim(s, 2 * MathF.Max(e.Shape.BoundingRadius * 0.9f, 0.01f));

    /// <summary>Tail beats per second at <paramref name="speed"/> m/s (1.2 at rest, where the fins keep it in place).</summary>
    public double BeatHz(float speed) => Math.Clamp((speed / _length + 1) / 0.75, 1.2, 8);

    /// <summary>Adds this frame's wave to <paramref name="rotations"/>: <paramref name="speed"/> m/s travelled,
    /// <paramref name="facing"/> the body's world rotation (its turn rate bends the body).</summary>
    public void Pose(double dt, float speed, Quaternion facing, Span<Quaternion> rotations)
    {
        var forward = Vector3.Transform(_s.Forward, facing);
        var yaw = MathF.Atan2(-forward.Z, forward.X);
        var turnRate = 0f;
        if (!float.IsNaN(_yaw) && dt > 0)
        {
            var d = yaw - _yaw;
            if (d > MathF.PI) d -= MathF.Tau;
            if (d < -MathF.PI) d += MathF.Tau;
            turnRate = d / (float)dt;
        }
        _yaw = yaw;
        _bend += (Math.Clamp(turnRate, -3, 3) - _bend) * (float)(1 - Math.Exp(-dt / 0.2)); // smoothed over ~0.2 s
        _phase += 2 * Math.PI * BeatHz(speed) * dt;
        var effort = 0.4f + 0.6f * Math.Clamp(speed / (1.5f * _length), 0, 1);
        for (var k = 0; k < FishRig.Count; k++)
        {
            var swing = effort * Amplitude[k] * MathF.Sin((float)_phase - k * Lag) - TurnBend * _bend;
            Skeleton.Add(rotations, _chain[k], _s.Yaw(swing));
        }
        // The head recoils a little against the tail (about a fifth of the first joint's swing, opposite).
        Skeleton.Add(rotations, _root, _s.Yaw(-0.2f * effort * Amplitude[0] * MathF.Sin((float)_phase + 0.5f * Lag)));
    }

    /// <summary>Spine joint <paramref name="k"/>'s index in the rig (−1 if missing).</summary>
    public int Joint(int k) => _chain[k];
}
