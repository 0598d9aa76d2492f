using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Nature;

/// <summary>
/// A marsh: flat wet ground with pools of still dark water that mirror the sky, stands of reeds and cattails round
/// them, tussocks of coarse grass, a few dead grey trees standing in the water, and a line of dark woods in the
/// haze beyond (the family's forest air is the mist).
/// </summary>
public static class MarshSet
{
    private static readonly Material ReedGreen = Paints.Srgb(112, 128, 62, 0.85f, 0, "reed");
    private static readonly Material ReedDry = Paints.Srgb(165, 145, 92, 0.9f, 0, "dryreed");
    private static readonly Material Cattail = Paints.Srgb(92, 58, 34, 0.9f, 0, "cattail");
    private static readonly Material DeadWood = Paints.Srgb(120, 112, 100, 0.95f, 0, "deadwood");
    private static readonly Material Bog = Paints.Srgb(98, 104, 58, 0.95f, 0, "bog");
    private static readonly Material Sedge = Paints.Srgb(120, 118, 62, 0.95f, 0, "sedge");

    private static readonly Kit[] Reeds = [MakeReeds(0), MakeReeds(1), MakeReeds(2)];
    private static readonly Kit[] Snags = [MakeSnag(0), MakeSnag(1)];
    private static readonly Kit Tussock = MakeTussock();

    public static void Dress(SetDresser d, PlaceContext _)
    {
        var cx = d.Zone.CentreX;
        // Wet olive ground over the plan's lawn (2 cm up: clear of it out to the haze), the pools 2 cm over that.
        Landforms.Slab(d.Layer("bog", cx), Bog, d.Left - 60, d.Right + 80, d.Zone.Back - 140, d.Zone.Front + 60, 0.02f, 0.02f);
        var pools = d.Layer("pools", cx);
        // Pools: a big one across the view behind the action, many smaller ones out to the woods and some in front.
        var main = new Vector3(cx + 2, 0, d.Zone.Back - 12);
        WaterKit.Pool(pools, WaterKit.Pond, d, main, 16, 7, 0.2f, 0.04f, 18);
        var placed = new List<(Vector3 At, float R)> { (main, 14) };
        for (var i = 0; i < 60; i++)
        {
            var at = new Vector3(cx + d.Range(-60, 90), 0, d.Zone.Back - d.Range(3, 110));
            var r = d.Range(2, 8);
            if (!d.Zone.Behind(at, r)) continue;
            WaterKit.Pool(pools, WaterKit.Pond, d, at, r * d.Range(1, 1.8f), r, 0.3f, 0.04f, 12);
            placed.Add((at, r));
        }
        for (var i = 0; i < 8; i++)
        {
            var at = new Vector3(cx + d.Range(-12, 16), 0, d.Zone.Front + d.Range(2, 8));
            var r = d.Range(0.8f, 2);
            if (d.Zone.Clear(at, r)) WaterKit.Pool(pools, WaterKit.Pond, d, at, r * 1.6f, r, 0.3f, 0.04f, 10);
        }
        // Reeds and cattails round the pools' rims, tussocks between them.
        foreach (var (at, r) in placed)
            for (var j = 0; j < 4; j++)
            {
                var a = d.Range(0, MathF.Tau);
                var rim = at + new Vector3(r * 1.2f * MathF.Cos(a), 0, r * 0.9f * MathF.Sin(a));
                d.Put("reeds", Reeds[d.Pick(3)], rim, d.Range(0, MathF.Tau), d.Range(1.3f, 2f), 0.6f);
            }
        d.Scatter("reeds", Reeds, 40, d.Left, d.Right, d.Zone.Back - 0.6f, d.Zone.Back - 60, 1.2f, 2f, 0.6f);
        d.Scatter("tussocks", [Tussock], 110, d.Left, d.Right, d.Zone.Back - 0.3f, d.Zone.Back - 80, 0.7f, 1.4f, 0.45f);
        d.Scatter("grass", [Plants.DryTuft, Plants.GrassTuft], 80, d.Left, d.Right, d.Zone.Back - 0.2f, d.Zone.Back - 20, 1.5f, 2.5f, 0.1f);
        // Dead trees: grey snags standing in and beside the water.
        for (var i = 0; i < 9; i++)
        {
            var at = i < 3 ? main + new Vector3(d.Range(-12, 12), 0, d.Range(-4, 3)) : new Vector3(cx + d.Range(-50, 70), 0, d.Zone.Back - d.Range(8, 70));
            d.Put("snags", Snags[d.Pick(2)], at, d.Range(0, MathF.Tau), d.Range(0.8f, 1.3f), 1.6f); // the branches' reach
        }
        // The far woods, dark and softened by the haze.
        d.Scatter("woods", [Trees.Conifer, Trees.BroadleafDark], 90, d.Left - 40, d.Right + 60, d.Zone.Back - 110, d.Zone.Back - 150, 1.3f, 2, Trees.ConiferRadius);
        d.Vista = new Vista(new(cx - 11, 0, main.Z - 8), new(cx + 11, 3, d.Zone.Back - 1));
    }

    /// <summary>A stand of reeds ~1.6 m: thin leaning blades, green and straw, some with a cattail's brown head.</summary>
    private static Kit MakeReeds(int variant)
    {
        var k = new Kit();
        // ~250 triangles: a marsh holds a few hundred stands.
        for (var i = 0; i < 16; i++)
        {
            var a = i * 2.4f + variant;
            var foot = new Vector3(0.35f * MathF.Cos(a) * (i % 4) / 3, 0, 0.35f * MathF.Sin(a) * (i % 4) / 3);
            var tall = 1.1f + 0.6f * ((i * 7 + variant * 3) % 5) / 4;
            var tip = foot + new Vector3(0.12f * MathF.Cos(a + 1), tall, 0.12f * MathF.Sin(a + 1));
            k.Paint(i % 3 == 0 ? ReedDry : ReedGreen).Rod(foot, tip, 0.03f, 0.006f, 3);
            if (i % 3 == 1) k.Paint(Cattail).Rod(tip - new Vector3(0, 0.34f, 0), tip - new Vector3(0, 0.1f, 0), 0.04f, 0.035f, 5);
        }
        return k;
    }

    /// <summary>A dead tree ~6 m: a bare grey trunk, snapped, with a few crooked branches.</summary>
    private static Kit MakeSnag(int variant)
    {
        var k = new Kit();
        var wood = k.Paint(DeadWood);
        var top = new Vector3(0.3f * variant, 5.5f - variant, 0.1f);
        wood.Rod(Vector3.Zero, top, 0.22f, 0.07f, 6);
        for (var i = 0; i < 4; i++)
        {
            var a = i * 1.9f + variant;
            var from = top * (0.45f + 0.15f * i);
            wood.Rod(from, from + new Vector3(1.3f * MathF.Cos(a), 0.9f + 0.2f * i, 1.3f * MathF.Sin(a)), 0.06f, 0.015f, 4);
        }
        return k;
    }

    /// <summary>A tussock of sedge: a low mound with blades fanning out of it (~0.6 m).</summary>
    private static Kit MakeTussock()
    {
        var k = new Kit();
        k.Paint(Sedge).Ellipsoid(new Vector3(0, 0.1f, 0), new Vector3(0.35f, 0.2f, 0.35f), 0, 0, 7, 3);
        for (var i = 0; i < 9; i++)
        {
            var a = i * 2.4f;
            k.Paint(i % 2 == 0 ? Sedge : ReedDry).Rod(new Vector3(0.1f * MathF.Cos(a), 0.15f, 0.1f * MathF.Sin(a)),
                new Vector3(0.4f * MathF.Cos(a), 0.55f, 0.4f * MathF.Sin(a)), 0.025f, 0.003f, 3);
        }
        return k;
    }
}
