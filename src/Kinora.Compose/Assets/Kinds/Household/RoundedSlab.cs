using System.Numerics;
using Kinora.Compose.Assets.Meshes;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// Soft-edged slabs for bags, cases and books: an outline in the XY plane (a rounded rectangle, a trapezoid)
/// extruded along Z, its rim rounded by nested prisms that step round a quarter circle (each a little smaller in
/// outline and a little deeper), so a bag reads as padded fabric and a case as moulded shell instead of a crate.
/// </summary>
internal static class RoundedSlab
{
    /// <summary>A rectangle of half size <paramref name="half"/> with corners rounded by <paramref name="radius"/>
    /// (<paramref name="topRadius"/> for the two upper corners when given: a backpack's arched top).</summary>
    public static Vector2[] Rectangle(Vector2 half, float radius, float? topRadius = null, int perCorner = 6)
    {
        var pts = new List<Vector2>();
        (Vector2 Centre, float Start, float R)[] corners =
        [
            (new(half.X, -half.Y), -MathF.PI / 2, radius),
            (new(half.X, half.Y), 0, topRadius ?? radius),
            (new(-half.X, half.Y), MathF.PI / 2, topRadius ?? radius),
            (new(-half.X, -half.Y), MathF.PI, radius),
        ];
        foreach (var (c, start, rr) in corners)
        {
            var r = MathF.Min(rr, MathF.Min(half.X, half.Y) * 0.999f);
            var inner = c - new Vector2(MathF.Sign(c.X) * r, MathF.Sign(c.Y) * r);
            for (var i = 0; i <= perCorner; i++)
            {
                var a = start + MathF.PI / 2 * i / perCorner;
                pts.Add(inner + new Vector2(MathF.Cos(a), MathF.Sin(a)) * r);
            }
        }
        return [.. pts];
    }

    /// <summary>
    /// The outline extruded to <paramref name="depth"/> along Z (centred on z = 0) with its rim rounded by
    /// <paramref name="bevel"/>, then placed by <paramref name="m"/>.
    /// </summary>
    public static void Add(MeshBuilder mesh, IReadOnlyList<Vector2> outline, float depth, float bevel, Matrix4x4 m, int steps = 5)
    {
        var min = new Vector2(outline.Min(p => p.X), outline.Min(p => p.Y));
        var max = new Vector2(outline.Max(p => p.X), outline.Max(p => p.Y));
        var c = (min + max) / 2;
        var half = (max - min) / 2;
        for (var k = 0; k <= steps; k++)
        {
            var a = MathF.PI / 2 * k / steps;
            var inset = bevel * (1 - MathF.Cos(a));
            var across = depth / 2 - bevel + bevel * MathF.Sin(a);
            var shrunk = outline.Select(p => c + (p - c) * (half - new Vector2(inset)) / half).ToArray();
            mesh.Extrude(shrunk, 2 * across, m);
        }
    }
}
