using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Assets.Meshes;

namespace Kinora.Compose.Scenery.Sets;

/// <summary>
/// Small glazed tiles built as geometry. The renderer's "tiles" pattern is a 0.6 m floor tile, so on a splashback or
/// a shower wall it reads as a few big grey panels; real wall tiles are 7–20 cm, and their rows, the brick bond of
/// subway tiles and a patterned band are what say "kitchen" or "bathroom". Each tile is a thin slab a few millimetres
/// short of its pitch over a grout backing, so the joints show as dark lines up close and as a fine texture far off.
/// </summary>
internal static class WallTiles
{
    /// <summary>m; slab thickness, and how far short of the pitch a tile stops (the joint).</summary>
    private const float Thick = 0.006f, Joint = 0.004f;

    /// <summary>
    /// A panel of tiles, <paramref name="size"/> (across, up) in metres, from <paramref name="origin"/> (the panel's
    /// lower left corner on the wall's face) along <paramref name="across"/> and up for <paramref name="extent"/>,
    /// standing out along <paramref name="normal"/>. <paramref name="glaze"/> picks each tile's material from its
    /// column and row (a plain colour, a checker, a band); <paramref name="bond"/> shifts every other row half a tile.
    /// Tiles at the panel's edges are cut to it.
    /// </summary>
    public static void Panel(Kit k, Vector3 origin, Vector3 across, Vector3 normal, Vector2 extent, Vector2 size,
        Material grout, Func<int, int, Material> glaze, bool bond = false)
    {
        var up = Vector3.Cross(normal, across);
        Slab(k.Paint(grout), origin, across, up, normal, 0, extent.X, 0, extent.Y, Thick / 2);
        var rows = (int)MathF.Ceiling(extent.Y / size.Y - 1e-3f);
        for (var row = 0; row < rows; row++)
        {
            var shift = bond && row % 2 == 1 ? -size.X / 2 : 0;
            var cols = (int)MathF.Ceiling((extent.X - shift) / size.X - 1e-3f);
            for (var col = 0; col < cols; col++)
            {
                var a0 = MathF.Max(0, shift + col * size.X + Joint / 2);
                var a1 = MathF.Min(extent.X, shift + (col + 1) * size.X - Joint / 2);
                var b0 = row * size.Y + Joint / 2;
                var b1 = MathF.Min(extent.Y, (row + 1) * size.Y - Joint / 2);
                if (a1 - a0 < 0.01f || b1 - b0 < 0.01f) continue;
                Slab(k.Paint(glaze(col, row)), origin, across, up, normal, a0, a1, b0, b1, Thick);
            }
        }
    }

    /// <summary>A box on the wall's face covering [a0, a1] across and [b0, b1] up, <paramref name="thick"/> proud.</summary>
    private static void Slab(MeshBuilder m, Vector3 origin, Vector3 across, Vector3 up, Vector3 normal,
        float a0, float a1, float b0, float b1, float thick)
    {
        var centre = origin + across * ((a0 + a1) / 2) + up * ((b0 + b1) / 2) + normal * (thick / 2);
        var (x, y, z) = (across * ((a1 - a0) / 2), up * ((b1 - b0) / 2), normal * (thick / 2));
        m.Box(new Matrix4x4(x.X, x.Y, x.Z, 0, y.X, y.Y, y.Z, 0, z.X, z.Y, z.Z, 0, centre.X, centre.Y, centre.Z, 1));
    }
}
