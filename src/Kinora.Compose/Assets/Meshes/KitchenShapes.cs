using System.Numerics;

namespace Kinora.Compose.Assets.Meshes;

/// <summary>
/// Shapes the household kinds share: a box with rounded edges (appliance cases, phone bodies, cushions), built as
/// a union of closed primitives so it stays a closed shell like everything else the builder makes.
/// </summary>
public static class KitchenShapes
{
    /// <summary>
    /// A box of half extents <paramref name="half"/> whose edges are rounded to <paramref name="radius"/>: three
    /// boxes inset along one axis each, rods on the twelve edges and spheres on the eight corners.
    /// </summary>
    public static void RoundedBox(MeshBuilder m, Vector3 centre, Vector3 half, float radius, int segments = 12)
    {
        var r = MathF.Min(radius, MathF.Min(half.X, MathF.Min(half.Y, half.Z)) * 0.999f);
        var inner = half - new Vector3(r);
        m.Box(centre, new Vector3(half.X, inner.Y, inner.Z));
        m.Box(centre, new Vector3(inner.X, half.Y, inner.Z));
        m.Box(centre, new Vector3(inner.X, inner.Y, half.Z));
        foreach (var a in new[] { -1f, 1f })
            foreach (var b in new[] { -1f, 1f })
            {
                m.Rod(centre + new Vector3(-inner.X, a * inner.Y, b * inner.Z), centre + new Vector3(inner.X, a * inner.Y, b * inner.Z), r, r, segments);
                m.Rod(centre + new Vector3(a * inner.X, -inner.Y, b * inner.Z), centre + new Vector3(a * inner.X, inner.Y, b * inner.Z), r, r, segments);
                m.Rod(centre + new Vector3(a * inner.X, b * inner.Y, -inner.Z), centre + new Vector3(a * inner.X, b * inner.Y, inner.Z), r, r, segments);
                foreach (var c in new[] { -1f, 1f })
                    m.Sphere(Matrix4x4.CreateScale(r) * Matrix4x4.CreateTranslation(centre + new Vector3(a * inner.X, b * inner.Y, c * inner.Z)), segments, segments / 2 + 1);
            }
    }
}
