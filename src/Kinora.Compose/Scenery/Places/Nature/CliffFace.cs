using System.Numerics;

namespace Kinora.Compose.Scenery.Places.Nature;

/// <summary>
/// A sheer rock face as its own curtain of rows and columns, standing along a coast line z = line(x) and facing the
/// sea on one side. A heightfield can only tilt one grid square from top to foot, so a 60 m drop there is a handful
/// of long slivers that no bedding can cross; rows a few metres apart carry the beds (bands of darker and warmer rock)
/// that tell a viewer how tall the wall is, and buttresses and gullies pushed out of the wall by ridged noise.
/// </summary>
public static class CliffFace
{
    /// <summary>m between rows (up the face) and columns (along the coast).</summary>
    private const float Row = 2.5f, Column = 3;
    /// <summary>m of X one merged batch spans, so the renderer can cull the stretches of coast it does not see.</summary>
    private const float Chunk = 48;

    /// <summary>
    /// Builds the face from <paramref name="foot"/> up to <paramref name="top"/> along z = <paramref name="line"/>(x) for
    /// x ∈ [<paramref name="x0"/>, <paramref name="x1"/>]; <paramref name="seaward"/> is −1 where the sea lies towards −Z,
    /// +1 towards +Z. <paramref name="relief"/>(x, y) ≥ 0 is how many metres the rock stands out towards the sea there,
    /// and <paramref name="bed"/> paints each quad from its centre.
    /// </summary>
    public static void Build(SetDresser d, string kind, Func<float, float> line, float x0, float x1, float foot, float top,
        int seaward, Func<float, float, float> relief, Func<Vector3, Material> bed)
    {
        float Z(float x, float y) => line(x) + seaward * relief(x, y);
        var rows = Math.Max(1, (int)MathF.Ceiling((top - foot) / Row));
        for (var c0 = x0; c0 < x1; c0 += Chunk)
        {
            var c1 = MathF.Min(x1, c0 + Chunk);
            var columns = Math.Max(1, (int)MathF.Ceiling((c1 - c0) / Column));
            var positions = new Vector3[(columns + 1) * (rows + 1)];
            var normals = new Vector3[positions.Length];
            var uvs = new Vector2[positions.Length];
            for (var j = 0; j <= rows; j++)
                for (var i = 0; i <= columns; i++)
                {
                    var (x, y) = (c0 + (c1 - c0) * i / columns, foot + (top - foot) * j / rows);
                    var v = j * (columns + 1) + i;
                    positions[v] = new Vector3(x, y, Z(x, y));
                    // The face is z = g(x, y); its normal (−g_x, −g_y, 1), turned to the sea's side.
                    const float h = 0.5f;
                    var gx = (Z(x + h, y) - Z(x - h, y)) / (2 * h);
                    var gy = (Z(x, y + h) - Z(x, y - h)) / (2 * h);
                    normals[v] = Vector3.Normalize(seaward * new Vector3(-gx, -gy, 1));
                    uvs[v] = new Vector2(x * 0.1f, y * 0.1f);
                }
            var faces = new Dictionary<Material, List<uint>>();
            var up = (uint)(columns + 1);
            for (var j = 0; j < rows; j++)
                for (var i = 0; i < columns; i++)
                {
                    var a = (uint)(j * (columns + 1) + i);
                    var surface = bed((positions[a] + positions[a + 1 + up]) / 2);
                    if (!faces.TryGetValue(surface, out var list)) faces[surface] = list = [];
                    // Counter-clockwise seen from the sea: up then along when it lies towards −Z, along then up towards +Z.
                    if (seaward < 0) list.AddRange([a, a + up, a + 1, a + 1, a + up, a + up + 1]);
                    else list.AddRange([a, a + 1, a + up, a + 1, a + up + 1, a + up]);
                }
            var layer = d.Layer(kind, (c0 + c1) / 2);
            foreach (var (surface, list) in faces)
                layer.Paint(surface).Triangles(positions, normals, uvs, list, Matrix4x4.Identity);
        }
    }
}
