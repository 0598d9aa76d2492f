using System.Numerics;

namespace Kinora.Compose.Scenery.Places.Nature;

/// <summary>
/// As <see cref="Props.Terrain.Land"/>, but the surface is chosen per triangle, not per grid square, from the
/// triangle's own centre and the up component of its face normal. Where snow gives way to rock on a far range the
/// boundary then runs along the grid's diagonals as well as its rows, so from afar it reads as a ragged snow line
/// instead of a staircase of squares; and a face's true slope, not its corners' smoothed normals, decides whether
/// it is a cliff.
/// </summary>
public static class FacetedLand
{
    public static void Build(SetDresser d, string kind, Func<float, float, float> height, Func<Vector3, float, Material> paint,
        float x0, float x1, float zFar, float zNear, float step, float chunk, float probe)
    {
        var nz = Math.Max(1, (int)MathF.Ceiling((zNear - zFar) / step));
        var dz = (zNear - zFar) / nz;
        var faces = new Dictionary<Material, List<uint>>();
        for (var cx = x0; cx < x1; cx += chunk)
        {
            var cEnd = MathF.Min(x1, cx + chunk);
            var nx = Math.Max(1, (int)MathF.Ceiling((cEnd - cx) / step));
            var dx = (cEnd - cx) / nx;
            var positions = new Vector3[(nx + 1) * (nz + 1)];
            var normals = new Vector3[positions.Length];
            var uvs = new Vector2[positions.Length];
            for (var j = 0; j <= nz; j++)
                for (var i = 0; i <= nx; i++)
                {
                    var (x, z) = (cx + i * dx, zFar + j * dz);
                    var v = j * (nx + 1) + i;
                    positions[v] = new Vector3(x, height(x, z), z);
                    var gx = (height(x + probe, z) - height(x - probe, z)) / (2 * probe);
                    var gz = (height(x, z + probe) - height(x, z - probe)) / (2 * probe);
                    normals[v] = Vector3.Normalize(new Vector3(-gx, 1, -gz));
                    uvs[v] = new Vector2(x * 0.1f, z * 0.1f);
                }
            foreach (var list in faces.Values) list.Clear();
            var row = (uint)(nx + 1);
            for (var j = 0; j < nz; j++)
                for (var i = 0; i < nx; i++)
                {
                    var a = (uint)(j * (nx + 1) + i);
                    // Counter-clockwise seen from above: (x, z), (x, z + dz), (x + dx, z); then the square's other half.
                    Face(faces, paint, positions, a, a + row, a + 1);
                    Face(faces, paint, positions, a + 1, a + row, a + row + 1);
                }
            var layer = d.Layer(kind, (cx + cEnd) / 2);
            foreach (var (surface, list) in faces)
                if (list.Count > 0) layer.Paint(surface).Triangles(positions, normals, uvs, list, Matrix4x4.Identity);
        }
    }

    private static void Face(Dictionary<Material, List<uint>> faces, Func<Vector3, float, Material> paint, Vector3[] p, uint a, uint b, uint c)
    {
        var normal = Vector3.Cross(p[b] - p[a], p[c] - p[a]);
        var up = MathF.Abs(normal.Y) / MathF.Max(1e-6f, normal.Length());
        var surface = paint((p[a] + p[b] + p[c]) / 3, up);
        if (!faces.TryGetValue(surface, out var list)) faces[surface] = list = [];
        list.AddRange([a, b, c]);
    }
}
