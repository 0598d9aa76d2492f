using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Places.PublicRooms;

/// <summary>
/// A hospital ward's furniture, head against −Z: a bed on castors with a white frame, raised back rest, white sheets
/// and pillow, a blue blanket and steel side rails; a drip stand with its bag and line; a bedside monitor with a
/// glowing trace on a wall arm; a bedside locker; a privacy curtain in folds. Rails and a drip stand beside a white
/// bed are what a viewer names as a hospital rather than a bedroom.
/// </summary>
internal static class WardFurniture
{
    /// <summary>m; the bed's length along Z (head at −<see cref="BedLength"/>/2).</summary>
    public const float BedLength = 2.1f;

    public static Kit Bed { get; } = MakeBed();
    public static Kit DripStand { get; } = MakeDripStand();
    public static Kit Monitor { get; } = MakeMonitor();
    public static Kit Locker { get; } = MakeLocker();

    private static Kit MakeBed()
    {
        var k = new Kit();
        var frame = k.Paint(RoomPaints.FrameWhite);
        const float hl = BedLength / 2;
        frame.Box(new Vector3(0, 0.42f, 0), new Vector3(0.46f, 0.05f, hl - 0.02f));
        frame.Box(new Vector3(0, 0.66f, -hl), new Vector3(0.47f, 0.34f, 0.03f));   // headboard
        frame.Box(new Vector3(0, 0.6f, hl), new Vector3(0.47f, 0.24f, 0.03f));     // footboard
        foreach (var x in new[] { -0.4f, 0.4f })
            foreach (var z in new[] { -hl + 0.1f, hl - 0.1f })
            {
                k.Paint(Paints.Steel).Rod(new Vector3(x, 0.08f, z), new Vector3(x, 0.4f, z), 0.02f, 0.02f, 6);
                k.Paint(Paints.Rubber).Cylinder(Matrix4x4.CreateScale(0.05f, 0.02f, 0.05f) * Matrix4x4.CreateRotationZ(MathF.PI / 2) * Matrix4x4.CreateTranslation(x, 0.05f, z), 1, 8);
            }
        var sheet = k.Paint(RoomPaints.Sheet);
        sheet.Box(new Vector3(0, 0.55f, 0.25f), new Vector3(0.44f, 0.08f, hl - 0.28f));
        // The back rest raised 35°, the sheet over it.
        k.Paint(RoomPaints.Sheet).Box(Matrix4x4.CreateScale(0.44f, 0.06f, 0.42f) * Matrix4x4.CreateRotationX(0.6f) * Matrix4x4.CreateTranslation(0, 0.78f, -hl + 0.4f));
        sheet.Ellipsoid(new Vector3(0, 1.0f, -hl + 0.2f), new Vector3(0.3f, 0.1f, 0.14f), 0, 0, 10, 6);
        // The blanket over the foot two thirds, falling a little down both sides.
        var blanket = k.Paint(RoomPaints.WardBlanket);
        blanket.Box(new Vector3(0, 0.645f, 0.4f), new Vector3(0.47f, 0.02f, 0.62f));
        foreach (var s in new[] { -1f, 1f })
            blanket.Box(new Vector3(s * 0.47f, 0.55f, 0.4f), new Vector3(0.012f, 0.1f, 0.62f));
        // Side rails: two steel bars each side over the upper half, on three posts.
        var steel = k.Paint(Paints.Chrome);
        foreach (var s in new[] { -1f, 1f })
        {
            var x = s * 0.5f;
            foreach (var y in new[] { 0.78f, 0.92f })
                steel.Rod(new Vector3(x, y, -hl + 0.15f), new Vector3(x, y, 0.15f), 0.012f, 0.012f, 6);
            foreach (var z in new[] { -hl + 0.15f, -0.35f, 0.15f })
                steel.Rod(new Vector3(x, 0.47f, z), new Vector3(x, 0.92f, z), 0.01f, 0.01f, 5);
        }
        return k;
    }

    private static Kit MakeDripStand()
    {
        var k = new Kit();
        var chrome = k.Paint(Paints.Chrome);
        for (var i = 0; i < 5; i++)
        {
            var a = i * MathF.Tau / 5;
            chrome.Rod(new Vector3(0, 0.08f, 0), new Vector3(0.28f * MathF.Cos(a), 0.05f, 0.28f * MathF.Sin(a)), 0.012f, 0.012f, 5);
        }
        chrome.Rod(new Vector3(0, 0.05f, 0), new Vector3(0, 2.0f, 0), 0.013f, 0.013f, 6);
        chrome.Rod(new Vector3(-0.16f, 1.95f, 0), new Vector3(0.16f, 1.95f, 0), 0.008f, 0.008f, 5);
        // A bag of saline on one hook, a line down from it.
        k.Paint(RoomPaints.LabGlass).Box(new Vector3(0.14f, 1.72f, 0), new Vector3(0.07f, 0.12f, 0.025f));
        k.Paint(RoomPaints.LabGlass).Rod(new Vector3(0.14f, 1.58f, 0), new Vector3(0.2f, 0.9f, 0.05f), 0.004f, 0.004f, 4);
        return k;
    }

    private static Kit MakeMonitor()
    {
        var k = new Kit();
        k.Paint(Paints.Plastic(205, 208, 210)).Box(new Vector3(0, 0, 0.08f), new Vector3(0.2f, 0.16f, 0.06f));
        k.Paint(Paints.Screen).Box(new Vector3(-0.03f, 0, 0.142f), new Vector3(0.15f, 0.12f, 0.005f));
        // Three glowing traces: heart, oxygen, pressure.
        k.Paint(RoomPaints.ScreenGlow).Box(new Vector3(-0.04f, 0.07f, 0.148f), new Vector3(0.12f, 0.006f, 0.002f));
        k.Paint(Palette.Glow(230, 210, 60, 1.5f, "monitortrace2")).Box(new Vector3(-0.04f, 0.0f, 0.148f), new Vector3(0.12f, 0.006f, 0.002f));
        k.Paint(Palette.Glow(80, 200, 240, 1.5f, "monitortrace3")).Box(new Vector3(-0.04f, -0.07f, 0.148f), new Vector3(0.12f, 0.006f, 0.002f));
        k.Paint(RoomPaints.ScreenGlow).Box(new Vector3(0.15f, 0.05f, 0.148f), new Vector3(0.03f, 0.03f, 0.002f));
        k.Paint(Paints.Steel).Box(new Vector3(0, -0.2f, 0.02f), new Vector3(0.03f, 0.06f, 0.02f)); // wall arm
        return k;
    }

    private static Kit MakeLocker()
    {
        var k = new Kit();
        k.Paint(RoomPaints.Cabinet).Box(new Vector3(0, 0.42f, 0), new Vector3(0.22f, 0.4f, 0.22f));
        k.Paint(Paints.Plastic(150, 180, 200)).Box(new Vector3(0, 0.55f, 0.225f), new Vector3(0.18f, 0.12f, 0.005f));
        k.Paint(Paints.Chrome).Box(new Vector3(0, 0.68f, 0.235f), new Vector3(0.08f, 0.01f, 0.012f));
        k.Paint(RoomPaints.LabGlass).Cylinder(Matrix4x4.CreateScale(0.035f, 0.08f, 0.035f) * Matrix4x4.CreateTranslation(0.08f, 0.9f, 0.05f), 1, 8); // a water jug
        return k;
    }

    /// <summary>A privacy curtain drawn from <paramref name="a"/> to <paramref name="b"/> (floor points) under its
    /// ceiling track: narrow panels turned alternately either way, so it reads as hanging cloth in folds, not a
    /// partition.</summary>
    public static void Curtain(Kit k, Vector3 a, Vector3 b)
    {
        var span = b - a;
        var length = span.Length();
        var dir = span / length;
        var yaw = MathF.Atan2(-dir.Z, dir.X); // turns a box's local X onto the curtain's line
        var folds = Math.Max(2, (int)(length / 0.2f));
        var step = length / folds;
        var cloth = k.Paint(RoomPaints.WardCurtain);
        for (var i = 0; i < folds; i++)
        {
            var at = a + dir * ((i + 0.5f) * step) + new Vector3(0, 1.35f, 0);
            cloth.Box(at, new Vector3(step * 0.56f, 0.95f, 0.008f), 0, yaw + (i % 2 == 0 ? 0.45f : -0.45f));
        }
        k.Paint(Paints.Chrome).Rod(a + new Vector3(0, 2.33f, 0), b + new Vector3(0, 2.33f, 0), 0.015f, 0.015f, 6);
    }
}
