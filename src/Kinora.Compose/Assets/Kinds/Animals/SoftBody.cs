using System.Numerics;
using Kinora.Compose.Assets.Meshes;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// An organic body as one smooth surface: round cones (limbs, necks, tails) and ellipsoids (torso, skull, muscle)
/// joined by a smooth minimum of their signed distances (Quilez, "smooth minimum", iquilezles.org), so a leg grows
/// out of the shoulder and a neck out of the chest instead of meeting it at a crease, which is what made unions of
/// closed primitives read as clay toys. The distance field is sampled on a grid and meshed with naive surface nets
/// (Gibson 1998: one vertex per cell that the surface crosses, one quad per crossed grid edge), each vertex pulled
/// onto the surface by a Newton step; normals are the field's gradient. Each part carries a grain (a direction in
/// the side view) that coat painters use to lay stripes across a leg or along a neck.
/// Each part also follows a joint of the model's rig (<see cref="Bone"/> when it was added): a vertex's skin weights
/// come from the parts nearest it, falling off with how much farther each is than the nearest, so at a knee the
/// thigh and shin share the surface and it bends smoothly instead of tearing.
/// Built once per entity at compose time, in metres, facing +X with y up.
/// </summary>
public sealed class SoftBody
{
    private readonly List<Part> _parts = [];

    /// <summary>Optional relief added to the distance (m): wool curls, shaggy fur. Positive pushes the surface in.</summary>
    public Func<Vector3, float>? Relief { get; init; }

    private readonly record struct Part(bool IsEllipsoid, Vector3 A, Vector3 B, float Ra, float Rb, Vector3 Radii, Matrix4x4 ToLocal, float Blend, Vector2 Grain, int Tag, Vector3 Min, Vector3 Max, int Joint);

    public int Count => _parts.Count;

    private int _bone;

    /// <summary>The rig joint that parts added from now on follow; setting it makes <see cref="Mesh"/> weight the surface.</summary>
    public int Bone
    {
        get => _bone;
        set { _bone = value; Rigged = true; }
    }

    /// <summary>True once any part was given a joint: the mesh then carries skin weights.</summary>
    public bool Rigged { get; private set; }

    /// <summary>
    /// The rig's parent of each joint (−1 for the root). A part votes for a point only when its joint is the nearest
    /// part's joint, its parent or its child: a right shin never pulls at the left leg that stands within a blend
    /// of it, while a knee still shares its thigh and shin.
    /// </summary>
    public IReadOnlyList<int>? JointParents { get; set; }

    /// <summary>A round cone from a (radius ra) to b (radius rb), blended into the body over <paramref name="blend"/> metres.</summary>
    public SoftBody Limb(Vector3 a, Vector3 b, float ra, float rb, float blend = 0.05f, int tag = 0, Vector2? grain = null)
    {
        var pad = new Vector3(MathF.Max(ra, rb) + blend);
        var g = grain ?? Vector2.Normalize(new Vector2(b.X - a.X, b.Y - a.Y) + new Vector2(1e-6f, 0));
        _parts.Add(new(false, a, b, ra, rb, default, default, blend, g, tag, Vector3.Min(a, b) - pad, Vector3.Max(a, b) + pad, _bone));
        return this;
    }

    /// <summary>A chain of round cones through the points with the given radii (one per point).</summary>
    public SoftBody Chain(ReadOnlySpan<Vector3> points, ReadOnlySpan<float> radii, float blend = 0.03f, int tag = 0)
    {
        for (var i = 0; i + 1 < points.Length; i++) Limb(points[i], points[i + 1], radii[i], radii[i + 1], blend, tag);
        return this;
    }

    /// <summary>An ellipsoid at centre with radii, turned about Z (pitch, radians) then Y.</summary>
    public SoftBody Blob(Vector3 centre, Vector3 radii, float rotZ = 0, float rotY = 0, float blend = 0.08f, int tag = 0, Vector2? grain = null)
    {
        var toWorld = Matrix4x4.CreateRotationZ(rotZ) * Matrix4x4.CreateRotationY(rotY) * Matrix4x4.CreateTranslation(centre);
        Matrix4x4.Invert(toWorld, out var toLocal);
        var pad = new Vector3(MathF.Max(radii.X, MathF.Max(radii.Y, radii.Z)) + blend);
        var g = grain ?? Vector2.UnitX;
        _parts.Add(new(true, centre, centre, 0, 0, radii, toLocal, blend, g, tag, centre - pad, centre + pad, _bone));
        return this;
    }

    /// <summary>Signed distance (m) of the whole body: negative inside.</summary>
    public float Distance(Vector3 p)
    {
        var d = 1e3f;
        foreach (var part in _parts) d = SmoothMin(d, PartDistance(part, p), part.Blend);
        return Relief is null ? d : d + Relief(p);
    }

    /// <summary>
    /// The part nearest a point of the side view (x, y), ignoring depth: which limb a texel of a side-projected
    /// coat belongs to. Returns its grain and tag.
    /// </summary>
    public (Vector2 Grain, int Tag, float Distance) NearestInSideView(Vector2 xy)
    {
        var best = float.MaxValue;
        var pick = _parts[0];
        foreach (var part in _parts)
        {
            // The distance to a part is at least the distance to its box (which holds the part plus its blend).
            var outside = Vector2.Max(Vector2.Max(new Vector2(part.Min.X, part.Min.Y) - xy, xy - new Vector2(part.Max.X, part.Max.Y)), Vector2.Zero);
            if (outside.Length() > best) continue;
            var z = (part.A.Z + part.B.Z) / 2;
            var d = PartDistance(part, new Vector3(xy, z));
            if (d < best) { best = d; pick = part; }
        }
        return (pick.Grain, pick.Tag, best);
    }

    /// <summary>Bounds of the parts (without blending margins shrunk away: a little larger than the surface).</summary>
    public (Vector3 Min, Vector3 Max) Bounds()
    {
        var min = new Vector3(float.MaxValue);
        var max = new Vector3(float.MinValue);
        foreach (var p in _parts) { min = Vector3.Min(min, p.Min); max = Vector3.Max(max, p.Max); }
        return (min, max);
    }

    private static float SmoothMin(float a, float b, float k)
    {
        if (k <= 0) return MathF.Min(a, b);
        var h = MathF.Max(k - MathF.Abs(a - b), 0) / k;
        return MathF.Min(a, b) - h * h * k * 0.25f;
    }

    private static float PartDistance(in Part part, Vector3 p) =>
        part.IsEllipsoid ? Ellipsoid(Vector3.Transform(p, part.ToLocal), part.Radii) : RoundCone(p, part.A, part.B, part.Ra, part.Rb);

    /// <summary>Bound-preserving ellipsoid distance estimate (Quilez): exact on the surface, good near it.</summary>
    private static float Ellipsoid(Vector3 p, Vector3 r)
    {
        var k0 = (p / r).Length();
        var k1 = (p / (r * r)).Length();
        return k1 < 1e-9f ? -MathF.Min(r.X, MathF.Min(r.Y, r.Z)) : k0 * (k0 - 1) / k1;
    }

    /// <summary>Exact distance to a round cone between two spheres (Quilez, "sdRoundCone" for arbitrary end points).</summary>
    private static float RoundCone(Vector3 p, Vector3 a, Vector3 b, float r1, float r2)
    {
        var ba = b - a;
        var l2 = Vector3.Dot(ba, ba);
        if (l2 < 1e-12f) return Vector3.Distance(p, a) - MathF.Max(r1, r2);
        var rr = r1 - r2;
        var a2 = l2 - rr * rr;
        var il2 = 1 / l2;
        var pa = p - a;
        var y = Vector3.Dot(pa, ba);
        var z = y - l2;
        var x2 = (pa * l2 - ba * y).LengthSquared();
        var y2 = y * y * l2;
        var z2 = z * z * l2;
        var k = MathF.Sign(rr) * rr * rr * x2;
        if (MathF.Sign(z) * a2 * z2 > k) return MathF.Sqrt(x2 + z2) * il2 - r2;
        if (MathF.Sign(y) * a2 * y2 < k) return MathF.Sqrt(x2 + y2) * il2 - r1;
        return (MathF.Sqrt(x2 * a2 * il2) + y * rr) * il2 - r1;
    }

    /// <summary>
    /// Meshes the body into <paramref name="target"/> with cells of <paramref name="cell"/> metres; UVs come from
    /// <paramref name="uv"/> (a side projection for painted coats). The shell is closed: the grid has a margin
    /// of outside cells all round.
    /// </summary>
    public void Mesh(MeshBuilder target, float cell, Func<Vector3, Vector2> uv)
    {
        var (lo, hi) = Bounds();
        var origin = lo - new Vector3(2 * cell);
        var nx = (int)MathF.Ceiling((hi.X - lo.X) / cell) + 5;
        var ny = (int)MathF.Ceiling((hi.Y - lo.Y) / cell) + 5;
        var nz = (int)MathF.Ceiling((hi.Z - lo.Z) / cell) + 5;
        var field = new float[nx * ny * nz];
        Array.Fill(field, 1e3f);
        int Index(int i, int j, int k) => (k * ny + j) * nx + i;

        // Each part only touches the grid points within its box (plus its blend): far points keep "outside".
        foreach (var part in _parts)
        {
            var a = Vector3.Max((part.Min - origin) / cell - Vector3.One, Vector3.Zero);
            var b = Vector3.Min((part.Max - origin) / cell + Vector3.One, new Vector3(nx - 1, ny - 1, nz - 1));
            for (var k = (int)a.Z; k <= (int)b.Z; k++)
                for (var j = (int)a.Y; j <= (int)b.Y; j++)
                    for (var i = (int)a.X; i <= (int)b.X; i++)
                    {
                        var p = origin + new Vector3(i, j, k) * cell;
                        var at = Index(i, j, k);
                        field[at] = SmoothMin(field[at], PartDistance(part, p), part.Blend);
                    }
        }
        if (Relief is not null)
            for (var k = 0; k < nz; k++)
                for (var j = 0; j < ny; j++)
                    for (var i = 0; i < nx; i++)
                    {
                        var at = Index(i, j, k);
                        if (MathF.Abs(field[at]) < 4 * cell + 0.05f) field[at] += Relief(origin + new Vector3(i, j, k) * cell);
                    }

        // One vertex per crossed cell: the mean of the edge crossings, then pulled onto the surface.
        var cellVertex = new int[(nx - 1) * (ny - 1) * (nz - 1)];
        Array.Fill(cellVertex, -1);
        int CellIndex(int i, int j, int k) => (k * (ny - 1) + j) * (nx - 1) + i;
        var positions = new List<Vector3>();
        var normals = new List<Vector3>();
        Span<float> corner = stackalloc float[8];
        for (var k = 0; k < nz - 1; k++)
            for (var j = 0; j < ny - 1; j++)
                for (var i = 0; i < nx - 1; i++)
                {
                    var mask = 0;
                    for (var c = 0; c < 8; c++)
                    {
                        corner[c] = field[Index(i + (c & 1), j + ((c >> 1) & 1), k + ((c >> 2) & 1))];
                        if (corner[c] < 0) mask |= 1 << c;
                    }
                    if (mask == 0 || mask == 255) continue;
                    var sum = Vector3.Zero;
                    var n = 0;
                    for (var c = 0; c < 8; c++)
                        for (var bit = 1; bit <= 4; bit <<= 1)
                        {
                            if ((c & bit) != 0) continue;
                            var e = c | bit;
                            if ((corner[c] < 0) == (corner[e] < 0)) continue;
                            var t = corner[c] / (corner[c] - corner[e]);
                            var pc = new Vector3(c & 1, (c >> 1) & 1, (c >> 2) & 1);
                            var pe = new Vector3(e & 1, (e >> 1) & 1, (e >> 2) & 1);
                            sum += Vector3.Lerp(pc, pe, t);
                            n++;
                        }
                    cellVertex[CellIndex(i, j, k)] = positions.Count;
                    positions.Add(origin + (new Vector3(i, j, k) + sum / n) * cell);
                }
        // Pull each vertex onto the surface along the field's gradient, which is also its normal. Vertices are
        // independent, so the parallel loop gives the same result on any number of cores.
        var refined = positions.ToArray();
        var gradients = new Vector3[refined.Length];
        Parallel.For(0, refined.Length, v =>
        {
            var p = refined[v];
            var g = Gradient(p, cell * 0.5f);
            var d = Distance(p);
            if (MathF.Abs(d) < cell) refined[v] = p - g * d;
            gradients[v] = g;
        });
        positions = [.. refined];
        normals.AddRange(gradients);

        // One quad per grid edge whose ends differ in sign, joining the four cells around it, wound so that it
        // faces from inside to outside.
        var indices = new List<uint>();
        Span<int> quad = stackalloc int[4];
        for (var k = 1; k < nz - 1; k++)
            for (var j = 1; j < ny - 1; j++)
                for (var i = 1; i < nx - 1; i++)
                {
                    var inside = field[Index(i, j, k)] < 0;
                    for (var axis = 0; axis < 3; axis++)
                    {
                        var (di, dj, dk) = axis == 0 ? (1, 0, 0) : axis == 1 ? (0, 1, 0) : (0, 0, 1);
                        if ((field[Index(i + di, j + dj, k + dk)] < 0) == inside) continue;
                        // The other two axes in cyclic order (y,z for x; z,x for y; x,y for z): quads listed as
                        // (b−1,c−1), (b,c−1), (b,c), (b−1,c) wind counter-clockwise seen from +axis.
                        for (var q = 0; q < 4; q++)
                        {
                            var (ob, oc) = q switch { 0 => (-1, -1), 1 => (0, -1), 2 => (0, 0), _ => (-1, 0) };
                            var (ci, cj, ck) = axis switch
                            {
                                0 => (i, j + ob, k + oc),
                                1 => (i + oc, j, k + ob),
                                _ => (i + ob, j + oc, k),
                            };
                            quad[q] = cellVertex[CellIndex(ci, cj, ck)];
                        }
                        if (quad[0] < 0 || quad[1] < 0 || quad[2] < 0 || quad[3] < 0) continue;
                        if (!inside) (quad[1], quad[3]) = (quad[3], quad[1]);
                        indices.AddRange([(uint)quad[0], (uint)quad[1], (uint)quad[2], (uint)quad[0], (uint)quad[2], (uint)quad[3]]);
                    }
                }

        // Guard on the winding: a closed shell wound outward has a positive signed volume (divergence theorem).
        var volume = 0.0;
        for (var t = 0; t < indices.Count; t += 3)
            volume += Vector3.Dot(positions[(int)indices[t]], Vector3.Cross(positions[(int)indices[t + 1]], positions[(int)indices[t + 2]]));
        if (volume < 0)
            for (var t = 0; t < indices.Count; t += 3) (indices[t + 1], indices[t + 2]) = (indices[t + 2], indices[t + 1]);

        var uvs = new List<Vector2>(positions.Count);
        foreach (var p in positions) uvs.Add(uv(p));
        if (!Rigged)
        {
            target.Triangles(positions, normals, uvs, indices, Matrix4x4.Identity);
            return;
        }
        var joints = new Vector4[positions.Count];
        var weights = new Vector4[positions.Count];
        Parallel.For(0, positions.Count, v => (joints[v], weights[v]) = Weights(positions[v]));
        target.Triangles(positions, normals, uvs, indices, joints, weights, Matrix4x4.Identity);
    }

    private bool Adjacent(int a, int b) =>
        a == b || JointParents is not { } parents || a >= parents.Count || b >= parents.Count || parents[a] == b || parents[b] == a;

    /// <summary>
    /// Skin weights of a surface point: every part whose joint is next to the nearest part's (see
    /// <see cref="JointParents"/>) and whose distance is within a falloff of the nearest one votes for its joint with
    /// (1 − excess/falloff)²; a joint keeps its strongest vote, and the four strongest joints share the point in
    /// proportion. The falloff is the part's blend plus a third of its thickness, so the transition spans about the
    /// width of the fillet that joins a limb to what it grows from.
    /// </summary>
    public (Vector4 Joints, Vector4 Weights) Weights(Vector3 p)
    {
        var nearest = float.MaxValue;
        var home = 0;
        foreach (var part in _parts)
        {
            var d = PartDistance(part, p);
            if (d < nearest) { nearest = d; home = part.Joint; }
        }
        Span<int> joint = stackalloc int[4];
        Span<float> vote = stackalloc float[4];
        var count = 0;
        foreach (var part in _parts)
        {
            var falloff = part.Blend + (part.IsEllipsoid ? MathF.Min(part.Radii.X, MathF.Min(part.Radii.Y, part.Radii.Z)) : MathF.Max(part.Ra, part.Rb)) / 3;
            if (!Adjacent(part.Joint, home)) continue;
            var excess = PartDistance(part, p) - nearest;
            if (excess >= falloff) continue;
            var w = (1 - excess / falloff) * (1 - excess / falloff);
            var at = -1;
            for (var i = 0; i < count; i++) if (joint[i] == part.Joint) at = i;
            if (at >= 0) { vote[at] = MathF.Max(vote[at], w); continue; }
            if (count < 4) { joint[count] = part.Joint; vote[count++] = w; continue; }
            // Full: replace the weakest vote if this one is stronger.
            var weakest = 0;
            for (var i = 1; i < 4; i++) if (vote[i] < vote[weakest]) weakest = i;
            if (w > vote[weakest]) { joint[weakest] = part.Joint; vote[weakest] = w; }
        }
        var sum = 0f;
        for (var i = 0; i < count; i++) sum += vote[i];
        if (count == 0 || sum <= 0) return (Vector4.Zero, Vector4.UnitX);
        Span<float> j = stackalloc float[4];
        Span<float> w4 = stackalloc float[4];
        for (var i = 0; i < count; i++) { j[i] = joint[i]; w4[i] = vote[i] / sum; }
        return (new Vector4(j[0], j[1], j[2], j[3]), new Vector4(w4[0], w4[1], w4[2], w4[3]));
    }

    private Vector3 Gradient(Vector3 p, float h)
    {
        var g = new Vector3(
            Distance(p + new Vector3(h, 0, 0)) - Distance(p - new Vector3(h, 0, 0)),
            Distance(p + new Vector3(0, h, 0)) - Distance(p - new Vector3(0, h, 0)),
            Distance(p + new Vector3(0, 0, h)) - Distance(p - new Vector3(0, 0, h)));
        return g.LengthSquared() > 1e-20f ? Vector3.Normalize(g) : Vector3.UnitY;
    }
}
