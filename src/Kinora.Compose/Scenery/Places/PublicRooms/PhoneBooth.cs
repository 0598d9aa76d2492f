using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.PublicRooms;

/// <summary>
/// A red telephone box on a pavement: the box stands at the kerb just behind the action, its door propped open on
/// the telephone inside, a lamp post and a bin beside it, shop-fronted buildings behind the pavement and the road
/// under the action. The box's red frame with its grid of small panes, the lit TELEPHONE fascia under a domed roof
/// and the phone on its back wall are what a viewer names; nothing parks between it and the lens.
/// </summary>
internal static class PhoneBooth
{
    private const float Pavement = 4.5f, Half = 0.46f, Height = 2.5f;
    private static readonly Material Pane = Paints.Srgb(95, 110, 120, 0.06f, 0, "boothglass");
    private static readonly Material Fascia = Palette.Glow(245, 245, 238, 1.3f, "boothsign");

    public static Kit Booth { get; } = MakeBooth();

    public static void Dress(SetDresser d, PlaceContext ctx)
    {
        var cx = d.Zone.CentreX;
        var kerb = d.Zone.Back - 0.2f;
        var back = kerb - Pavement;
        var road = ctx.Wet ? Palette.Asphalt with { Roughness = 0.18f, Name = "wetroad" } : Palette.Asphalt;
        var ground = d.Layer("road");
        Landforms.Slab(ground, road, d.Left - 20, d.Right + 20, kerb, d.Zone.Front + 6, 0.012f);
        Landforms.Slab(ground, Palette.Pavement, d.Left - 20, d.Right + 20, back - 0.5f, kerb, 0.15f, 0.2f);
        Landforms.Slab(ground, Palette.RoadPaint, d.Left - 20, d.Right + 20, kerb + 0.25f, kerb + 0.37f, 0.018f, 0.01f);
        var booth = new Vector3(cx + 0.9f, 0.15f, kerb - 1.2f);
        d.Put("phone booth", Booth, booth, 0, 1, Half + 0.1f);
        var lamp = new Vector3(cx - 2.2f, 0.15f, kerb - 0.5f);
        d.Put("street lamps", d.Dark ? StreetProps.StreetLampLit : StreetProps.StreetLamp, lamp, 0, 1, 0.3f);
        if (d.Dark)
        {
            d.Light(StreetProps.LampLight(lamp + StreetProps.StreetLampHead));
            // The box's own ceiling lamp lights its glazing from inside.
            d.Light(new LightSource(booth + new Vector3(0, 2.1f, 0), new Vector3(1, 0.95f, 0.85f) * 1.5f, 4));
        }
        d.Put("street furniture", StreetProps.Bin, new Vector3(cx + 2.6f, 0.15f, kerb - 0.6f), 0, 1, 0.3f);
        for (var x = d.Left; x < d.Right; x += 14)
            if (MathF.Abs(x + 7 - cx) > 4) d.Put("street trees", Trees.Broadleaf, new Vector3(x + 7, 0.15f, kerb - 1.0f), d.Range(0, MathF.Tau), 0.75f, 0.3f);
        for (var x = d.Left - 10; x < d.Right + 10;)
        {
            var width = d.Range(7f, 14f);
            Buildings.Add(d, x, width - 0.2f, (int)d.Range(3, 6.99f) * Buildings.FloorHeight + 0.6f, 14, back);
            x += width;
        }
        d.Vista = new Vista(new Vector3(booth.X - 1.3f, 0, booth.Z - 0.8f), new Vector3(booth.X + 1.3f, Height + 0.3f, booth.Z + 0.8f));
    }

    /// <summary>The box, door on +Z: red posts, glazed sides and back in a 3 × 8 grid of panes, a fascia on every side
    /// under a domed roof, the telephone on the back wall, and the door swung open 70° on its left hinge.</summary>
    private static Kit MakeBooth()
    {
        var k = new Kit();
        var red = k.Paint(RoomPaints.BoothRed);
        red.Box(new Vector3(0, 0.06f, 0), new Vector3(Half + 0.04f, 0.06f, Half + 0.04f));                  // plinth
        foreach (var x in new[] { -Half, Half })
            foreach (var z in new[] { -Half, Half })
                red.Box(new Vector3(x, Height / 2, z), new Vector3(0.05f, Height / 2, 0.05f));
        red.Box(new Vector3(0, 2.3f, 0), new Vector3(Half + 0.05f, 0.14f, Half + 0.05f));                    // the fascia's band
        red.Box(new Vector3(0, 2.47f, 0), new Vector3(Half + 0.07f, 0.04f, Half + 0.07f));
        red.Sphere(Matrix4x4.CreateScale(Half + 0.04f, 0.14f, Half + 0.04f) * Matrix4x4.CreateTranslation(0, 2.5f, 0), 12, 6);
        for (var face = 0; face < 4; face++)
        {
            var yaw = face * MathF.PI / 2;
            var turn = Matrix4x4.CreateRotationY(yaw);
            // Fascia: a lit white sign on each side, dark bars for its lettering.
            k.Paint(Fascia).Box(Matrix4x4.CreateScale(0.3f, 0.055f, 0.005f) * Matrix4x4.CreateTranslation(0, 2.3f, Half + 0.055f) * turn);
            for (var i = 0; i < 9; i++)
                k.Paint(Paints.Black).Box(Matrix4x4.CreateScale(0.012f, 0.03f, 0.002f) * Matrix4x4.CreateTranslation(-0.24f + i * 0.06f, 2.3f, Half + 0.062f) * turn);
            if (face == 0) continue; // the door's side: the door itself, below
            Glazing(k, Matrix4x4.CreateTranslation(0, 0, Half) * turn);
        }
        // The telephone on the back wall: a black box, its handset on the hook, a shelf and a directory.
        var dark = k.Paint(Paints.Black);
        dark.Box(new Vector3(0, 1.35f, -Half + 0.1f), new Vector3(0.12f, 0.17f, 0.06f));
        dark.Capsule(new Vector3(-0.09f, 1.47f, -Half + 0.19f), new Vector3(0.09f, 1.47f, -Half + 0.19f), 0.025f, 0.025f, 8);
        k.Paint(Paints.Chrome).Box(new Vector3(0, 1.3f, -Half + 0.165f), new Vector3(0.05f, 0.06f, 0.004f));
        k.Paint(RoomPaints.BoothRed).Box(new Vector3(0, 1.0f, -Half + 0.14f), new Vector3(0.3f, 0.015f, 0.12f));
        k.Paint(Paints.Srgb(210, 190, 60, 0.8f, 0, "directory")).Box(new Vector3(0.12f, 1.04f, -Half + 0.14f), new Vector3(0.1f, 0.025f, 0.08f));
        k.Paint(RoomPaints.BoothRed).Box(new Vector3(0, 1.25f, -Half + 0.02f), new Vector3(Half - 0.05f, 0.6f, 0.01f)); // back panel behind the phone
        // The door, hinged at the front-left post and swung out 70° towards the lens's left.
        var door = new Kit();
        Glazing(door, Matrix4x4.CreateTranslation(Half, 0, 0));
        door.Paint(Paints.Chrome).Box(new Vector3(2 * Half - 0.08f, 1.1f, 0.03f), new Vector3(0.012f, 0.1f, 0.015f));
        k.Add(door, Matrix4x4.CreateRotationY(-1.22f) * Matrix4x4.CreateTranslation(-Half, 0, Half));
        return k;
    }

    /// <summary>One glazed side in its own frame (outer face on z = 0, spanning x ±<see cref="Half"/>): a red frame, a
    /// grid of glazing bars, dark glass panes between them, a solid red kick panel.</summary>
    private static void Glazing(Kit k, Matrix4x4 m)
    {
        var red = k.Paint(RoomPaints.BoothRed);
        Matrix4x4 At(float x, float y, float hx, float hy, float z = 0, float hz = 0.03f) =>
            Matrix4x4.CreateScale(hx, hy, hz) * Matrix4x4.CreateTranslation(x, y, z) * m;
        red.Box(At(0, 0.3f, Half - 0.04f, 0.18f));                 // kick panel
        k.Paint(Pane).Box(At(0, 1.3f, Half - 0.05f, 0.8f, -0.01f, 0.006f));
        foreach (var x in new[] { -0.13f, 0.13f })
            red.Box(At(x, 1.3f, 0.018f, 0.82f));
        for (var row = 0; row <= 8; row++)
            red.Box(At(0, 0.48f + row * 0.205f, Half - 0.04f, 0.018f));
        foreach (var x in new[] { -Half + 0.05f, Half - 0.05f })
            red.Box(At(x, 1.3f, 0.03f, 0.85f));
    }
}
