using System.Numerics;
using Kinora.Compose.Assets.Meshes;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// A side profile extruded across the width as one smooth skin: the profile, inset step by step round a quarter
/// circle of radius bevel, is joined ring to ring by bands with normals that turn from the profile's own outward
/// normal (the roof, the nose) to ±Z (the flanks), then closed by one flat cap per side. Nested prisms
/// (<c>Vehicles.Rounded</c>) give the same outline, but their stacked caps lie a millimetre or two apart under the
/// flank, and a black car's side came out speckled like cloth instead of showing one sweep of paint.
/// </summary>
internal static class SmoothBody
{
    public static void Add(MeshBuilder mesh, IReadOnlyList<Vector2> outline, float width, float bevel, int steps = 8)
    {
        var profile = outline.ToList();
        if (Area(profile) < 0) profile.Reverse(); // counter-clockwise seen from +Z: (e.Y, −e.X) points out
        var n = profile.Count;
        var min = new Vector2(profile.Min(p => p.X), profile.Min(p => p.Y));
        var max = new Vector2(profile.Max(p => p.X), profile.Max(p => p.Y));
        var c = (min + max) / 2;
        var half = (max - min) / 2;
        var out2 = new Vector2[n]; // outward normal at each corner: the mean of its two edges'
        for (var i = 0; i < n; i++)
        {
            var (prev, next) = (profile[(i + n - 1) % n], profile[(i + 1) % n]);
            var (e0, e1) = (profile[i] - prev, next - profile[i]);
            var sum = Vector2.Normalize(new Vector2(e0.Y, -e0.X) + new Vector2(1e-9f, 0)) + Vector2.Normalize(new Vector2(e1.Y, -e1.X) + new Vector2(1e-9f, 0));
            out2[i] = sum.LengthSquared() > 1e-8f ? Vector2.Normalize(sum) : Vector2.UnitY;
        }
        var positions = new List<Vector3>();
        var normals = new List<Vector3>();
        var uvs = new List<Vector2>();
        var indices = new List<uint>();
        // Rings: −Z side from the cap's edge in to the middle, then the +Z side out to its cap (2·(steps+1) rings).
        var rings = new List<(float A, float Z, float Side)>();
        for (var k = steps; k >= 0; k--) rings.Add((MathF.PI / 2 * k / steps, -1, -1));
        for (var k = 0; k <= steps; k++) rings.Add((MathF.PI / 2 * k / steps, 1, 1));
        foreach (var (a, _, side) in rings)
        {
            var inset = bevel * (1 - MathF.Cos(a));
            var z = side * (width / 2 - bevel + bevel * MathF.Sin(a));
            for (var i = 0; i < n; i++)
            {
                var p = c + (profile[i] - c) * (half - new Vector2(inset)) / half;
                positions.Add(new Vector3(p.X, p.Y, z));
                normals.Add(Vector3.Normalize(new Vector3(out2[i] * MathF.Cos(a), side * MathF.Sin(a))));
                uvs.Add(new Vector2(p.X, p.Y));
            }
        }
        for (var r = 0; r + 1 < rings.Count; r++)
            for (var i = 0; i < n; i++)
            {
                var (a, b) = ((uint)(r * n + i), (uint)(r * n + (i + 1) % n));
                var (d, e) = ((uint)((r + 1) * n + i), (uint)((r + 1) * n + (i + 1) % n));
                Quad(positions, normals, indices, a, b, e, d);
            }
        mesh.Triangles(positions, normals, uvs, indices, Matrix4x4.Identity);
        // The flat flanks: one prism of the innermost profile whose caps are the outermost rings.
        var inner = profile.Select(p => c + (p - c) * (half - new Vector2(bevel)) / half).ToArray();
        mesh.Extrude(inner, width, Matrix4x4.Identity);
    }

    /// <summary>Two triangles over a, b, c, d, wound so their face normal agrees with the vertex normals.</summary>
    private static void Quad(List<Vector3> p, List<Vector3> nrm, List<uint> idx, uint a, uint b, uint c, uint d)
    {
        var face = Vector3.Cross(p[(int)b] - p[(int)a], p[(int)c] - p[(int)a]) + Vector3.Cross(p[(int)c] - p[(int)a], p[(int)d] - p[(int)a]);
        var want = nrm[(int)a] + nrm[(int)b] + nrm[(int)c] + nrm[(int)d];
        if (Vector3.Dot(face, want) >= 0) idx.AddRange([a, b, c, a, c, d]);
        else idx.AddRange([a, c, b, a, d, c]);
    }

    private static float Area(List<Vector2> p)
    {
        var s = 0f;
        for (var i = 0; i < p.Count; i++) s += p[i].X * p[(i + 1) % p.Count].Y - p[(i + 1) % p.Count].X * p[i].Y;
        return s / 2;
    }
}
