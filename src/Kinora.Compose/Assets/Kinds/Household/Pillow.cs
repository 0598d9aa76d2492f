using System.Numerics;
using Kinora.Compose.Assets.Meshes;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// A stuffed, soft-cornered body for bags and cushions: a superellipsoid (Barr 1981) with half extents
/// <c>half</c>, its vertical exponent <c>round</c> and horizontal exponent <c>squareness</c> (1 is an ellipsoid,
/// towards 0 a box with ever tighter rounded edges), narrowed towards the top by <c>taper</c> (0.2: the top is 20%
/// narrower than the middle). One smooth surface, where nested extrusions showed as stacked slabs (a suitcase's
/// grooves) on a fabric bag.
/// </summary>
internal static class Pillow
{
    public static void Add(MeshBuilder mesh, Vector3 half, float round, float squareness, float taper, Matrix4x4 m, int slices = 32, int stacks = 20)
    {
        static float P(float v, float e) => MathF.Sign(v) * MathF.Pow(MathF.Abs(v), e);
        var positions = new List<Vector3>();
        var uvs = new List<Vector2>();
        for (var i = 0; i <= stacks; i++)
        {
            var phi = MathF.PI * i / stacks;
            for (var j = 0; j <= slices; j++)
            {
                var theta = 2 * MathF.PI * j / slices;
                var ring = P(MathF.Sin(phi), round);
                var y = half.Y * P(MathF.Cos(phi), round);
                var narrow = 1 - taper * MathF.Max(0, y / half.Y);
                positions.Add(new(half.X * narrow * ring * P(MathF.Cos(theta), squareness), y, -half.Z * narrow * ring * P(MathF.Sin(theta), squareness)));
                uvs.Add(new((float)j / slices, (float)i / stacks));
            }
        }
        var indices = new List<uint>();
        var normals = new Vector3[positions.Count];
        void Tri(int a, int b, int c)
        {
            var n = Vector3.Cross(positions[b] - positions[a], positions[c] - positions[a]);
            if (n.LengthSquared() < 1e-14f) return;
            // The surface is star-shaped about its centre: wind every triangle to face away from it.
            if (Vector3.Dot(n, positions[a] + positions[b] + positions[c]) < 0) { (b, c) = (c, b); n = -n; }
            indices.AddRange([(uint)a, (uint)b, (uint)c]);
            normals[a] += n; normals[b] += n; normals[c] += n;
        }
        var row = slices + 1;
        for (var i = 0; i < stacks; i++)
            for (var j = 0; j < slices; j++)
            {
                var k = i * row + j;
                Tri(k, k + row, k + 1);
                Tri(k + 1, k + row, k + row + 1);
            }
        // The seam (theta 0 and 2π) and the poles share positions: give them one averaged normal so no crease shows.
        var byPosition = new Dictionary<Vector3, Vector3>();
        for (var i = 0; i < positions.Count; i++) byPosition[positions[i]] = byPosition.GetValueOrDefault(positions[i]) + normals[i];
        var smooth = positions.Select(p => Vector3.Normalize(byPosition[p] + new Vector3(0, 1e-9f, 0))).ToArray();
        mesh.Triangles(positions, smooth, uvs, indices, m);
    }
}
