using System.Numerics;
using Kinora.Compose;

namespace Kinora.Motion.Fields;

/// <summary>
/// What a force field needs to know about a moving body: mass, volume, how far it reaches up and down at a given
/// orientation, how much it presents to a flow and how streamlined it is. Built once per body.
/// </summary>
public readonly struct FieldBody
{
    public int Index { get; }
    public double Mass { get; }
    public double Volume { get; }
    /// <summary>m; a sphere's radius (its submerged volume is computed exactly), else 0.</summary>
    public double SphereRadius { get; }
    /// <summary>m; half extents of the box that stands in for non-spherical shapes.</summary>
    public Vector3 HalfExtents { get; }
    /// <summary>m², frontal area to a flow (the same from every side: shapes here are compact).</summary>
    public double Area { get; }
    /// <summary>Drag coefficient: 0.47 for a sphere, 1.05 for a box face-on (Hoerner, Fluid-Dynamic Drag).</summary>
    public double DragCoefficient { get; }

    public FieldBody(int index, Entity e)
    {
        Index = index;
        Mass = e.Mass;
        Volume = e.Shape.Volume;
        switch (e.Shape)
        {
            case SphereShape s:
                SphereRadius = s.Radius;
                HalfExtents = new Vector3(s.Radius);
                Area = Math.PI * s.Radius * s.Radius;
                DragCoefficient = 0.47;
                break;
            case BoxShape b:
                HalfExtents = b.HalfExtents;
                Area = 4 * (b.HalfExtents.X * b.HalfExtents.Y + b.HalfExtents.Y * b.HalfExtents.Z + b.HalfExtents.X * b.HalfExtents.Z) / 3;
                DragCoefficient = 1.05;
                break;
            default:
                // An equal-volume cube stands in for other shapes.
                var half = (float)(Math.Cbrt(Math.Max(Volume, 1e-9)) / 2);
                HalfExtents = new Vector3(half);
                Area = 4 * half * half;
                DragCoefficient = 0.8;
                break;
        }
    }

    /// <summary>Half the body's vertical extent at this orientation, m.</summary>
    public float VerticalReach(Quaternion rotation)
    {
        if (SphereRadius > 0) return (float)SphereRadius;
        // Each local axis contributes |its world Y| × its half extent.
        var x = Vector3.Transform(Vector3.UnitX, rotation).Y;
        var y = Vector3.Transform(Vector3.UnitY, rotation).Y;
        var z = Vector3.Transform(Vector3.UnitZ, rotation).Y;
        return MathF.Abs(x) * HalfExtents.X + MathF.Abs(y) * HalfExtents.Y + MathF.Abs(z) * HalfExtents.Z;
    }

    /// <summary>Share of the volume below a horizontal surface at <paramref name="surfaceY"/>, 0–1.</summary>
    public double SubmergedFraction(Vector3 centre, Quaternion rotation, float surfaceY)
    {
        if (SphereRadius > 0)
        {
            var r = SphereRadius;
            var d = Math.Clamp(surfaceY - (centre.Y - r), 0, 2 * r); // depth of the bottom below the surface
            return d * d * (3 * r - d) / (4 * r * r * r); // spherical cap π d²(3r − d)/3 over 4πr³/3
        }
        var reach = VerticalReach(rotation);
        return Math.Clamp((surfaceY - (centre.Y - reach)) / (2 * reach), 0, 1);
    }
}
