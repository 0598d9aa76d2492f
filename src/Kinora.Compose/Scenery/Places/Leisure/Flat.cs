using System.Numerics;

namespace Kinora.Compose.Scenery.Places.Leisure;

/// <summary>
/// Ground markings and painted surfaces that are not rectangles: a ring sector (a running track's bend, a lane line
/// round it, a ball-field's infield arc), a filled disc (a putting green, a pitcher's mound seen from above), and a
/// striped cone (a carousel's canopy, a tent's roof). Flat pieces face up only: they are always seen from above.
/// </summary>
public static class Flat
{
    /// <summary>The ring between radii <paramref name="r0"/> and <paramref name="r1"/> round <paramref name="centre"/>
    /// (its y is the surface's height) from angle <paramref name="a0"/> to <paramref name="a1"/> (radians, 0 along +X,
    /// turning towards −Z), in <paramref name="segments"/> steps.</summary>
    public static void Ring(Kit into, Material surface, Vector3 centre, float r0, float r1, float a0, float a1, int segments)
    {
        var positions = new Vector3[2 * (segments + 1)];
        var normals = new Vector3[positions.Length];
        var uvs = new Vector2[positions.Length];
        var indices = new uint[6 * segments];
        for (var i = 0; i <= segments; i++)
        {
            var a = a0 + (a1 - a0) * i / segments;
            var dir = new Vector3(MathF.Cos(a), 0, -MathF.Sin(a));
            positions[2 * i] = centre + dir * r0;
            positions[2 * i + 1] = centre + dir * r1;
            normals[2 * i] = normals[2 * i + 1] = Vector3.UnitY;
            uvs[2 * i] = new Vector2(positions[2 * i].X * 0.1f, positions[2 * i].Z * 0.1f);
            uvs[2 * i + 1] = new Vector2(positions[2 * i + 1].X * 0.1f, positions[2 * i + 1].Z * 0.1f);
            if (i == segments) break;
            var s = (uint)(2 * i);
            // Counter-clockwise seen from above whichever way the angles run.
            ReadOnlySpan<uint> quad = a1 > a0 ? [s, s + 1, s + 2, s + 2, s + 1, s + 3] : [s, s + 2, s + 1, s + 2, s + 3, s + 1];
            quad.CopyTo(indices.AsSpan(6 * i));
        }
        into.Paint(surface).Triangles(positions, normals, uvs, indices, Matrix4x4.Identity);
    }

    /// <summary>A filled ellipse of radii (<paramref name="rx"/>, <paramref name="rz"/>) at <paramref name="centre"/>.</summary>
    public static void Disc(Kit into, Material surface, Vector3 centre, float rx, float rz, int segments = 32)
    {
        var positions = new Vector3[segments + 1];
        var normals = new Vector3[positions.Length];
        var uvs = new Vector2[positions.Length];
        var indices = new uint[3 * segments];
        positions[0] = centre;
        for (var i = 0; i < segments; i++)
        {
            var a = i * MathF.Tau / segments;
            positions[i + 1] = centre + new Vector3(MathF.Cos(a) * rx, 0, -MathF.Sin(a) * rz);
        }
        for (var i = 0; i < positions.Length; i++)
        {
            normals[i] = Vector3.UnitY;
            uvs[i] = new Vector2(positions[i].X * 0.1f, positions[i].Z * 0.1f);
        }
        for (var i = 0; i < segments; i++)
        {
            indices[3 * i] = 0;
            indices[3 * i + 1] = (uint)(i + 1);
            indices[3 * i + 2] = (uint)((i + 1) % segments + 1);
        }
        into.Paint(surface).Triangles(positions, normals, uvs, indices, Matrix4x4.Identity);
    }

    /// <summary>
    /// A cone from a rim of radius <paramref name="radius"/> at height <paramref name="rimY"/> up to an apex
    /// <paramref name="rise"/> above it, in <paramref name="gores"/> gores painted in turn from <paramref name="stripes"/>
    /// (red, white, red…): the striped canopy of a carousel or a circus tent. Placed by <paramref name="m"/>.
    /// </summary>
    public static void StripedCone(Kit into, Material[] stripes, float radius, float rimY, float rise, int gores, Matrix4x4 m)
    {
        var apex = new Vector3(0, rimY + rise, 0);
        for (var g = 0; g < gores; g++)
        {
            var (a0, a1) = (g * MathF.Tau / gores, (g + 1) * MathF.Tau / gores);
            var p0 = new Vector3(MathF.Cos(a0) * radius, rimY, -MathF.Sin(a0) * radius);
            var p1 = new Vector3(MathF.Cos(a1) * radius, rimY, -MathF.Sin(a1) * radius);
            var n = Vector3.Normalize(Vector3.Cross(p1 - p0, apex - p0));
            Vector3[] positions = [p0, p1, apex];
            Vector3[] normals = [n, n, n];
            Vector2[] uvs = [new(0, 0), new(1, 0), new(0.5f, 1)];
            into.Paint(stripes[g % stripes.Length]).Triangles(positions, normals, uvs, [0u, 1u, 2u], m);
        }
    }
}
