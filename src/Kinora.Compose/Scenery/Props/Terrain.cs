using System.Numerics;

namespace Kinora.Compose.Scenery.Props;

/// <summary>
/// Ground that is not flat: a height field over a rectangle of the set, built as a grid of triangles with normals
/// from the field's slope (so the sun shades a hillside or a dune's lee), in strips of <see cref="SetDresser.ChunkSize"/>
/// along X so the renderer can cull and fit shadows per strip. The field must be 0 along the edge nearest the action
/// (<c>zNear</c>) so the ground meets it without a step.
/// </summary>
public static class Terrain
{
    /// <summary>m between normal samples (central differences).</summary>
    private const float Probe = 0.5f;

    /// <summary>Normal's up component below which a face is too steep to hold soil or snow (~40°): bare rock there.</summary>
    public const float SteepUp = 0.77f;

    /// <param name="steep">The surface of faces steeper than <see cref="SteepUp"/> (a crag in a turf or snow slope);
    /// null for one surface everywhere.</param>
    public static void Heightfield(SetDresser d, string kind, Material surface, Func<float, float, float> height,
        float x0, float x1, float zFar, float zNear, float step, Material? steep = null)
    {
        var nz = Math.Max(1, (int)MathF.Ceiling((zNear - zFar) / step));
        var dz = (zNear - zFar) / nz;
        for (var cx = x0; cx < x1; cx += SetDresser.ChunkSize)
        {
            var cEnd = MathF.Min(x1, cx + SetDresser.ChunkSize);
            var nx = Math.Max(1, (int)MathF.Ceiling((cEnd - cx) / step));
            var dx = (cEnd - cx) / nx;
            var positions = new List<Vector3>((nx + 1) * (nz + 1));
            var normals = new List<Vector3>(positions.Capacity);
            var uvs = new List<Vector2>(positions.Capacity);
            for (var j = 0; j <= nz; j++)
                for (var i = 0; i <= nx; i++)
                {
                    var (x, z) = (cx + i * dx, zFar + j * dz);
                    positions.Add(new Vector3(x, height(x, z), z));
                    var gx = (height(x + Probe, z) - height(x - Probe, z)) / (2 * Probe);
                    var gz = (height(x, z + Probe) - height(x, z - Probe)) / (2 * Probe);
                    normals.Add(Vector3.Normalize(new Vector3(-gx, 1, -gz)));
                    uvs.Add(new Vector2(x * 0.1f, z * 0.1f));
                }
            var gentle = new List<uint>(nx * nz * 6);
            var rough = new List<uint>();
            var row = (uint)(nx + 1);
            for (var j = 0; j < nz; j++)
                for (var i = 0; i < nx; i++)
                {
                    var a = (uint)(j * (nx + 1) + i);
                    var up = (normals[(int)a].Y + normals[(int)a + 1].Y + normals[(int)(a + row)].Y + normals[(int)(a + row + 1)].Y) / 4;
                    // Counter-clockwise seen from above: (x, z), (x, z + dz), (x + dx, z).
                    (steep is not null && up < SteepUp ? rough : gentle).AddRange([a, a + row, a + 1, a + 1, a + row, a + row + 1]);
                }
            var layer = d.Layer(kind, (cx + cEnd) / 2);
            if (gentle.Count > 0) layer.Paint(surface).Triangles(positions, normals, uvs, gentle, Matrix4x4.Identity);
            if (rough.Count > 0) layer.Paint(steep!).Triangles(positions, normals, uvs, rough, Matrix4x4.Identity);
        }
    }

    /// <summary>
    /// Land of several surfaces: as <see cref="Heightfield"/>, but each triangle takes the surface <paramref name="paint"/>
    /// names for its centre and steepness (the normal's up component): snow above a snow line, bare rock on cliffs,
    /// forest low down. Strips are <paramref name="chunk"/> m wide (far land in a few wide strips, so a range 1.4 km
    /// across is a handful of draws), normals from differences <paramref name="probe"/> m apart (about half the step,
    /// so a coarse far grid is shaded by its own facets, not by detail it cannot show). Heights may go below y = 0.
    /// </summary>
    /// <param name="perTriangle">Choose the surface per triangle from its own centre and face normal, not per grid
    /// square from its corners' smoothed normals: where snow gives way to rock on a far range the boundary then runs
    /// along the diagonals too and reads as a ragged snow line, not a staircase of squares, and a face's true slope
    /// decides whether it is a cliff.</param>
    public static void Land(SetDresser d, string kind, Func<float, float, float> height, Func<Vector3, float, Material> paint,
        float x0, float x1, float zFar, float zNear, float step, float chunk, float probe, bool perTriangle = false)
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
                    if (perTriangle)
                    {
                        // Counter-clockwise seen from above: (x, z), (x, z + dz), (x + dx, z); then the square's other half.
                        Face(faces, paint, positions, a, a + row, a + 1);
                        Face(faces, paint, positions, a + 1, a + row, a + row + 1);
                        continue;
                    }
                    var centre = (positions[a] + positions[a + 1] + positions[a + row] + positions[a + row + 1]) / 4;
                    var up = (normals[a].Y + normals[a + 1].Y + normals[a + row].Y + normals[a + row + 1].Y) / 4;
                    var surface = paint(centre, up);
                    if (!faces.TryGetValue(surface, out var list)) faces[surface] = list = [];
                    list.AddRange([a, a + row, a + 1, a + 1, a + row, a + row + 1]);
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

    /// <summary>0 at <paramref name="a"/>, 1 at <paramref name="b"/>, smooth in between.</summary>
    public static float Smooth(float a, float b, float v)
    {
        var t = Math.Clamp((v - a) / (b - a), 0, 1);
        return t * t * (3 - 2 * t);
    }
}
