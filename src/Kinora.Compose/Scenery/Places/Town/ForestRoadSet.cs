using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Town;

/// <summary>
/// A road through a forest: a two-lane asphalt road with a dashed centre line and white edge lines, gravel
/// shoulders, and a dense wood of conifers and broadleaves to its edges, undergrowth and ferns below. With someone
/// cast the road runs along X under the action with the wood behind; with nobody cast it runs away from the camera
/// between walls of trees, the view down the road to where it vanishes into the wood.
/// </summary>
internal static class ForestRoadSet
{
    private const float RoadHalf = 3.2f;
    private static readonly Material Gravel = Paints.Srgb(125, 115, 100, 0.95f, 0, "shoulder");

    public static void Dress(SetDresser d, PlaceContext ctx)
    {
        var cx = d.Zone.CentreX;
        var along = ctx.Cast.Count == 0;
        if (along)
        {
            // The road along Z: from in front of the camera to the far wood.
            var k = d.Layer("road", cx);
            Landforms.Slab(k, Gravel, cx - RoadHalf - 1.2f, cx + RoadHalf + 1.2f, -250, 60, 0.01f, 0.01f);
            Landforms.Slab(k, Palette.Asphalt, cx - RoadHalf, cx + RoadHalf, -250, 60, 0.016f, 0.01f);
            foreach (var s in new[] { -1f, 1f }) Landforms.Slab(k, Palette.RoadPaint, cx + s * (RoadHalf - 0.3f) - 0.06f, cx + s * (RoadHalf - 0.3f) + 0.06f, -250, 60, 0.022f, 0.01f);
            for (var z = 60f; z > -250; z -= 12) Landforms.Slab(k, Palette.RoadPaint, cx - 0.07f, cx + 0.07f, z - 4, z, 0.022f, 0.01f);
        }
        else
        {
            var (z0, z1) = (d.Zone.Back - 0.4f, d.Zone.Front + 1);
            var k = d.Layer("road", cx);
            Landforms.Slab(k, Gravel, d.Left - 30, d.Right + 30, z0 - 1.2f, z1 + 1.2f, 0.01f, 0.01f);
            Landforms.Slab(k, Palette.Asphalt, d.Left - 30, d.Right + 30, z0, z1, 0.016f, 0.01f);
            foreach (var z in new[] { z0 + 0.3f, z1 - 0.3f }) Landforms.Slab(k, Palette.RoadPaint, d.Left - 30, d.Right + 30, z - 0.06f, z + 0.06f, 0.022f, 0.01f);
            for (var x = d.Left - 30; x < d.Right + 30; x += 12) Landforms.Slab(k, Palette.RoadPaint, x, x + 4, (z0 + z1) / 2 - 0.07f, (z0 + z1) / 2 + 0.07f, 0.022f, 0.01f);
        }
        // The wood: trees on a jittered grid, none on the road or its shoulders; denser near it, where they wall it in.
        Kit[] kinds = [Trees.Conifer, Trees.Conifer, Trees.Conifer, Trees.Broadleaf, Trees.BroadleafDark];
        var (xMin, xMax, zNear, zFar) = along ? (cx - 28, cx + 28, d.Zone.Back - 0.5f, -90f) : (d.Left - 20, d.Right + 20, d.Zone.Back - 2.0f, d.Zone.Back - 30);
        var step = along ? 5.0f : 5.5f;
        for (var z = zNear; z > zFar; z -= step * d.Range(0.8f, 1.2f))
            for (var x = xMin; x < xMax; x += step * d.Range(0.8f, 1.3f))
            {
                var at = new Vector3(x + d.Range(-1, 1), 0, z + d.Range(-1, 1));
                if (along && MathF.Abs(at.X - cx) < RoadHalf + 2.4f) continue;
                var tree = kinds[d.Pick(kinds.Length)];
                d.Put("trees", tree, at, d.Range(0, MathF.Tau), d.Range(1.1f, 1.8f), 2.6f); // the crown's reach, over the declared radius: a big crown must not lean over the band
            }
        // Undergrowth along the edges of the wood: bushes and grass tufts at the road's shoulders.
        for (var i = 0; i < 60; i++)
        {
            var at = along
                ? new Vector3(cx + (d.Chance(0.5f) ? -1 : 1) * d.Range(RoadHalf + 1.6f, RoadHalf + 9), 0, d.Range(-80, d.Zone.Back - 0.5f))
                : new Vector3(d.Range(d.Left, d.Right), 0, d.Zone.Back - d.Range(1.8f, 12));
            d.Put("undergrowth", i % 3 == 0 ? Plants.Bush : Plants.GrassTuft, at, d.Range(0, MathF.Tau), d.Range(0.6f, 1.3f), 0.3f);
        }
        d.Vista = along
            ? new Vista(new(cx - 8, 0, -36), new(cx + 8, 12, d.Zone.Back))
            : new Vista(new(cx - 10, 0, d.Zone.Back - 10), new(cx + 10, 9, d.Zone.Back + 1));
    }
}
