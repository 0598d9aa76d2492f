using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Places.Venues;

/// <summary>
/// An indoor gymnasium: a basketball half court on a glossy maple floor, seen from centre court towards the basket —
/// the backboard and orange rim with its net on an arm from the end wall, the red key and the three-point arc painted
/// on the floor, bleachers stepping up either side, padded wall mats, banners and a scoreboard under high windows.
/// The hoop square to the camera is what a viewer names a gym by, where weights racks read as a fitness room.
/// </summary>
internal static class GymnasiumSet
{
    /// <summary>m from the band to the end wall: the key and the arc (8.3 m from the baseline) with room behind.</summary>
    private const float Depth = 9.5f, Height = 8f;

    private static readonly Material Maple = Paints.Srgb(214, 168, 112, 0.22f, 0, "maple") with { Pattern = "wood" };
    private static readonly Material WallPaint = Paints.Srgb(226, 222, 210, 0.85f, 0, "gymwall");
    private static readonly Material Mat = Paints.Srgb(35, 70, 140, 0.7f, 0, "wallmat") with { Pattern = "leather" };
    private static readonly Material Board = Paints.Srgb(245, 245, 245, 0.15f, 0, "backboard");
    private static readonly Material Red = Paints.Srgb(200, 40, 35, 0.5f, 0, "boardsquare");
    private static readonly Material Rim = Paints.Srgb(235, 95, 25, 0.4f, 0.5f, "rim");
    private static readonly Material Net = Paints.Srgb(245, 245, 245, 0.8f, 0, "net");
    private static readonly Material Seat = Paints.Srgb(40, 80, 160, 0.5f, 0, "bleacherseat");
    private static readonly Material Riser = Paints.Srgb(90, 92, 96, 0.6f, 0.4f, "bleacherriser");

    public static void Dress(SetDresser d, PlaceContext ctx)
    {
        var room = VenueHall.Build(d, Depth, Height, WallPaint);
        var cx = room.CentreX;
        VenueHall.Floor(d, room, Maple, 22);
        d.Layer("walls", cx).Paint(Mat).Box(new Vector3(cx, 1.0f, room.Wall + 0.04f), new Vector3(30, 1.0f, 0.04f));
        var baseline = room.Wall + 1.2f;
        CourtLines.Lay(d.Layer("court", cx), cx, baseline, Depth + 6);
        d.Put("hoop", Hoop(baseline - room.Wall), new Vector3(cx, 0, room.Wall), 0, 1, 0.3f);
        foreach (var s in new[] { -1f, 1f })
            d.Put("bleachers", Bleachers(d.Zone.Back - 0.5f - (room.Wall + 0.5f)), new Vector3(cx + s * 9.2f, 0, (room.Wall + d.Zone.Back) / 2), s > 0 ? -MathF.PI / 2 : MathF.PI / 2, 1, 0.05f);
        Windows(d, room);
        var k = d.Layer("walls", cx);
        k.Paint(Paints.Srgb(18, 18, 20, 0.5f, 0, "scoreboard")).Box(new Vector3(cx, 6.2f, room.Wall + 0.1f), new Vector3(1.6f, 0.7f, 0.1f));
        foreach (var s in new[] { -1f, 1f })
            k.Paint(Palette.Glow(255, 60, 40, 2.5f, "scorefigures")).Box(new Vector3(cx + s * 0.8f, 6.25f, room.Wall + 0.205f), new Vector3(0.45f, 0.3f, 0.004f));
        byte[][] banners = [[150, 30, 40], [30, 60, 130], [220, 170, 40], [30, 110, 60]];
        for (var i = 0; i < banners.Length; i++)
        {
            var x = cx + (i < 2 ? -7.5f + i * 2.2f : 5.3f + (i - 2) * 2.2f);
            var c = banners[i];
            k.Paint(Paints.Srgb(c[0], c[1], c[2], 0.9f, 0, "banner" + i) with { Pattern = "fabric" }).Box(new Vector3(x, 6.0f, room.Wall + 0.03f), new Vector3(0.7f, 0.9f, 0.01f));
            k.Paint(Paints.White).Box(new Vector3(x, 5.8f, room.Wall + 0.045f), new Vector3(0.5f, 0.12f, 0.003f));
        }
        Lamps(d, room);
        d.Vista = VenueHall.Frame(room, 5.0f, 4.6f, 6.5f);
    }

    /// <summary>The basket on a wall arm: a glass-white backboard 1.8 × 1.05 m with its shooter's square, the rim at
    /// 3.05 m <paramref name="reach"/> m out from the wall (over the court at 1.575 m from the baseline), and a net.</summary>
    private static Kit Hoop(float baselineOut)
    {
        var k = new Kit();
        var boardZ = baselineOut + CourtLines.HoopIn - 0.38f;
        var steel = k.Paint(Paints.Srgb(60, 62, 66, 0.5f, 0.6f, "hooparm"));
        foreach (var x in new[] { -0.6f, 0.6f })
        {
            steel.Rod(new Vector3(x, 3.4f, 0.02f), new Vector3(x * 0.5f, 3.4f, boardZ - 0.05f), 0.05f, 0.05f, 6);
            steel.Rod(new Vector3(x, 4.6f, 0.02f), new Vector3(x * 0.5f, 3.5f, boardZ - 0.05f), 0.04f, 0.04f, 6);
        }
        k.Paint(Board).Box(new Vector3(0, 3.43f, boardZ), new Vector3(0.9f, 0.525f, 0.03f));
        var red = k.Paint(Red);
        red.Box(new Vector3(0, 3.95f, boardZ + 0.032f), new Vector3(0.9f, 0.025f, 0.002f));
        red.Box(new Vector3(0, 2.91f, boardZ + 0.032f), new Vector3(0.9f, 0.025f, 0.002f));
        foreach (var s in new[] { -1f, 1f })
        {
            red.Box(new Vector3(s * 0.875f, 3.43f, boardZ + 0.032f), new Vector3(0.025f, 0.525f, 0.002f));
            red.Box(new Vector3(s * 0.295f, 3.26f, boardZ + 0.032f), new Vector3(0.025f, 0.225f, 0.002f));
        }
        red.Box(new Vector3(0, 3.46f, boardZ + 0.032f), new Vector3(0.32f, 0.025f, 0.002f));
        red.Box(new Vector3(0, 3.06f, boardZ + 0.032f), new Vector3(0.32f, 0.025f, 0.002f));
        var rim = new Vector3(0, 3.05f, boardZ + 0.15f + 0.23f);
        k.Paint(Rim).Torus(0.23f, 0.012f, Matrix4x4.CreateTranslation(rim), 24, 6);
        k.Paint(Rim).Box(new Vector3(0, 3.05f, boardZ + 0.09f), new Vector3(0.08f, 0.015f, 0.07f));
        var net = k.Paint(Net);
        for (var i = 0; i < 12; i++)
        {
            var a = i * MathF.Tau / 12;
            var top = rim + new Vector3(MathF.Cos(a) * 0.22f, -0.01f, MathF.Sin(a) * 0.22f);
            var bottom = rim + new Vector3(MathF.Cos(a + 0.4f) * 0.14f, -0.42f, MathF.Sin(a + 0.4f) * 0.14f);
            net.Rod(top, bottom, 0.006f, 0.006f, 3);
        }
        net.Torus(0.14f, 0.006f, Matrix4x4.CreateTranslation(rim - new Vector3(0, 0.42f, 0)), 16, 3);
        net.Torus(0.18f, 0.006f, Matrix4x4.CreateTranslation(rim - new Vector3(0, 0.22f, 0)), 16, 3);
        return k;
    }

    /// <summary>Bleachers <paramref name="length"/> m long along X, five rows stepping up towards −Z, seats facing +Z.</summary>
    private static Kit Bleachers(float length)
    {
        var k = new Kit();
        var hl = length / 2;
        for (var row = 0; row < 5; row++)
        {
            var (y, z) = (0.4f + row * 0.42f, 1.6f - row * 0.8f);
            k.Paint(Riser).Box(new Vector3(0, y / 2, z), new Vector3(hl, y / 2, 0.4f));
            k.Paint(Seat).Box(new Vector3(0, y + 0.04f, z + 0.15f), new Vector3(hl, 0.04f, 0.2f));
        }
        k.Paint(Paints.Steel).Rod(new Vector3(-hl, 1.0f, 2.0f), new Vector3(hl, 1.0f, 2.0f), 0.025f, 0.025f, 6);
        return k;
    }

    /// <summary>A band of high windows along the end wall, clear of the scoreboard.</summary>
    private static void Windows(SetDresser d, Sets.RoomShell room)
    {
        var glass = d.Dark ? Paints.Srgb(15, 22, 45, 0.1f, 0, "nightpane") : Palette.Glow(215, 232, 250, 1.1f, "daypane");
        var k = d.Layer("windows", room.CentreX);
        for (var x = room.CentreX - 16f; x <= room.CentreX + 16.01f; x += 2.4f)
        {
            if (MathF.Abs(x - room.CentreX) < 2.2f) continue;
            k.Paint(glass).Box(new Vector3(x, 7.2f, room.Wall + 0.01f), new Vector3(1.0f, 0.45f, 0.01f));
        }
    }

    /// <summary>After dark, high bay lamps over the court.</summary>
    private static void Lamps(SetDresser d, Sets.RoomShell room)
    {
        if (!d.Dark) return;
        for (var x = room.CentreX - 6; x <= room.CentreX + 6; x += 6)
        {
            var at = new Vector3(x, Height - 0.6f, room.Wall + 4);
            d.Layer("lamps", x).Paint(Palette.LampGlow).Cylinder(Matrix4x4.CreateScale(0.35f, 0.05f, 0.35f) * Matrix4x4.CreateTranslation(at), 1, 12);
            d.Light(new LightSource(at - new Vector3(0, 0.2f, 0), new Vector3(1, 0.95f, 0.85f) * 9, 16));
        }
    }
}
