using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;
using Kinora.Compose.Scenery.Sets;

namespace Kinora.Compose.Scenery.Places.Nature;

/// <summary>
/// A waterfall: a sheer rock wall ~<see cref="Drop"/> m high curving round a plunge pool like an amphitheatre, a
/// ribbon of white water falling from a notch in its lip into the pool, a heap of white spray where it lands, the
/// stream that feeds it on the wooded plateau above, boulders round the pool and trees and bushes on the ledges.
/// The action stands on the grass in front of the pool.
/// </summary>
public static class WaterfallSet
{
    /// <summary>m; the fall's height from the lip to the pool.</summary>
    public const float Drop = 22;

    private static readonly Material Cliff = Paints.Srgb(96, 90, 84, 0.95f, 0, "cliffrock");
    private static readonly Material Moss = Paints.Srgb(70, 100, 50, 0.95f, 0, "moss");
    private static readonly Material PoolWater = Paints.Srgb(38, 82, 80, 0.06f, 0, "poolwater");
    // Falling water is lit through and froths: a little of its own light keeps it white in the cliff's shade.
    private static readonly Material Fall = Paints.Srgb(225, 238, 245, 0.5f, 0, "fallwater") with { Emission = new(0.12f, 0.14f, 0.15f) };
    private static readonly Material FallStreak = Paints.Srgb(170, 205, 220, 0.4f, 0, "fallstreak") with { Emission = new(0.06f, 0.08f, 0.1f) };
    private static readonly Material Spray = Paints.Srgb(240, 246, 250, 0.9f, 0, "spray") with { Emission = new(0.15f, 0.16f, 0.17f), CastsShadow = false };

    public static void Dress(SetDresser d, PlaceContext _)
    {
        var cx = d.Zone.CentreX;
        var pool = new Vector3(cx, 0, d.Zone.Back - 11);
        var (prx, prz) = (9f, 7f);
        // The cliff's foot: behind the pool, curving forward to either side round it (never into the action).
        float Foot(float x) => pool.Z - prz - 1 + MathF.Min(9, 0.025f * (x - cx) * (x - cx));
        var (p, q) = (d.Range(0, MathF.Tau), d.Range(0, MathF.Tau));
        float Rock(float x, float z)
        {
            var s = Foot(x) - z;
            // A sheer face over 2 m, ledges in it, the plateau rolling on above; a notch where the stream spills.
            var wall = Drop * Terrain.Smooth(-0.5f, 2.5f, s) + 1.5f * MathF.Sin(0.4f * x + p) * Terrain.Smooth(0, 2, s);
            var notch = 1.2f * MathF.Exp(-(x - cx) * (x - cx) / 10) * Terrain.Smooth(0, 2, s);
            var roll = (4 * MathF.Sin(0.05f * x + q) + 0.05f * MathF.Max(0, s - 10)) * Terrain.Smooth(4, 30, s);
            return wall - notch + roll;
        }
        var (x0, x1) = (cx - 90, cx + 110);
        Terrain.Heightfield(d, "cliff", Moss, Rock, x0, x1, pool.Z - 90, d.Zone.Back - 1.5f, 1.5f, Cliff);
        WaterKit.Pool(d.Layer("pool"), PoolWater, d, pool, prx, prz, 0.12f, 0.04f);
        // The fall: a sheet just off the face from the notch to the pool, with paler streaks down it.
        var lip = Foot(cx);
        var sheet = d.Layer("waterfall", cx);
        sheet.Paint(Fall).Box(new Vector3(cx, (Drop - 1.2f) / 2, lip + 0.5f), new Vector3(3f, (Drop - 1.2f) / 2, 0.25f));
        for (var i = 0; i < 6; i++)
        {
            var x = cx + d.Range(-2.8f, 2.8f);
            sheet.Paint(FallStreak).Box(new Vector3(x, (Drop - 1.2f) / 2 + d.Range(-2, 2), lip + 0.78f), new Vector3(0.12f, (Drop - 1.2f) / 2 - 2, 0.02f));
        }
        // The lip's curl, and the stream that feeds it across the plateau.
        sheet.Paint(Fall).Ellipsoid(new Vector3(cx, Drop - 1.3f, lip + 0.3f), new Vector3(3.1f, 0.5f, 0.8f), 0, 0, 10, 5);
        Landforms.Slab(sheet, WaterKit.River, cx - 2, cx + 2, lip - 40, lip + 0.2f, Drop - 1.1f, 0.2f);
        // Spray and foam where it lands, spreading as rings of white on the pool.
        for (var i = 0; i < 14; i++)
        {
            var a = d.Range(0, MathF.Tau);
            var r = d.Range(0, 3.5f);
            var at = new Vector3(cx + r * MathF.Cos(a), d.Range(0.2f, 1.8f), lip + 1.5f + 0.6f * r * MathF.Abs(MathF.Sin(a)));
            sheet.Paint(Spray).Ellipsoid(at, new Vector3(d.Range(1, 2), d.Range(0.6f, 1.3f), d.Range(0.8f, 1.5f)), 0, d.Range(0, 3), 8, 5);
        }
        for (var i = 0; i < 5; i++)
            WaterKit.Pool(sheet, WaterKit.Foam, d, new Vector3(cx + d.Range(-3, 3), 0, lip + d.Range(3, 7)), d.Range(1, 2.5f), d.Range(0.4f, 1), 0.3f, 0.05f, 10);
        // Boulders round the pool, trees on the plateau and at the cliff's foot, bushes and ferns on the ledges.
        for (var i = 0; i < 16; i++)
        {
            var a = d.Range(0, MathF.Tau);
            var at = new Vector3(pool.X + (prx + 0.5f) * MathF.Cos(a), 0, pool.Z + (prz + 0.3f) * MathF.Sin(a));
            d.Put("rocks", Rocks.Grey[d.Pick(3)], at, d.Range(0, MathF.Tau), d.Range(0.6f, 1.6f), Rocks.Radius);
        }
        Kit[] trees = [Trees.Conifer, Trees.BroadleafDark, Trees.Broadleaf];
        WildSets.OnSlope(d, "plateau trees", trees, Rock, 70, pool.Z - prz - 4, pool.Z - 60, 1, 1.6f, Trees.BroadleafRadius);
        WildSets.OnSlope(d, "foot trees", trees, Rock, 14, d.Zone.Back - 1, pool.Z - 2, 1, 1.5f, Trees.BroadleafRadius, cx - 45, cx - 12);
        WildSets.OnSlope(d, "foot trees", trees, Rock, 14, d.Zone.Back - 1, pool.Z - 2, 1, 1.5f, Trees.BroadleafRadius, cx + 12, cx + 60);
        WildSets.OnSlope(d, "bushes", [Plants.Bush], Rock, 40, pool.Z - prz - 3, pool.Z - 30, 0.8f, 1.6f, 0.7f);
        d.Scatter("ferns", [Plants.GrassTuft], 80, d.Left, d.Right, d.Zone.Back - 0.2f, pool.Z + prz + 0.5f, 2, 3.5f, 0.1f);
        d.Vista = new Vista(new(cx - 9, 0, lip), new(cx + 9, Drop + 1, pool.Z + prz));
    }
}
