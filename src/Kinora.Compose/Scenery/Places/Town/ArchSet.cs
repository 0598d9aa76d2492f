using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Town;

/// <summary>
/// A triumphal arch on a paved plaza: a 30 m wide, 12 m deep, 32 m high block of pale stone pierced by one great
/// round-headed vault (10 m wide, 20 m to its crown), engaged columns and relief panels on its piers, a heavy
/// cornice and an attic with an inscription band. Lamps and clipped trees line the plaza. Seen square-on from the
/// plaza, the view holds the whole arch with sky through the vault.
/// </summary>
internal static class ArchSet
{
    private const float HalfW = 15, HalfD = 6, Opening = 5, Spring = 15, Cornice = 25, Top = 32;
    private static readonly Material Relief = Paints.Srgb(175, 165, 145, 0.85f, 0, "relief");

    public static void Dress(SetDresser d, PlaceContext ctx)
    {
        var cx = d.Zone.CentreX;
        // Behind a cast the arch stands farther back: a walker's frame looks only a few degrees up, and at 10 m the
        // piers filled it; at 30 m the piers, their columns and the vault's lower half read over the walker's head.
        var c = new Vector3(cx, 0, d.Zone.Back - (ctx.Cast.Count > 0 ? 30 : 10) - HalfD);
        Landforms.Slab(d.Layer("plaza", cx), TownPaint.Setts, cx - 80, cx + 90, c.Z - 60, d.Zone.Front + 12, 0.02f, 0.02f);
        // A ring of paler paving round the arch.
        Landforms.Slab(d.Layer("plaza", cx), TownPaint.PaleStone, cx - HalfW - 6, cx + HalfW + 6, c.Z - HalfD - 6, c.Z + HalfD + 6, 0.03f, 0.02f);
        var k = d.Layer("arch", cx);
        var stone = k.Paint(TownPaint.PaleStone);
        stone.Box(c + new Vector3(0, 0.6f, 0), new Vector3(HalfW + 0.8f, 0.6f, HalfD + 0.8f)); // the plinth
        foreach (var s in new[] { -1f, 1f }) // the piers
        {
            var px = s * (Opening + HalfW) / 2;
            stone.Box(c + new Vector3(px, Cornice / 2, 0), new Vector3((HalfW - Opening) / 2, Cornice / 2, HalfD));
            // Engaged columns on the front face, a relief panel between them, a small side passage through the pier.
            foreach (var dx in new[] { -3.6f, 3.6f })
                stone.Cylinder(Matrix4x4.CreateScale(0.7f, 10, 0.7f) * Matrix4x4.CreateTranslation(c + new Vector3(px + dx, 11.2f, HalfD + 0.1f)), 1, 12);
            k.Paint(Relief).Box(c + new Vector3(px, 16, HalfD + 0.08f), new Vector3(2.4f, 3.2f, 0.1f));
            k.Paint(Relief).Box(c + new Vector3(px, 7, HalfD + 0.08f), new Vector3(2.4f, 2.2f, 0.1f));
        }
        // Over the vault: the spandrel wall from the crown up to the cornice, and the round head cut in strips.
        stone.Box(c + new Vector3(0, (Spring + Opening + Cornice) / 2, 0), new Vector3(Opening, (Cornice - Spring - Opening) / 2, HalfD));
        const int strips = 20;
        for (var i = 0; i < strips; i++)
        {
            var x0 = -Opening + 2 * Opening * i / strips;
            var x1 = x0 + 2 * Opening / strips;
            var xm = MathF.Max(MathF.Abs(x0), MathF.Abs(x1)); // the strip's outer edge: its bottom meets the curve there
            var bottom = Spring + MathF.Sqrt(MathF.Max(0, Opening * Opening - xm * xm));
            var top = Spring + Opening;
            stone.Box(c + new Vector3((x0 + x1) / 2, (bottom + top) / 2, 0), new Vector3((x1 - x0) / 2 + 0.01f, (top - bottom) / 2, HalfD));
        }
        // Keystone and the archivolt's band round the head.
        k.Paint(Relief).Box(c + new Vector3(0, Spring + Opening + 0.4f, HalfD + 0.1f), new Vector3(0.6f, 0.9f, 0.12f));
        k.Paint(TownPaint.Stone).Box(c + new Vector3(0, Cornice + 0.5f, 0), new Vector3(HalfW + 0.6f, 0.5f, HalfD + 0.6f)); // cornice
        stone.Box(c + new Vector3(0, (Cornice + 1 + Top) / 2, 0), new Vector3(HalfW - 0.3f, (Top - Cornice - 1) / 2, HalfD - 0.3f)); // attic
        k.Paint(Relief).Box(c + new Vector3(0, 28.5f, HalfD - 0.2f), new Vector3(9, 1.6f, 0.12f)); // inscription band
        for (var i = 0; i < 12; i++)
            k.Paint(Paints.Srgb(120, 110, 95, 0.8f, 0, "lettering")).Box(c + new Vector3(-7.7f + i * 1.4f, 28.5f, HalfD - 0.06f), new Vector3(0.45f, 0.55f, 0.02f));
        k.Paint(TownPaint.Stone).Box(c + new Vector3(0, Top + 0.3f, 0), new Vector3(HalfW, 0.3f, HalfD));
        // The plaza: lamps on the arch's axis, trees along its edges.
        foreach (var x in new[] { cx - 20f, cx - 9, cx + 9, cx + 20 })
        {
            var lamp = new Vector3(x, 0, d.Zone.Back - 3);
            if (d.Put("lamps", d.Dark ? StreetProps.StreetLampLit : StreetProps.StreetLamp, lamp, 0, 1, 0.3f) && d.Dark)
                d.Light(StreetProps.LampLight(lamp + StreetProps.StreetLampHead));
        }
        foreach (var s in new[] { -1f, 1f })
            for (var z = d.Zone.Back - 4; z > c.Z - 50; z -= 9)
                d.Put("trees", Trees.BroadleafDark, new Vector3(cx + s * d.Range(36, 40), 0, z), d.Range(0, MathF.Tau), 1.0f, 1);
        for (var x = cx - 90f; x < cx + 100;)
        {
            var w = d.Range(14, 22);
            Buildings.Add(d, x, w - 0.2f, d.Range(18, 24), 14, c.Z - 55, 0, shopFront: false);
            x += w;
        }
        d.Vista = new Vista(new(cx - HalfW - 1, 0, c.Z - HalfD), new(cx + HalfW + 1, Top + 1, c.Z + HalfD + 2));
    }
}
