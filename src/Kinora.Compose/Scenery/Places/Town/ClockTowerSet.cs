using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Town;

/// <summary>
/// A town square under a clock tower: a 9 m square brick shaft 38 m to its cornice, stone string courses every stage,
/// tall slit windows, a clock face on each visible side near the top, an open stone belfry with arched openings, and a
/// copper-green pyramid spire to 65 m. Paved, with lamps, benches, two rows of trees and a fountain; town houses line
/// the square's back and both sides. The view is a visitor's from the square at head height, looking up at the whole
/// tower with the houses framing it.
/// </summary>
internal static class ClockTowerSet
{
    private const float Half = 4.5f, Shaft = 38;
    /// <summary>Warm red brick with stone dressings: pale stone alone melted into the pale sky behind it.</summary>
    private static readonly Material ShaftBrick = Paints.Srgb(150, 76, 56, 0.9f, 0, "towerbrick");
    private static readonly Material Spire = Paints.Srgb(80, 140, 115, 0.6f, 0.3f, "verdigris");
    private static readonly Material Face = Paints.Srgb(240, 236, 220, 0.4f, 0, "clockface");
    private static readonly Material Gold = Paints.Srgb(200, 160, 60, 0.3f, 1, "clockgold");

    public static void Dress(SetDresser d, PlaceContext ctx)
    {
        var cx = d.Zone.CentreX;
        // Behind a cast the tower stands to the left and 90 m back: the low camera that holds a walker and the whole
        // tower over them (the backdrop shot) could not take in all 65 m from 34 m. Alone, it stands at the back of a
        // square 40 m deep, lined with trees and houses, which a visitor's photo from the square looks down.
        var foot = ctx.Cast.Count > 0 ? new Vector3(cx - 7, 0, d.Zone.Back - 90) : new Vector3(cx + 3, 0, d.Zone.Back - 40);
        // Paved out far past where any camera stands, so the square, not a bare plain, runs under the tower.
        TownPaint.Plaza(d, cx - 60, cx + 140, foot.Z - 30, d.Zone.Front + 180);
        var k = d.Layer("tower", foot.X);
        var stone = k.Paint(TownPaint.Stone);
        stone.Box(foot + new Vector3(0, 1.5f, 0), new Vector3(Half + 0.6f, 1.5f, Half + 0.6f)); // plinth
        k.Paint(ShaftBrick).Box(foot + new Vector3(0, Shaft / 2, 0), new Vector3(Half, Shaft / 2, Half));
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
        Surround(d, cx, foot);
        // Two rows of trees down the square's sides and a fountain.
        foreach (var side in new[] { -1f, 1f })
            for (var z = foot.Z + 4; z < foot.Z + 36; z += 7)
                d.Put("trees", Trees.Broadleaf, new Vector3(foot.X + side * 18, 0, z), d.Range(0, MathF.Tau), d.Range(0.9f, 1.05f), Trees.BroadleafRadius);
        Fountain(d, foot + new Vector3(-9, 0, 22)); // off the axis, so it never hides the tower's foot from the square
        // Seen as a visitor photographs it, from the square at head height looking up, the houses either side framing
        // it; from the three-quarter view above it was a small tower on a model town. Behind a walker the camera
        // likewise stands low and looks up to hold the whole tower over them.
        d.Vista = new Vista(new(foot.X - Half - 2, 0, foot.Z - Half), new(foot.X + Half + 2, Shaft + 27, foot.Z + Half + 3)) { FromGround = true };
        d.Backdrop = d.Vista;
    }

    /// <summary>
    /// The houses round the square, so the tower stands in a town and not on a plain: a row behind it, a taller row
    /// behind that filling the skyline, and terraces down both sides facing in. Three to six storeys, under a third of
    /// the tower's height, so it rises far over them; a gap is left round the tower so its shaft stands free against
    /// the sky.
    /// </summary>
    private static void Surround(SetDresser d, float cx, Vector3 foot)
    {
        void Row(float x0, float x1, float frontZ, float low, float high)
        {
            for (var x = x0; x < x1;)
            {
                var w = d.Range(8, 13);
                if (MathF.Abs(x + w / 2 - foot.X) > Half + w / 2 + 3) Buildings.Add(d, x, w - 0.2f, d.Range(low, high), 12, frontZ, 0);
                x += w;
            }
        }
        Row(cx - 70, cx + 90, foot.Z - 6, 10, 16);
        Row(cx - 80, cx + 100, foot.Z - 24, 15, 21);
        // The square's sides: terraces along Z facing in, from beside the tower to just behind the action.
        var end = MathF.Min(foot.Z + 60, d.Zone.Back - 3);
        Side(d, foot.X - 22, foot.Z + 6, end - 12, 1);
        Side(d, foot.X + 22, foot.Z + 6, end - 12, -1);
        // Each terrace ends in a corner house facing the camera, so the view down the square meets windows, not a
        // terrace's blank end wall.
        Buildings.Add(d, foot.X - 34, 11.8f, d.Range(10, 15), 12, end);
        Buildings.Add(d, foot.X + 22.2f, 11.8f, d.Range(10, 15), 12, end);
    }

    /// <summary>
    /// A terrace along Z with its fronts at x, facing the square (+X for <paramref name="facing"/> 1). A street
    /// building's front faces +Z, so each is built on a scratch dresser and turned a quarter into place.
    /// </summary>
    private static void Side(SetDresser d, float x, float z0, float z1, float facing)
    {
        for (var z = z0; z < z1 - 6;)
        {
            var w = MathF.Min(d.Range(8, 12), z1 - z);
            var scratch = new SetDresser((long)(d.Range(0, 1) * int.MaxValue), "square", d.Zone, d.Dark, d.Style);
            Buildings.Add(scratch, 0, w - 0.2f, d.Range(10, 15), 12, 0); // x ∈ [0, w], front at z = 0: all in chunk 0
            // A quarter turn takes the front's +Z to ±X and the building's x span to z ∈ [−w, 0] (facing +X) or [0, w].
            var turn = Matrix4x4.CreateRotationY(facing * MathF.PI / 2);
            d.Lay("buildings", scratch.Layer("buildings", 0), turn * Matrix4x4.CreateTranslation(x, 0, facing > 0 ? z + w : z));
            z += w;
        }
    }

    private static readonly Material FountainWater = Paints.Srgb(90, 140, 160, 0.05f, 0, "fountainwater");
    private static readonly Material Spray = Palette.Glow(225, 238, 250, 0.6f, "fountainspray");

    /// <summary>A round stone basin 10 m across, its water, a column with a bowl and a jet falling back from it.</summary>
    private static void Fountain(SetDresser d, Vector3 at)
    {
        var k = d.Layer("fountain", at.X);
        if (!d.Put("fountain", new Kit(), at, 0, 1, 5.2f)) return; // only the clear band's check: the basin is built below
        k.Paint(TownPaint.PaleStone).Lathe([new(5, 0), new(5.2f, 0.3f), new(5.2f, 0.6f), new(4.8f, 0.6f), new(4.8f, 0.1f)], Matrix4x4.CreateTranslation(at), 32);
        k.Paint(FountainWater).Cylinder(Matrix4x4.CreateScale(4.85f, 0.02f, 4.85f) * Matrix4x4.CreateTranslation(at + new Vector3(0, 0.45f, 0)), 1, 32);
        k.Paint(TownPaint.PaleStone).Rod(at, at + new Vector3(0, 2.6f, 0), 0.45f, 0.3f, 12);
        k.Paint(TownPaint.PaleStone).Lathe([new(0.3f, 0), new(1.4f, 0.35f), new(1.5f, 0.45f)], Matrix4x4.CreateTranslation(at + new Vector3(0, 2.6f, 0)), 20);
        k.Paint(Spray).Rod(at + new Vector3(0, 3.0f, 0), at + new Vector3(0, 4.4f, 0), 0.12f, 0.05f, 8);
        for (var i = 0; i < 8; i++) // the jet's sheet falling from the bowl's rim into the basin
        {
            var a = i * MathF.Tau / 8;
            var rim = at + new Vector3(MathF.Cos(a) * 1.45f, 3.0f, MathF.Sin(a) * 1.45f);
            k.Paint(Spray).Rod(rim, rim + new Vector3(MathF.Cos(a) * 0.5f, -2.5f, MathF.Sin(a) * 0.5f), 0.06f, 0.1f, 5);
        }
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
