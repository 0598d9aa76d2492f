using System.Numerics;

namespace Kinora.Compose;

/// <summary>A collision shape in the body's local frame (centred on the body's position).</summary>
public abstract record Shape
{
    /// <summary>Volume in m³.</summary>
    public abstract double Volume { get; }
    /// <summary>Distance from the centre to the lowest point when upright, metres (for resting on the ground).</summary>
    public abstract float HalfHeight { get; }
    /// <summary>Radius of the bounding sphere, metres.</summary>
    public abstract float BoundingRadius { get; }
}

public sealed record SphereShape(float Radius) : Shape
{
    public override double Volume => 4.0 / 3.0 * Math.PI * Radius * Radius * Radius;
    public override float HalfHeight => Radius;
    public override float BoundingRadius => Radius;
}

/// <summary>An axis-aligned box in the local frame; <see cref="HalfExtents"/> in metres.</summary>
public sealed record BoxShape(Vector3 HalfExtents) : Shape
{
    public override double Volume => 8.0 * HalfExtents.X * HalfExtents.Y * HalfExtents.Z;
    public override float HalfHeight => HalfExtents.Y;
    public override float BoundingRadius => HalfExtents.Length();
}
