using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;
using Kinora.Compose.Scenery.Sets;

namespace Kinora.Compose.Scenery.Places.Nature;

/// <summary>
/// A river: the action on the near bank, the water running across the whole view along X (~16 m wide, pale current
/// lines and a little white water round midstream rocks saying which way it flows), a muddy lip and reeds at the
/// near edge, and a far bank that climbs gently into wooded green hills. What tells it from a beach is the far bank
/// close enough to see its trees, and grass rather than sand underfoot.
/// </summary>
public static class RiverSet
{
    /// <summary>m; the river's width across the view.</summary>
    public const float Width = 16;

    private static readonly Material BankGrass = Paints.Srgb(88, 122, 58, 0.9f, 0, "bankgrass");
    private static readonly Material Mud = Paints.Srgb(92, 78, 58, 0.8f, 0, "mud");

    public static void Dress(SetDresser d, PlaceContext _) => Water(d, Width, flowing: true);

    /// <summary>A lake: the same banks with still water ~120 m across, the far shore's woods small under the hills.</summary>
    public static void Lake(SetDresser d, PlaceContext _) => Water(d, 120, flowing: false);

    private static void Water(SetDresser d, float width, bool flowing)
    {
        var near = d.Zone.Back - 1.2f;
        var far = near - width;
        var (x0, x1) = (d.Left - 200, d.Right + 200);
        var water = d.Layer("river");
        Landforms.Slab(water, WaterKit.River, x0, x1, far - 1, near, 0.03f, 0.05f);
        Landforms.Slab(water, Mud, x0, x1, near - 0.1f, near + 0.5f, 0.035f, 0.05f);
        // Current lines: long pale streaks along the flow, broken so they read as moving water, not lanes.
        var lines = d.Layer("current", d.Zone.CentreX);
        for (var i = 0; i < (flowing ? 40 : 0); i++)
        {
            var (z, x, length) = (d.Range(far + 1, near - 1), d.Range(d.Left - 40, d.Right + 20), d.Range(4, 14));
            var (a, sway) = (d.Range(0, MathF.Tau), d.Range(0.1f, 0.4f));
            WaterKit.Drape(lines, WaterKit.Current, u => z + sway * MathF.Sin(0.3f * u + a), (_, _) => 0, x, x + length, d.Range(0.12f, 0.3f), 0.034f, 1);
        }
        // Rocks breaking the surface in midstream, each with a tail of white water downstream (+X).
        for (var i = 0; i < (flowing ? 7 : 0); i++)
        {
            var at = new Vector3(d.Range(d.Zone.CentreX - 30, d.Zone.CentreX + 40), 0, d.Range(far + 3, near - 4));
            if (!d.Put("river rocks", Rocks.Grey[d.Pick(3)], at, d.Range(0, MathF.Tau), d.Range(0.6f, 1.1f), Rocks.Radius)) continue;
            WaterKit.Drape(lines, WaterKit.Foam, u => at.Z + 0.15f * MathF.Sin(u), (_, _) => 0, at.X, at.X + d.Range(2, 4), 0.5f, 0.036f, 0.5f);
        }
        // The far bank: level for a few metres, then rolling up into hills ~15–30 m high a hundred metres back.
        var (p, q) = (d.Range(0, MathF.Tau), d.Range(0, MathF.Tau));
        float Bank(float x, float z)
        {
            var s = MathF.Max(0, far - z);
            var rise = 0.6f * Terrain.Smooth(0, 3, s) + 0.08f * s * Terrain.Smooth(4, 40, s);
            var hills = (16 + 8 * MathF.Sin(0.021f * x + p) + 5 * MathF.Sin(0.057f * x + q)) * Terrain.Smooth(40, 160, s);
            return rise + hills;
        }
        Terrain.Heightfield(d, "far bank", BankGrass, Bank, x0, x1, far - 40, far, 2.5f);
        Terrain.Heightfield(d, "hills", BankGrass, Bank, x0 - 200, x1 + 200, far - 400, far - 40, 12, Palette.Hillside);
        // Trees along the far bank and up the hills behind it, thinning with distance.
        Kit[] trees = [Trees.Broadleaf, Trees.BroadleafDark, Trees.Broadleaf, Trees.Conifer];
        WildSets.OnSlope(d, "bank trees", trees, Bank, 45, far - 2.5f, far - 14, 0.9f, 1.4f, Trees.BroadleafRadius);
        WildSets.OnSlope(d, "woods", [Trees.BroadleafDark, Trees.Conifer], Bank, 110, far - 14, far - 160, 1.2f, 1.8f, Trees.BroadleafRadius);
        WildSets.OnSlope(d, "far reeds", [Plants.GrassTuft, Plants.DryTuft], Bank, 60, far - 0.2f, far - 3, 2, 3.5f, 0.1f);
        // The near bank: reeds and tufts at the water's edge.
        d.Scatter("reeds", [Plants.GrassTuft, Plants.DryTuft], 70, d.Left, d.Right, near + 0.6f, d.Zone.Back - 0.2f, 2, 3.5f, 0.1f);
        // The view: the water across the frame, the far bank's trees above it.
        var cx = d.Zone.CentreX;
        d.Vista = flowing ? new Vista(new(cx - 13, 0, far - 6), new(cx + 13, 6, near)) : new Vista(new(cx - 30, 0, far - 5), new(cx + 30, 12, far + 40));
    }
}
