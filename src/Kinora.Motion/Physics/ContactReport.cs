using System.Numerics;

namespace Kinora.Motion.Physics;

/// <summary>
/// A pair of bodies in contact during one step, summed over its contact points. <see cref="A"/> is always a
/// moving body; <see cref="B"/> is another body or <see cref="Ground"/>. The normal points from B into A.
/// </summary>
/// <param name="NormalImpulse">Σ over points of (force on A · normal) × dt, N·s: what the contact pushed this step.</param>
/// <param name="ApproachSpeed">Relative speed along the normal before the step, m/s; positive when closing.</param>
/// <param name="Depth">Deepest penetration, m (lets the tracker place the touch within the step).</param>
/// <param name="SlipSpeed">Tangential speed of A's surface over B's at the contact, m/s: sliding (0 when rolling).</param>
/// <param name="TravelSpeed">Tangential speed of A's centre relative to B, m/s: how fast it rolls or slides along.</param>
public readonly record struct ContactReport(
    int A,
    int B,
    Vector3 Position,
    Vector3 Normal,
    double NormalImpulse,
    double ApproachSpeed,
    double Depth,
    double SlipSpeed = 0,
    double TravelSpeed = 0)
{
    /// <summary>Body index that stands for the ground plane.</summary>
    public const int Ground = -1;
}
