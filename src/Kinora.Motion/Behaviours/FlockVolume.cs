using System.Numerics;

namespace Kinora.Motion.Behaviours;

/// <summary>
/// The space a flock or school may use, as a box of member centres: the water inside a tank (less a body's reach,
/// so no fish pokes through the glass), a band of open sea between the sand and the surface, or, for birds, a band
/// of air at their cruising heights that is open sideways. Members are clamped into it every frame; the leader turns
/// back before it reaches a wall.
/// </summary>
public readonly record struct FlockVolume(Vector3 Min, Vector3 Max)
{
    /// <summary>Open sideways: only heights are bounded.</summary>
    public static FlockVolume Band(float low, float high) =>
        new(new Vector3(float.NegativeInfinity, low, float.NegativeInfinity), new Vector3(float.PositiveInfinity, high, float.PositiveInfinity));

    public bool Bounded => float.IsFinite(Min.X) && float.IsFinite(Max.X);

    public Vector3 Centre => Bounded ? (Min + Max) / 2 : Vector3.Zero;

    public Vector3 Clamp(Vector3 p) => Vector3.Clamp(p, Min, Vector3.Max(Min, Max));

    public bool Contains(Vector3 p, float slack = 1e-4f) =>
        p.X >= Min.X - slack && p.Y >= Min.Y - slack && p.Z >= Min.Z - slack && p.X <= Max.X + slack && p.Y <= Max.Y + slack && p.Z <= Max.Z + slack;

    /// <summary>Whether <paramref name="p"/> is at least <paramref name="margin"/> inside the side walls (always, when open).</summary>
    public bool InsideHorizontally(Vector3 p, float margin) =>
        !Bounded || p.X >= Min.X + margin && p.X <= Max.X - margin && p.Z >= Min.Z + margin && p.Z <= Max.Z - margin;

    /// <summary>m kept from the walls when looking ahead: a little, but never more than a third of the box.</summary>
    public float Margin(float pace) =>
        Bounded ? MathF.Min(0.1f * pace, MathF.Min(Max.X - Min.X, Max.Z - Min.Z) / 3) : 0;
}
