using System.Numerics;

namespace Kinora.Compose.Assets.Meshes;

/// <summary>
/// Accumulates closed primitives (each placed by its own transform) into one triangle list, then bakes a
/// <see cref="Mesh"/>. Transforms use System.Numerics' row-vector convention (p' = p · M); normals go through the
/// inverse transpose, and a mirroring transform (negative determinant) flips the winding so triangles stay
/// counter-clockwise from outside. Every primitive is closed, so a merged mesh is a union of closed shells.
/// Built once per entity at compose time; nothing here runs per frame.
/// </summary>
public sealed class MeshBuilder
{
    private readonly List<Vector3> _positions = [];
    private readonly List<Vector3> _normals = [];
    private readonly List<Vector2> _uvs = [];
    private readonly List<uint> _indices = [];

    // Skinning (see Mesh.SkinJoints): null until the first vertex bound to a joint, so a rigid mesh carries none.
    // The cursor is shared by every builder of one model, so "the joint the next primitives follow" is set once
    // for all paints.
    private readonly SkinCursor? _cursor;
    private List<Vector4>? _skinJoints;
    private List<Vector4>? _skinWeights;

    public MeshBuilder() { }

    /// <summary>A builder whose primitives follow <paramref name="cursor"/>'s current joint (a rigged model's paint).</summary>
    public MeshBuilder(SkinCursor cursor) => _cursor = cursor;

    public int VertexCount => _positions.Count;
    public bool IsEmpty => _indices.Count == 0;

    /// <summary>True once any vertex is bound to a joint.</summary>
    public bool IsSkinned => _skinJoints is not null;

    /// <summary>Ellipsoid: a unit sphere (radius 1) under <paramref name="m"/>.</summary>
    public MeshBuilder Sphere(Matrix4x4 m, int slices = 24, int stacks = 14)
    {
        var start = Begin();
        for (var i = 0; i <= stacks; i++)
        {
            var phi = MathF.PI * i / stacks;
            for (var j = 0; j <= slices; j++)
            {
                var theta = 2 * MathF.PI * j / slices;
                var p = new Vector3(MathF.Sin(phi) * MathF.Cos(theta), MathF.Cos(phi), -MathF.Sin(phi) * MathF.Sin(theta));
                Vertex(p, p, new((float)j / slices, (float)i / stacks));
            }
        }
        Grid(start, stacks, slices);
        return End(start, m);
    }

    /// <summary>Axis-aligned cube from −1 to 1 under <paramref name="m"/>, flat-shaded faces.</summary>
    public MeshBuilder Box(Matrix4x4 m)
    {
        var start = Begin();
        Vector3[] faces = [Vector3.UnitX, -Vector3.UnitX, Vector3.UnitY, -Vector3.UnitY, Vector3.UnitZ, -Vector3.UnitZ];
        foreach (var n in faces)
        {
            var u = MathF.Abs(n.Y) > 0.5f ? Vector3.UnitX : Vector3.Cross(Vector3.UnitY, n);
            var w = Vector3.Cross(n, u);
            var s = (uint)_positions.Count;
            Vertex(n - u - w, n, new(0, 0));
            Vertex(n + u - w, n, new(1, 0));
            Vertex(n + u + w, n, new(1, 1));
            Vertex(n - u + w, n, new(0, 1));
            _indices.AddRange([s, s + 1, s + 2, s, s + 2, s + 3]);
        }
        return End(start, m);
    }

    /// <summary>Box given by centre and half extents (metres), optionally rotated about Z then Y by the angles (radians).</summary>
    public MeshBuilder Box(Vector3 centre, Vector3 half, float rotZ = 0, float rotY = 0) =>
        Box(Matrix4x4.CreateScale(half) * Matrix4x4.CreateRotationZ(rotZ) * Matrix4x4.CreateRotationY(rotY) * Matrix4x4.CreateTranslation(centre));

    /// <summary>Ellipsoid given by centre and radii, optionally rotated about Z then Y.</summary>
    public MeshBuilder Ellipsoid(Vector3 centre, Vector3 radii, float rotZ = 0, float rotY = 0, int slices = 24, int stacks = 14) =>
        Sphere(Matrix4x4.CreateScale(radii) * Matrix4x4.CreateRotationZ(rotZ) * Matrix4x4.CreateRotationY(rotY) * Matrix4x4.CreateTranslation(centre), slices, stacks);

    /// <summary>
    /// Surface of revolution about local Y: <paramref name="profile"/> is (radius, height) from bottom to top.
    /// Ends with a non-zero radius get flat caps, so any profile gives a closed shell.
    /// </summary>
    public MeshBuilder Lathe(IReadOnlyList<Vector2> profile, Matrix4x4 m, int segments = 32)
    {
        var start = Begin();
        var rows = profile.Count;
        for (var i = 0; i < rows; i++)
        {
            // Smooth normal from the neighbouring profile points (tangent rotated a quarter turn outwards).
            var prev = profile[Math.Max(0, i - 1)];
            var next = profile[Math.Min(rows - 1, i + 1)];
            var t = next - prev;
            var n2 = Vector2.Normalize(new Vector2(t.Y, -t.X) + new Vector2(1e-6f, 0));
            for (var j = 0; j <= segments; j++)
            {
                var theta = 2 * MathF.PI * j / segments;
                var (c, s) = (MathF.Cos(theta), -MathF.Sin(theta));
                var r = profile[i].X;
                Vertex(new(r * c, profile[i].Y, r * s), new(n2.X * c, n2.Y, n2.X * s), new((float)j / segments, (float)i / (rows - 1)));
            }
        }
        // Rows go bottom to top; with this vertex order the grid winds outward for a profile that climbs.
        GridLathe(start, rows - 1, segments);
        if (profile[0].X > 1e-5f) Cap(profile[0].X, profile[0].Y, -1, segments);
        if (profile[^1].X > 1e-5f) Cap(profile[^1].X, profile[^1].Y, 1, segments);
        return End(start, m);
    }

    /// <summary>Capped cylinder of radius 1 from y = −1 to 1 (top radius scaled by <paramref name="topRatio"/>: a frustum or cone).</summary>
    public MeshBuilder Cylinder(Matrix4x4 m, float topRatio = 1, int segments = 24) =>
        Lathe([new(1, -1), new(topRatio, 1)], m, segments);

    /// <summary>A round rod (frustum) from <paramref name="a"/> to <paramref name="b"/> with end radii, in metres.</summary>
    public MeshBuilder Rod(Vector3 a, Vector3 b, float ra, float rb, int segments = 16)
    {
        var axis = b - a;
        var length = axis.Length();
        if (length < 1e-6f) return this;
        var m = Matrix4x4.CreateScale(ra, length / 2, ra) * AlignY(axis / length) * Matrix4x4.CreateTranslation((a + b) / 2);
        return Cylinder(m, rb / ra, segments);
    }

    /// <summary>A rod with rounded ends (spheres at both ends): limbs, handles, tubes.</summary>
    public MeshBuilder Capsule(Vector3 a, Vector3 b, float ra, float rb, int segments = 16)
    {
        Rod(a, b, ra, rb, segments);
        Sphere(Matrix4x4.CreateScale(ra) * Matrix4x4.CreateTranslation(a), segments, segments / 2 + 2);
        return Sphere(Matrix4x4.CreateScale(rb) * Matrix4x4.CreateTranslation(b), segments, segments / 2 + 2);
    }

    /// <summary>Torus about local Y: ring radius <paramref name="major"/>, tube radius <paramref name="minor"/>.</summary>
    public MeshBuilder Torus(float major, float minor, Matrix4x4 m, int segments = 32, int sides = 12)
    {
        var start = Begin();
        for (var i = 0; i <= segments; i++)
        {
            var u = 2 * MathF.PI * i / segments;
            var (cu, su) = (MathF.Cos(u), -MathF.Sin(u));
            for (var j = 0; j <= sides; j++)
            {
                var v = 2 * MathF.PI * j / sides;
                var n = new Vector3(MathF.Cos(v) * cu, MathF.Sin(v), MathF.Cos(v) * su);
                var p = new Vector3(major * cu, 0, major * su) + n * minor;
                Vertex(p, n, new((float)i / segments, (float)j / sides));
            }
        }
        for (var i = 0; i < segments; i++)
            for (var j = 0; j < sides; j++)
            {
                var a = (uint)(start + i * (sides + 1) + j);
                var b = a + (uint)(sides + 1);
                _indices.AddRange([a, b, a + 1, a + 1, b, b + 1]);
            }
        return End(start, m);
    }

    /// <summary>
    /// Prism: the simple polygon <paramref name="outline"/> (x, y, either winding) extruded from z = −depth/2 to
    /// depth/2, with flat caps (ear-clipped) and flat sides.
    /// </summary>
    public MeshBuilder Extrude(IReadOnlyList<Vector2> outline, float depth, Matrix4x4 m)
    {
        var poly = outline.ToList();
        if (SignedArea(poly) < 0) poly.Reverse(); // counter-clockwise seen from +z
        var start = Begin();
        var half = depth / 2;
        var tris = EarClip(poly);
        var n = poly.Count;
        var front = (uint)_positions.Count;
        foreach (var p in poly) Vertex(new(p.X, p.Y, half), Vector3.UnitZ, p);
        var back = (uint)_positions.Count;
        foreach (var p in poly) Vertex(new(p.X, p.Y, -half), -Vector3.UnitZ, p);
        for (var t = 0; t < tris.Count; t += 3)
        {
            _indices.AddRange([front + (uint)tris[t], front + (uint)tris[t + 1], front + (uint)tris[t + 2]]);
            _indices.AddRange([back + (uint)tris[t], back + (uint)tris[t + 2], back + (uint)tris[t + 1]]);
        }
        for (var i = 0; i < n; i++)
        {
            var (a, b) = (poly[i], poly[(i + 1) % n]);
            var e = b - a;
            var normal = Vector3.Normalize(new Vector3(e.Y, -e.X, 0) + new Vector3(0, 0, 1e-9f));
            var s = (uint)_positions.Count;
            Vertex(new(a.X, a.Y, -half), normal, new(0, 0));
            Vertex(new(b.X, b.Y, -half), normal, new(1, 0));
            Vertex(new(b.X, b.Y, half), normal, new(1, 1));
            Vertex(new(a.X, a.Y, half), normal, new(0, 1));
            _indices.AddRange([s, s + 1, s + 2, s, s + 2, s + 3]);
        }
        return End(start, m);
    }

    /// <summary>Regular polygon of <paramref name="sides"/> corners with circumradius 1, first corner at angle <paramref name="phase"/>.</summary>
    public static Vector2[] RegularPolygon(int sides, float phase = 0)
    {
        var p = new Vector2[sides];
        for (var i = 0; i < sides; i++)
        {
            var a = phase + 2 * MathF.PI * i / sides;
            p[i] = new(MathF.Cos(a), MathF.Sin(a));
        }
        return p;
    }

    /// <summary>
    /// A patch on the unit sphere bounded by the great-circle polygon <paramref name="corners"/> (unit vectors, in
    /// order round its centre), lifted to radius <paramref name="lift"/> and then placed by <paramref name="m"/>:
    /// a ball's panel (a football's pentagon) that follows the curve instead of standing off it as a flat plate.
    /// </summary>
    public MeshBuilder SphericalPatch(IReadOnlyList<Vector3> corners, float lift, Matrix4x4 m, int subdivisions = 4)
    {
        var start = Begin();
        var centre = Vector3.Zero;
        foreach (var c in corners) centre += c;
        centre = Vector3.Normalize(centre);
        var n = subdivisions;
        for (var k = 0; k < corners.Count; k++)
        {
            var (a, b) = (corners[k], corners[(k + 1) % corners.Count]);
            // Barycentric grid over (centre, a, b): row i has i+1 points.
            var first = (uint)_positions.Count;
            for (var i = 0; i <= n; i++)
                for (var j = 0; j <= i; j++)
                {
                    var p = centre * (n - i) / n + a * (i - j) / n + b * (float)j / n;
                    p = Vector3.Normalize(p);
                    Vertex(p * lift, p, new((float)j / n, (float)i / n));
                }
            uint Index(int i, int j) => first + (uint)(i * (i + 1) / 2 + j);
            void Tri(uint x, uint y, uint z)
            {
                var (px, py, pz) = (_positions[(int)x], _positions[(int)y], _positions[(int)z]);
                if (Vector3.Dot(Vector3.Cross(py - px, pz - px), px) < 0) (y, z) = (z, y);
                _indices.AddRange([x, y, z]);
            }
            for (var i = 0; i < n; i++)
                for (var j = 0; j <= i; j++)
                {
                    Tri(Index(i, j), Index(i + 1, j), Index(i + 1, j + 1));
                    if (j < i) Tri(Index(i, j), Index(i + 1, j + 1), Index(i, j + 1));
                }
        }
        return End(start, m);
    }

    /// <summary>Appends another builder's triangles under a transform (with its skin weights when it has them).</summary>
    public MeshBuilder Append(MeshBuilder other, Matrix4x4 m)
    {
        var start = Begin();
        for (var i = 0; i < other._positions.Count; i++)
        {
            if (other._skinJoints is null) Vertex(other._positions[i], other._normals[i], other._uvs[i]);
            else Vertex(other._positions[i], other._normals[i], other._uvs[i], other._skinJoints[i], other._skinWeights![i]);
        }
        foreach (var i in other._indices) _indices.Add((uint)start + i);
        return End(start, m);
    }

    /// <summary>
    /// Appends a triangle list made elsewhere (an implicit surface, a scan) under a transform: index triples wind
    /// counter-clockwise from outside, one normal and UV per position.
    /// </summary>
    public MeshBuilder Triangles(IReadOnlyList<Vector3> positions, IReadOnlyList<Vector3> normals, IReadOnlyList<Vector2> uvs, IReadOnlyList<uint> indices, Matrix4x4 m)
    {
        var start = Begin();
        for (var i = 0; i < positions.Count; i++) Vertex(positions[i], normals[i], uvs[i]);
        foreach (var i in indices) _indices.Add((uint)start + i);
        return End(start, m);
    }

    /// <summary>
    /// As <see cref="Triangles(IReadOnlyList{Vector3}, IReadOnlyList{Vector3}, IReadOnlyList{Vector2}, IReadOnlyList{uint}, Matrix4x4)"/>
    /// with a skin weight set per vertex (up to four joints and weights summing to 1): one smooth surface that
    /// bends at several joints, where a primitive would follow just one.
    /// </summary>
    public MeshBuilder Triangles(IReadOnlyList<Vector3> positions, IReadOnlyList<Vector3> normals, IReadOnlyList<Vector2> uvs, IReadOnlyList<uint> indices,
        IReadOnlyList<Vector4> skinJoints, IReadOnlyList<Vector4> skinWeights, Matrix4x4 m)
    {
        var start = Begin();
        for (var i = 0; i < positions.Count; i++) Vertex(positions[i], normals[i], uvs[i], skinJoints[i], skinWeights[i]);
        foreach (var i in indices) _indices.Add((uint)start + i);
        return End(start, m);
    }

    /// <summary>Moves everything added so far by <paramref name="m"/> (turn a finished model to face another way).</summary>
    public MeshBuilder Transform(Matrix4x4 m)
    {
        _indexStart = 0;
        return End(0, m);
    }

    /// <summary>Smallest box holding every vertex.</summary>
    public (Vector3 Min, Vector3 Max) Bounds()
    {
        var min = new Vector3(float.MaxValue);
        var max = new Vector3(float.MinValue);
        foreach (var p in _positions) { min = Vector3.Min(min, p); max = Vector3.Max(max, p); }
        return (min, max);
    }

    /// <summary>
    /// Bakes the mesh. With <paramref name="skinned"/> (its model has a rig) every vertex gets skin data: those
    /// added before any joint was current follow joint 0, the rig's root. A rigid builder bakes no skin arrays.
    /// </summary>
    public Mesh Build(string name, bool skinned = false)
    {
        if (!skinned && _skinJoints is null) return new(name, [.. _positions], [.. _normals], [.. _uvs], [.. _indices]);
        PadSkin(_positions.Count);
        return new(name, [.. _positions], [.. _normals], [.. _uvs], [.. _indices]) { SkinJoints = _skinJoints!.ToArray(), SkinWeights = _skinWeights!.ToArray() };
    }

    /// <summary>Rotation taking +Y onto the unit vector <paramref name="dir"/>.</summary>
    public static Matrix4x4 AlignY(Vector3 dir)
    {
        var d = Vector3.Dot(Vector3.UnitY, dir);
        if (d > 0.99999f) return Matrix4x4.Identity;
        if (d < -0.99999f) return Matrix4x4.CreateRotationX(MathF.PI);
        var axis = Vector3.Normalize(Vector3.Cross(Vector3.UnitY, dir));
        return Matrix4x4.CreateFromAxisAngle(axis, MathF.Acos(Math.Clamp(d, -1, 1)));
    }

    // ---- internals -------------------------------------------------------------------------------------------

    private int _indexStart;

    /// <summary>Marks where the primitive being added starts, so <see cref="End"/> transforms only its vertices.</summary>
    private int Begin()
    {
        _indexStart = _indices.Count;
        return _positions.Count;
    }

    private void Vertex(Vector3 p, Vector3 n, Vector2 uv)
    {
        if (_cursor is { Joint: >= 0 } cursor) Vertex(p, n, uv, new Vector4(cursor.Joint, 0, 0, 0), Vector4.UnitX);
        else
        {
            _positions.Add(p);
            _normals.Add(n);
            _uvs.Add(uv);
            _skinJoints?.Add(Vector4.Zero);
            _skinWeights?.Add(Vector4.UnitX);
        }
    }

    private void Vertex(Vector3 p, Vector3 n, Vector2 uv, Vector4 joints, Vector4 weights)
    {
        PadSkin(_positions.Count);
        _positions.Add(p);
        _normals.Add(n);
        _uvs.Add(uv);
        _skinJoints!.Add(joints);
        _skinWeights!.Add(weights);
    }

    /// <summary>Starts the skin arrays if needed, binding every vertex so far (rigid until now) to joint 0.</summary>
    private void PadSkin(int count)
    {
        _skinJoints ??= [];
        _skinWeights ??= [];
        while (_skinJoints.Count < count) { _skinJoints.Add(Vector4.Zero); _skinWeights.Add(Vector4.UnitX); }
    }

    private MeshBuilder End(int start, Matrix4x4 m)
    {
        Matrix4x4.Invert(m, out var inv);
        var normalMatrix = Matrix4x4.Transpose(inv);
        for (var i = start; i < _positions.Count; i++)
        {
            _positions[i] = Vector3.Transform(_positions[i], m);
            var n = Vector3.TransformNormal(_normals[i], normalMatrix);
            _normals[i] = n.LengthSquared() > 1e-20f ? Vector3.Normalize(n) : Vector3.UnitY;
        }
        if (m.GetDeterminant() < 0)
        {
            // A mirror turns counter-clockwise into clockwise: swap two corners of every triangle just added.
            for (var t = _indexStart; t + 2 < _indices.Count; t += 3)
                (_indices[t + 1], _indices[t + 2]) = (_indices[t + 2], _indices[t + 1]);
        }
        return this;
    }

    private void Grid(int start, int rows, int cols)
    {
        for (var i = 0; i < rows; i++)
            for (var j = 0; j < cols; j++)
            {
                var a = (uint)(start + i * (cols + 1) + j);
                var b = a + (uint)(cols + 1);
                _indices.AddRange([a, b, a + 1, a + 1, b, b + 1]);
            }
    }

    private void GridLathe(int start, int rows, int cols)
    {
        for (var i = 0; i < rows; i++)
            for (var j = 0; j < cols; j++)
            {
                var a = (uint)(start + i * (cols + 1) + j); // lower row
                var b = a + (uint)(cols + 1);              // upper row
                _indices.AddRange([a, a + 1, b, b, a + 1, b + 1]);
            }
    }

    private void Cap(float r, float y, int facing, int segments)
    {
        var centre = (uint)_positions.Count;
        var n = new Vector3(0, facing, 0);
        Vertex(new(0, y, 0), n, new(0.5f, 0.5f));
        for (var j = 0; j <= segments; j++)
        {
            var theta = 2 * MathF.PI * j / segments;
            Vertex(new(r * MathF.Cos(theta), y, -r * MathF.Sin(theta)), n, new(0.5f + 0.5f * MathF.Cos(theta), 0.5f + 0.5f * MathF.Sin(theta)));
        }
        for (var j = 0; j < segments; j++)
        {
            var a = centre + 1 + (uint)j;
            if (facing > 0) _indices.AddRange([centre, a, a + 1]);
            else _indices.AddRange([centre, a + 1, a]);
        }
    }

    private static float SignedArea(List<Vector2> p)
    {
        var a = 0f;
        for (var i = 0; i < p.Count; i++)
        {
            var (u, v) = (p[i], p[(i + 1) % p.Count]);
            a += u.X * v.Y - v.X * u.Y;
        }
        return a / 2;
    }

    /// <summary>Ear clipping of a counter-clockwise simple polygon; returns index triples.</summary>
    private static List<int> EarClip(List<Vector2> p)
    {
        var result = new List<int>();
        var idx = Enumerable.Range(0, p.Count).ToList();
        var guard = 0;
        while (idx.Count > 3 && guard++ < 10000)
        {
            var clipped = false;
            for (var i = 0; i < idx.Count; i++)
            {
                var (ia, ib, ic) = (idx[(i + idx.Count - 1) % idx.Count], idx[i], idx[(i + 1) % idx.Count]);
                var (a, b, c) = (p[ia], p[ib], p[ic]);
                if (Cross(b - a, c - b) <= 1e-9f) continue; // reflex corner
                var inside = false;
                foreach (var j in idx)
                {
                    if (j == ia || j == ib || j == ic) continue;
                    if (InTriangle(p[j], a, b, c)) { inside = true; break; }
                }
                if (inside) continue;
                result.AddRange([ia, ib, ic]);
                idx.RemoveAt(i);
                clipped = true;
                break;
            }
            if (!clipped) break; // degenerate outline: fan the rest
        }
        for (var i = 1; i + 1 < idx.Count; i++) result.AddRange([idx[0], idx[i], idx[i + 1]]);
        return result;
    }

    private static float Cross(Vector2 a, Vector2 b) => a.X * b.Y - a.Y * b.X;

    private static bool InTriangle(Vector2 p, Vector2 a, Vector2 b, Vector2 c) =>
        Cross(b - a, p - a) >= 0 && Cross(c - b, p - b) >= 0 && Cross(a - c, p - c) >= 0;
}

/// <summary>
/// The joint that primitives added next follow with weight 1 (−1: none yet, the mesh stays rigid), shared by the
/// builders of one rigged model so one call moves every paint onto the next bone.
/// </summary>
public sealed class SkinCursor
{
    public int Joint { get; set; } = -1;
}
