using System.Numerics;

namespace Kinora.Compose;

/// <summary>
/// A collision shape in the body's local frame (centred on the body's position, which is its centre of mass).
/// Round shapes with an axis (capsule, cylinder) stand along local Y, like everything else in a Y-up world.
/// </summary>
public abstract record Shape
{
    /// <summary>Volume in m³.</summary>
    public abstract double Volume { get; }
    /// <summary>Distance from the centre to the lowest point when upright, metres (for resting on the ground).</summary>
    public abstract float HalfHeight { get; }
    /// <summary>Radius of the bounding sphere, metres.</summary>
    public abstract float BoundingRadius { get; }
    /// <summary>
    /// The thinnest extent through the centre, metres: a body that moves more than about half of it in one physics
    /// step can pass through a thin wall, so the simulator sub-steps when something is this fast.
    /// </summary>
    public virtual float Thickness => 2 * MathF.Min(HalfHeight, BoundingRadius);
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
    public override float Thickness => 2 * MathF.Min(HalfExtents.X, MathF.Min(HalfExtents.Y, HalfExtents.Z));
}

/// <summary>A cylinder of <see cref="Radius"/> with hemispherical caps, its straight part 2 × <see cref="HalfLength"/> along Y.</summary>
public sealed record CapsuleShape(float Radius, float HalfLength) : Shape
{
    public override double Volume => Math.PI * Radius * Radius * (2 * HalfLength + 4.0 / 3.0 * Radius);
    public override float HalfHeight => HalfLength + Radius;
    public override float BoundingRadius => HalfLength + Radius;
    public override float Thickness => 2 * Radius;
}

/// <summary>A flat-ended cylinder of <see cref="Radius"/>, 2 × <see cref="HalfLength"/> long along Y.</summary>
public sealed record CylinderShape(float Radius, float HalfLength) : Shape
{
    public override double Volume => Math.PI * Radius * Radius * 2 * HalfLength;
    public override float HalfHeight => HalfLength;
    public override float BoundingRadius => MathF.Sqrt(Radius * Radius + HalfLength * HalfLength);
    public override float Thickness => 2 * MathF.Min(Radius, HalfLength);
}

/// <summary>
/// A convex polyhedron: <see cref="Vertices"/> in the local frame (centred on the centre of mass) and
/// <see cref="Faces"/>, each a loop of vertex indices counter-clockwise seen from outside. Made with
/// <see cref="FromPoints"/>, which keeps only the points on the hull.
/// </summary>
public sealed record ConvexHullShape : Shape
{
    public IReadOnlyList<Vector3> Vertices { get; }
    public IReadOnlyList<int[]> Faces { get; }

    private ConvexHullShape(IReadOnlyList<Vector3> vertices, IReadOnlyList<int[]> faces)
    {
        Vertices = vertices;
        Faces = faces;
        double volume = 0;
        foreach (var f in faces)
            for (var k = 1; k + 1 < f.Length; k++) // fan of tetrahedra from the origin
                volume += Vector3.Dot(vertices[f[0]], Vector3.Cross(vertices[f[k]], vertices[f[k + 1]])) / 6.0;
        Volume = Math.Abs(volume);
    }

    public override double Volume { get; }
    public override float HalfHeight => -Vertices.Min(v => v.Y);
    public override float BoundingRadius => Vertices.Max(v => v.Length());

    /// <summary>
    /// The hull of a few points (a shard, a rock: up to a few dozen). Brute force over point triples, O(n⁴), which
    /// is instant at this size and has none of quickhull's degenerate cases to get wrong. Points are used as given,
    /// so centre them on the centre of mass first.
    /// </summary>
    public static ConvexHullShape FromPoints(IReadOnlyList<Vector3> points)
    {
        var scale = points.Max(p => p.Length());
        var eps = 1e-5f * MathF.Max(scale, 1e-3f);
        var planes = new List<(Vector3 N, float D)>();
        for (var i = 0; i < points.Count; i++)
            for (var j = i + 1; j < points.Count; j++)
                for (var k = j + 1; k < points.Count; k++)
                {
                    var n = Vector3.Cross(points[j] - points[i], points[k] - points[i]);
                    if (n.LengthSquared() < eps * eps * 1e-2f) continue; // collinear
                    n = Vector3.Normalize(n);
                    var d = Vector3.Dot(n, points[i]);
                    bool above = false, below = false;
                    foreach (var p in points)
                    {
                        var s = Vector3.Dot(n, p) - d;
                        above |= s > eps;
                        below |= s < -eps;
                    }
                    if (above && below) continue;
                    if (above) { n = -n; d = -d; } // outward: every point on or below
                    if (!planes.Any(q => Vector3.Dot(q.N, n) > 1 - 1e-4f && MathF.Abs(q.D - d) < eps)) planes.Add((n, d));
                }
        if (planes.Count < 4) throw new ArgumentException("a convex hull needs points that span a volume", nameof(points));

        // Keep the vertices that lie on some face, then order each face's vertices around its centre.
        var used = new List<Vector3>();
        var faces = new List<int[]>();
        foreach (var (n, d) in planes)
        {
            var on = points.Where(p => MathF.Abs(Vector3.Dot(n, p) - d) <= eps).Distinct().ToList();
            var centre = on.Aggregate(Vector3.Zero, (a, p) => a + p) / on.Count;
            var u = Vector3.Normalize(on[0] - centre);
            var v = Vector3.Cross(n, u);
            var loop = on.OrderBy(p => MathF.Atan2(Vector3.Dot(p - centre, v), Vector3.Dot(p - centre, u)))
                .Select(p =>
                {
                    var index = used.FindIndex(q => Vector3.DistanceSquared(q, p) <= eps * eps);
                    if (index < 0) { used.Add(p); index = used.Count - 1; }
                    return index;
                }).ToArray();
            faces.Add(loop);
        }
        return new ConvexHullShape(used, faces);
    }

    /// <summary>Outward unit normal and offset (n·x = d) of face <paramref name="face"/>.</summary>
    public (Vector3 Normal, float Offset) Plane(int face)
    {
        var f = Faces[face];
        var n = Vector3.Normalize(Vector3.Cross(Vertices[f[1]] - Vertices[f[0]], Vertices[f[2]] - Vertices[f[0]]));
        return (n, Vector3.Dot(n, Vertices[f[0]]));
    }
}

/// <summary>
/// A fixed triangle mesh (a floor of any shape, a ramp, a bowl): collides with moving bodies but never moves
/// itself, since mesh–mesh contact between moving bodies is unreliable in every engine. Triangles are
/// counter-clockwise seen from the side bodies touch.
/// </summary>
public sealed record TriangleMeshShape(IReadOnlyList<Vector3> Vertices, IReadOnlyList<int> Indices) : Shape
{
    public override double Volume => 0;
    public override float HalfHeight => -Vertices.Min(v => v.Y);
    public override float BoundingRadius => Vertices.Max(v => v.Length());
}

/// <summary>
/// Terrain: <see cref="Heights"/> (m, row-major, <see cref="SamplesX"/> × <see cref="SamplesZ"/>) over a
/// <see cref="Width"/> × <see cref="Depth"/> m rectangle centred on the body's position. Never moves.
/// </summary>
public sealed record HeightfieldShape(float Width, float Depth, int SamplesX, int SamplesZ, IReadOnlyList<float> Heights) : Shape
{
    public override double Volume => 0;
    public override float HalfHeight => -Math.Min(0, Heights.Min());
    public override float BoundingRadius => MathF.Sqrt(Width * Width + Depth * Depth) / 2 + Heights.Max(MathF.Abs);

    public float HeightAt(int x, int z) => Heights[z * SamplesX + x];
}

/// <summary>One piece of a <see cref="CompoundShape"/>, placed in the body's frame.</summary>
public sealed record ShapePart(Shape Shape, Vector3 Offset, Quaternion Rotation);

/// <summary>
/// Several shapes moving as one body (a table: top and legs; a pendulum: rod and bob). Parts are placed relative to
/// the body's centre, which should be the parts' centre of mass.
/// </summary>
public sealed record CompoundShape(IReadOnlyList<ShapePart> Parts) : Shape
{
    public override double Volume => Parts.Sum(p => p.Shape.Volume);
    public override float HalfHeight => Parts.Max(p => p.Shape.HalfHeight - p.Offset.Y);
    public override float BoundingRadius => Parts.Max(p => p.Offset.Length() + p.Shape.BoundingRadius);
    public override float Thickness => Parts.Min(p => p.Shape.Thickness);
}

/// <summary>
/// A box of liquid (a tank, a pool, a pond): nothing collides with it; bodies inside it are buoyed up by the weight
/// of the liquid they displace and slowed by drag, and a "splash" is heard when one enters. Its material's density
/// is the liquid's (water 1000 kg/m³).
/// </summary>
public sealed record LiquidShape(Vector3 HalfExtents) : Shape
{
    public override double Volume => 8.0 * HalfExtents.X * HalfExtents.Y * HalfExtents.Z;
    public override float HalfHeight => HalfExtents.Y;
    public override float BoundingRadius => HalfExtents.Length();
}
