using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Sets;

/// <summary>
/// A stadium: the pitch mown in light and dark stripes with white touchlines, a halfway line and centre circle
/// around the action, an advertising board, then stands rising in 20 tiers of coloured seats under a roof, and
/// floodlight masts (lit after dark, which is when stadiums look most like stadiums).
/// </summary>
public static class StadiumSet
{
    private static readonly Material DarkTurf = Paints.Srgb(45, 110, 40, 0.9f, 0, "turfdark");
    private static readonly Material LightTurf = Paints.Srgb(70, 140, 55, 0.9f, 0, "turflight");
    private static readonly Material Line = Paints.Srgb(240, 240, 240, 0.7f, 0, "pitchline");
    private static readonly Material Concrete = Paints.Srgb(150, 150, 148, 0.85f, 0, "standconcrete");
    private static readonly Material[] Seats =
    [
        Paints.Srgb(200, 30, 35, 0.5f, 0, "seatred"), Paints.Srgb(30, 70, 170, 0.5f, 0, "seatblue"),
    ];

    public static void Dress(SetDresser d)
    {
        var pitch = d.Layer("pitch");
        var cx = d.Zone.CentreX;
        var touch = d.Zone.Back - 3;
        // Turf over the whole pitch whatever the plan's ground, mown in 6 m stripes, every other one lighter.
        Landforms.Slab(pitch, DarkTurf, cx - 60, cx + 60, touch, touch + 70, 0.004f, 0.004f);
        for (var x = cx - 60; x < cx + 60; x += 12)
            Landforms.Slab(pitch, LightTurf, x, x + 6, touch, touch + 70, 0.007f, 0.003f);
        Landforms.Slab(pitch, Line, cx - 60, cx + 60, touch, touch + 0.12f, 0.01f, 0.005f);
        Landforms.Slab(pitch, Line, cx - 0.06f, cx + 0.06f, touch, touch + 70, 0.01f, 0.005f);
        // The centre circle (9.15 m) as short straight segments.
        var centre = new Vector3(cx, 0.01f, touch + 34);
        for (var i = 0; i < 48; i++)
        {
            var a = i * MathF.Tau / 48;
            var p = centre + new Vector3(MathF.Cos(a), 0, MathF.Sin(a)) * 9.15f;
            pitch.Paint(Line).Box(p, new Vector3(0.62f, 0.004f, 0.06f), 0, -a - MathF.PI / 2);
        }
        var boardZ = touch - 2.5f;
        var boards = d.Layer("boards");
        for (var x = cx - 60; x < cx + 60; x += 8)
        {
            var ad = d.Dark ? Palette.Glow(40, 120, 255, 1.2f, "adboardlit") : Paints.Srgb(30, 90, 200, 0.4f, 0, "adboard");
            boards.Paint(d.Chance(0.5f) ? ad : Paints.Srgb(230, 230, 230, 0.4f, 0, "adwhite")).Box(new Vector3(x + 4, 0.5f, boardZ), new Vector3(3.95f, 0.5f, 0.05f));
        }
        // Stands: 20 tiers, each 0.8 m deep and 0.45 m higher, seats painted in blocks.
        var stand = d.Layer("stands", cx);
        var standFront = boardZ - 3;
        for (var tier = 0; tier < 20; tier++)
        {
            var z = standFront - tier * 0.8f;
            var y = 1.0f + tier * 0.45f;
            stand.Paint(Concrete).Box(new Vector3(cx, y / 2, z - 0.4f), new Vector3(70, y / 2, 0.4f));
            for (var block = 0; block < 10; block++)
            {
                var bx = cx - 70 + block * 14 + 7;
                stand.Paint(Seats[(block + tier / 10) % 2]).Box(new Vector3(bx, y + 0.2f, z - 0.5f), new Vector3(6.6f, 0.2f, 0.2f));
            }
        }
        var top = 1.0f + 20 * 0.45f;
        var back = standFront - 16;
        stand.Paint(Concrete).Box(new Vector3(cx, top / 2 + 2, back - 0.5f), new Vector3(70, top / 2 + 2, 0.5f));
        stand.Paint(Paints.Srgb(225, 228, 232, 0.4f, 0.3f, "standroof")).Box(new Vector3(cx, top + 6, back + 7), new Vector3(72, 0.3f, 9));
        foreach (var side in new[] { -1f, 1f })
        {
            var mast = new Vector3(cx + side * 45, 0, back + 2);
            d.Put("floodlights", TransitSet.Floodlight, mast, 0, 1.6f, 0.5f);
            if (d.Dark) d.Light(new LightSource(mast + new Vector3(0, 31.5f, 1), new Vector3(1, 0.97f, 0.92f) * 250, 80));
        }
        // With nobody cast: the stand rising behind the touchline, from the turf before it to its roof.
        d.Vista = new Vista(new Vector3(cx - 24, 0, back), new Vector3(cx + 24, top + 6, touch + 8));
    }
}
