using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Sets;

/// <summary>
/// Parks and forests. A park: a gravel path along the action's band, benches and park lamps along its far edge,
/// flower beds and bushes, then lawn and well-spaced trees thickening into a tree line. A forest: trunks and crowns
/// from just behind the band to 50 m back, conifers and broadleaves mixed, with undergrowth, rocks and tufts;
/// dense enough that the background is wood, not sky.
/// </summary>
public static class GreenSets
{
    public static void Park(SetDresser d)
    {
        var pathNear = d.Zone.Front - 0.3f;
        var pathFar = MathF.Max(d.Zone.Back + 0.3f, pathNear - 4f);
        Landforms.Slab(d.Layer("path"), Palette.PathGravel, d.Left - 20, d.Right + 20, pathFar, pathNear, 0.015f, 0.03f);
        var edge = d.Zone.Back - 1.0f;
        var lampIndex = 0;
        for (var x = d.Zone.CentreX - 24; x < d.Right; x += 8)
        {
            switch (lampIndex++ % 3)
            {
                case 0:
                    var at = new Vector3(x, 0, edge - 0.2f);
                    if (d.Put("park lamps", d.Dark ? StreetProps.ParkLampLit : StreetProps.ParkLamp, at, 0, 1, 0.3f) && d.Dark)
                        d.Light(StreetProps.LampLight(at + StreetProps.ParkLampHead, 6) with { Range = 14 });
                    break;
                case 1:
                    d.Put("benches", StreetProps.Bench, new Vector3(x, 0, edge), 0, 1, 0.5f);
                    break;
                default:
                    d.Put("bushes", Plants.Bush, new Vector3(x, 0, edge - 0.5f), d.Range(0, MathF.Tau), d.Range(0.8f, 1.2f), 0.8f);
                    break;
            }
        }
        // Flower beds just behind the path's edge, in drifts of one colour.
        for (var bed = 0; bed < 14; bed++)
        {
            var cx = d.Range(d.Left, d.Right);
            var kind = Plants.Flowers[d.Pick(Plants.Flowers.Length)];
            var cz = edge - d.Range(2.5f, 6f);
            for (var i = 0; i < 12; i++)
                d.Put("flowers", kind, new Vector3(cx + d.Range(-1.2f, 1.2f), 0, cz + d.Range(-0.6f, 0.6f)), d.Range(0, MathF.Tau), d.Range(0.8f, 1.3f), 0.05f);
        }
        d.Scatter("grass", [Plants.GrassTuft], 180, d.Left, d.Right, edge - 1, edge - 25, 0.8f, 1.4f, 0.1f);
        d.Scatter("trees", [Trees.Broadleaf, Trees.BroadleafDark], 26, d.Left, d.Right, edge - 5, edge - 22, 0.9f, 1.4f, Trees.BroadleafRadius);
        d.Scatter("trees", [Trees.Broadleaf, Trees.BroadleafDark, Trees.Conifer], 40, d.Left - 20, d.Right + 20, edge - 22, edge - 45, 1.1f, 1.6f, Trees.BroadleafRadius);
        // The establishing view: the path, a bench and lamp or two, the flower beds and the first trees over them.
        d.Vista = new Vista(new Vector3(d.Zone.CentreX - 10, 0, edge - 16), new Vector3(d.Zone.CentreX + 10, 7, edge + 2));
    }

    public static void Forest(SetDresser d)
    {
        var edge = d.Zone.Back;
        Kit[] trees = [Trees.Conifer, Trees.Conifer, Trees.Broadleaf, Trees.BroadleafDark];
        d.Scatter("trees", trees, 45, d.Left, d.Right, edge - 1, edge - 12, 0.9f, 1.5f, Trees.BroadleafRadius);
        d.Scatter("trees", trees, 80, d.Left - 20, d.Right + 20, edge - 12, edge - 50, 1.1f, 1.9f, Trees.BroadleafRadius);
        // Depth: rows of tall bare trunks under a high canopy, from just behind the band to where the air swallows
        // them, so the wood recedes trunk behind trunk instead of ending in a ring of crowns; conifers fill between.
        d.Scatter("trunks", [Trees.TallTrunk], 130, d.Left - 20, d.Right + 20, edge - 2, edge - 45, 0.8f, 1.3f, Trees.TallTrunkRadius);
        d.Scatter("trees", [Trees.Conifer], 50, d.Left - 20, d.Right + 20, edge - 25, edge - 55, 1.3f, 2.1f, Trees.ConiferRadius);
        d.Scatter("undergrowth", [Plants.Bush], 60, d.Left, d.Right, edge - 0.5f, edge - 20, 0.5f, 1.3f, 0.8f);
        d.Scatter("rocks", Rocks.Grey, 18, d.Left, d.Right, edge - 0.5f, edge - 15, 0.5f, 1.5f, Rocks.Radius);
        d.Scatter("grass", [Plants.GrassTuft, Plants.DryTuft], 160, d.Left, d.Right, edge - 0.2f, edge - 14, 0.9f, 1.6f, 0.1f);
        // The floor: moss and leaf litter in patches over the bare earth, under the action too (they are flat).
        for (var i = 0; i < 110; i++)
        {
            var at = new Vector3(d.Zone.CentreX + d.Range(-25, 45), 0.004f, d.Range(edge - 16, d.Zone.Front + 8));
            var scale = new Vector3(d.Range(1.5f, 4.5f), 1, d.Range(1f, 2.5f));
            d.Lay("litter", i % 3 == 0 ? Litter : Moss, Matrix4x4.CreateScale(scale) * Matrix4x4.CreateRotationY(d.Range(0, MathF.Tau)) * Matrix4x4.CreateTranslation(at));
        }
        // The establishing view: into the wood, trunk behind trunk, from the litter at its edge up into the crowns.
        d.Vista = new Vista(new Vector3(d.Zone.CentreX - 8, 0, edge - 16), new Vector3(d.Zone.CentreX + 8, 10, edge - 1));
    }

    private static readonly Kit Moss = Patch(Paints.Srgb(78, 98, 46, 0.95f, 0, "moss"));
    private static readonly Kit Litter = Patch(Paints.Srgb(112, 78, 44, 0.95f, 0, "litter"));

    /// <summary>A flat, ragged-edged disc 1 m across and 5 mm thick: a patch of ground cover.</summary>
    private static Kit Patch(Material surface)
    {
        var k = new Kit();
        k.Paint(surface).Ellipsoid(Vector3.Zero, new Vector3(0.5f, 0.005f, 0.5f), 0, 0, 9, 2);
        return k;
    }
}
