using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Town;

/// <summary>
/// A town square under a stone clock tower: a 9 m square shaft 38 m to its cornice, string courses every stage,
/// tall slit windows, a clock face on each visible side near the top, an open belfry with arched openings, and a
/// copper-green pyramid spire to 56 m. Paved with setts, lamps and benches round it, low gabled town houses closing
/// the square at the back and sides. The view holds the whole tower with the square at its foot.
/// </summary>
internal static class ClockTowerSet
{
    private const float Half = 4.5f, Shaft = 38;
    private static readonly Material Spire = Paints.Srgb(80, 140, 115, 0.6f, 0.3f, "verdigris");
    private static readonly Material Face = Paints.Srgb(240, 236, 220, 0.4f, 0, "clockface");
    private static readonly Material Gold = Paints.Srgb(200, 160, 60, 0.3f, 1, "clockgold");

    public static void Dress(SetDresser d, PlaceContext ctx)
    {
        var cx = d.Zone.CentreX;
        // Behind a cast the tower stands farther back and to the left (the camera stands to the action's right), so its
        // door, stages and slit windows show beside the cast rather than a wall of stone behind it.
        var foot = ctx.Cast.Count > 0 ? new Vector3(cx - 7, 0, d.Zone.Back - 34) : new Vector3(cx + 3, 0, d.Zone.Back - 14);
        // Paved out to where the establishing shot's camera stands (~140 m off, to the right), so the square, not a
        // bare plain, runs under the tower.
        TownPaint.Plaza(d, cx - 60, cx + 140, foot.Z - 30, d.Zone.Front + 180);
        var k = d.Layer("tower", foot.X);
        var stone = k.Paint(TownPaint.Stone);
        stone.Box(foot + new Vector3(0, 1.5f, 0), new Vector3(Half + 0.6f, 1.5f, Half + 0.6f)); // plinth
        stone.Box(foot + new Vector3(0, Shaft / 2, 0), new Vector3(Half, Shaft / 2, Half));
        foreach (var y in new[] { 10f, 20f, 30f, Shaft })
            k.Paint(TownPaint.PaleStone).Box(foot + new Vector3(0, y, 0), new Vector3(Half + 0.25f, 0.3f, Half + 0.25f));
        // Slit windows on the front and +X faces, one per stage.
        foreach (var y in new[] { 6f, 15f, 25f })
        {
            k.Paint(Paints.Black).Box(foot + new Vector3(0, y, Half + 0.02f), new Vector3(0.45f, 1.8f, 0.03f));
            k.Paint(Paints.Black).Box(foot + new Vector3(Half + 0.02f, y, 0), new Vector3(0.03f, 1.8f, 0.45f));
        }
        k.Paint(Paints.DarkWood).Box(foot + new Vector3(0, 1.8f, Half + 0.62f), new Vector3(0.9f, 1.8f, 0.03f)); // the door
        // Clock faces under the cornice, on the front and the +X side: a dial, hour marks, two gilt hands.
        Clock(k, foot + new Vector3(0, 34, Half + 0.05f), Vector3.UnitZ);
        Clock(k, foot + new Vector3(Half + 0.05f, 34, 0), Vector3.UnitX);
        // Belfry: four corner piers with arched openings between them, a cornice, then the spire.
        var belfry = foot + new Vector3(0, Shaft, 0);
        foreach (var (sx, sz) in new[] { (-1, -1), (1, -1), (-1, 1), (1, 1) })
            stone.Box(belfry + new Vector3(sx * (Half - 0.7f), 4, sz * (Half - 0.7f)), new Vector3(0.7f, 4, 0.7f));
        k.Paint(Paints.Black).Box(belfry + new Vector3(0, 3.6f, 0), new Vector3(Half - 1.3f, 3.6f, Half - 1.3f));
        foreach (var side in new[] { Vector3.UnitZ, Vector3.UnitX })
        {
            var c = belfry + side * (Half - 0.5f) + new Vector3(0, 6.6f, 0);
            var across = side == Vector3.UnitZ ? new Vector3(Half - 1.3f, 0, 0.5f) : new Vector3(0.5f, 0, Half - 1.3f);
            stone.Box(c, new Vector3(across.X, 1.4f, across.Z)); // the wall over the opening
            for (var a = 0; a < 7; a++) // its arch: stepped voussoirs round the opening's head
            {
                var t = MathF.PI * (a + 0.5f) / 7;
                var off = MathF.Cos(t) * (Half - 1.4f);
                var y = -1.4f - MathF.Sin(t) * 1.3f + 1.3f;
                var p = c + (side == Vector3.UnitZ ? new Vector3(off, y - 1.4f, 0) : new Vector3(0, y - 1.4f, off));
                stone.Box(p, side == Vector3.UnitZ ? new Vector3(0.45f, 0.5f, 0.5f) : new Vector3(0.5f, 0.5f, 0.45f));
            }
        }
        k.Paint(TownPaint.PaleStone).Box(belfry + new Vector3(0, 8.3f, 0), new Vector3(Half + 0.35f, 0.35f, Half + 0.35f));
        k.Paint(Spire).Cylinder(Matrix4x4.CreateScale(Half * 1.35f, 9, Half * 1.35f) * Matrix4x4.CreateRotationY(MathF.PI / 4) * Matrix4x4.CreateTranslation(belfry + new Vector3(0, 17.6f, 0)), 0, 4);
        k.Paint(Gold).Sphere(Matrix4x4.CreateScale(0.35f) * Matrix4x4.CreateTranslation(belfry + new Vector3(0, 26.9f, 0)), 8, 6);

        // The square: lamps, benches, and houses round it.
        foreach (var x in new[] { cx - 12f, cx - 4, cx + 12, cx + 20 })
        {
            var lamp = new Vector3(x, 0, d.Zone.Back - 2.5f);
            if (d.Put("lamps", d.Dark ? StreetProps.ParkLampLit : StreetProps.ParkLamp, lamp, 0, 1, 0.3f) && d.Dark)
                d.Light(StreetProps.LampLight(lamp + StreetProps.ParkLampHead, 6));
        }
        foreach (var x in new[] { cx - 8f, cx + 16 })
            d.Put("benches", StreetProps.Bench, new Vector3(x, 0, d.Zone.Back - 3.5f), 0, 1, 0.5f);
        for (var x = cx - 60f; x < cx + 80;)
        {
            var w = d.Range(8, 13);
            if (MathF.Abs(x + w / 2 - foot.X) > 14) Buildings.Add(d, x, w - 0.2f, d.Range(9, 16), 12, foot.Z - 4, 0);
            x += w;
        }
        d.Scatter("trees", [Trees.Broadleaf], 6, cx - 30, cx - 14, d.Zone.Back - 5, d.Zone.Back - 12, 0.8f, 1.0f, Trees.BroadleafRadius);
        d.Vista = new Vista(new(foot.X - Half - 2, 0, foot.Z - Half), new(foot.X + Half + 2, Shaft + 27, foot.Z + Half + 3));
    }

    private static void Clock(Kit k, Vector3 centre, Vector3 normal)
    {
        var toFace = normal == Vector3.UnitZ ? Matrix4x4.CreateRotationX(MathF.PI / 2) : Matrix4x4.CreateRotationZ(MathF.PI / 2);
        k.Paint(Gold).Cylinder(Matrix4x4.CreateScale(2.3f, 0.06f, 2.3f) * toFace * Matrix4x4.CreateTranslation(centre), 1, 24);
        k.Paint(Face).Cylinder(Matrix4x4.CreateScale(2.1f, 0.08f, 2.1f) * toFace * Matrix4x4.CreateTranslation(centre + normal * 0.03f), 1, 24);
        var side = normal == Vector3.UnitZ ? Vector3.UnitX : -Vector3.UnitZ;
        for (var h = 0; h < 12; h++)
        {
            var t = MathF.Tau * h / 12;
            var p = centre + normal * 0.12f + (side * MathF.Sin(t) + Vector3.UnitY * MathF.Cos(t)) * 1.8f;
            k.Paint(Paints.Black).Box(p, new Vector3(0.08f + MathF.Abs(normal.X) * 0.02f, 0.08f, 0.08f));
        }
        // Ten past ten: the hands a clock face is drawn with.
        k.Paint(Paints.Black).Rod(centre + normal * 0.15f, centre + normal * 0.15f + (side * -0.85f + Vector3.UnitY * 0.5f) * 1.2f, 0.07f, 0.05f, 4);
        k.Paint(Paints.Black).Rod(centre + normal * 0.17f, centre + normal * 0.17f + (side * 0.87f + Vector3.UnitY * 0.5f) * 1.7f, 0.05f, 0.03f, 4);
    }
}
