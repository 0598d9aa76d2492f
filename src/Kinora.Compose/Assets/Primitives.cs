using System.Numerics;

namespace Kinora.Compose.Assets;

/// <summary>Unit primitive meshes, built once and shared (scale comes from the part transform).</summary>
public static class Primitives
{
    /// <summary>Sphere of radius 1: a UV sphere with 64 × 32 quads, smooth normals.</summary>
    public static Mesh Sphere { get; } = BuildSphere(64, 32);

    /// <summary>Cube from −1 to 1 on each axis: 24 vertices so each face has its own flat normal.</summary>
    public static Mesh Cube { get; } = BuildCube();

    private static Mesh BuildSphere(int slices, int stacks)
    {
        var count = (slices + 1) * (stacks + 1);
        var positions = new Vector3[count];
        var uvs = new Vector2[count];
        var v = 0;
        for (var i = 0; i <= stacks; i++)
        {
            var phi = MathF.PI * i / stacks; // 0 at the north pole
            for (var j = 0; j <= slices; j++)
            {
                var theta = 2 * MathF.PI * j / slices;
                positions[v] = new Vector3(MathF.Sin(phi) * MathF.Cos(theta), MathF.Cos(phi), -MathF.Sin(phi) * MathF.Sin(theta));
                uvs[v++] = new Vector2((float)j / slices, (float)i / stacks);
            }
        }
        var indices = new List<uint>(slices * stacks * 6);
        for (var i = 0; i < stacks; i++)
            for (var j = 0; j < slices; j++)
            {
                var a = (uint)(i * (slices + 1) + j);
                var b = a + (uint)(slices + 1);
                indices.AddRange([a, b, a + 1, a + 1, b, b + 1]);
            }
        return new Mesh("sphere", positions, (Vector3[])positions.Clone(), uvs, [.. indices]);
    }

    private static Mesh BuildCube()
    {
        Vector3[] normals = [Vector3.UnitX, -Vector3.UnitX, Vector3.UnitY, -Vector3.UnitY, Vector3.UnitZ, -Vector3.UnitZ];
        var positions = new List<Vector3>();
        var norms = new List<Vector3>();
        var uvs = new List<Vector2>();
        var indices = new List<uint>();
        foreach (var n in normals)
        {
            // Two axes spanning the face, chosen so (u × v) = n and triangles wind counter-clockwise from outside.
            var u = MathF.Abs(n.Y) > 0.5f ? Vector3.UnitX : Vector3.Cross(Vector3.UnitY, n);
            var w = Vector3.Cross(n, u);
            var start = (uint)positions.Count;
            Vector2[] corners = [new(-1, -1), new(1, -1), new(1, 1), new(-1, 1)];
            foreach (var c in corners)
            {
                positions.Add(n + u * c.X + w * c.Y);
                norms.Add(n);
                uvs.Add((c + Vector2.One) * 0.5f);
            }
            indices.AddRange([start, start + 1, start + 2, start, start + 2, start + 3]);
        }
        return new Mesh("cube", [.. positions], [.. norms], [.. uvs], [.. indices]);
    }
}
