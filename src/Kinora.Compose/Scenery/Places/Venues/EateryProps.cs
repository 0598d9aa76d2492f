using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Plan;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Venues;

/// <summary>
/// Where people eat in numbers: a self-service counter (steel, a row of food pans under a glass sneeze guard, a tray
/// slide and a stack of trays), a long table with chairs down both sides and trays on it, and a food stall (a counter
/// under a glowing sign box and a lit menu). Faces +Z, foot at the origin, lengths along X.
/// </summary>
internal static class EateryProps
{
    private static readonly Material Steel = Paints.Srgb(185, 188, 192, 0.3f, 1, "servingsteel") with { Pattern = "brushed" };
    private static readonly Material Guard = Paints.Srgb(210, 225, 230, 0.03f, 0, "sneezeguard") with { Pattern = "glass" };
    private static readonly Material Tray = Paints.Srgb(190, 95, 45, 0.4f, 0, "tray");
    private static readonly Material TableTop = Paints.Srgb(225, 220, 205, 0.35f, 0, "laminate");
    private static readonly Material[] Food =
    [
        Paints.Srgb(230, 190, 60, 0.6f, 0, "foodcorn"), Paints.Srgb(80, 140, 50, 0.7f, 0, "foodgreens"),
        Paints.Srgb(150, 80, 40, 0.6f, 0, "foodstew"), Paints.Srgb(200, 60, 40, 0.6f, 0, "foodsauce"),
        Paints.Srgb(240, 235, 215, 0.7f, 0, "foodrice"), Paints.Srgb(210, 140, 60, 0.6f, 0, "foodfries"),
    ];

    /// <summary>A serving counter <paramref name="length"/> m long: steel body, food pans in the top, a glass guard over
    /// them, a tray slide on the customers' side and a stack of trays at the start.</summary>
    public static Kit ServingCounter(float length)
    {
        var k = new Kit();
        var hl = length / 2;
        k.Paint(Steel).Box(new Vector3(0, 0.45f, 0), new Vector3(hl, 0.45f, 0.4f));
        var i = 0;
        for (var x = -hl + 0.35f; x < hl - 0.3f; x += 0.6f, i++)
            k.Paint(Food[i % Food.Length]).Box(new Vector3(x, 0.905f, -0.05f), new Vector3(0.26f, 0.008f, 0.2f));
        k.Paint(Guard).Box(Matrix4x4.CreateScale(hl, 0.25f, 0.005f) * Matrix4x4.CreateRotationX(-0.5f) * Matrix4x4.CreateTranslation(0, 1.2f, 0.12f));
        foreach (var x in new[] { -hl + 0.05f, hl - 0.05f, 0 })
            k.Paint(Steel).Rod(new Vector3(x, 0.9f, -0.25f), new Vector3(x, 1.42f, 0.05f), 0.015f, 0.015f, 5);
        k.Paint(Palette.Glow(255, 235, 200, 2f, "heatlamp")).Box(new Vector3(0, 1.44f, -0.05f), new Vector3(hl, 0.01f, 0.08f));
        foreach (var y in new[] { 0.82f, 0.88f })
            k.Paint(Steel).Rod(new Vector3(-hl, y, 0.55f), new Vector3(hl, y, 0.55f), 0.02f, 0.02f, 5);
        for (var x = -hl + 0.4f; x < hl; x += 1.2f)
            k.Paint(Steel).Rod(new Vector3(x, 0.85f, 0.4f), new Vector3(x, 0.85f, 0.55f), 0.012f, 0.012f, 4);
        for (var t = 0; t < 8; t++)
            k.Paint(Tray).Box(new Vector3(-hl - 0.35f, 0.92f + t * 0.025f, 0.3f), new Vector3(0.23f, 0.01f, 0.17f));
        k.Paint(Steel).Box(new Vector3(-hl - 0.35f, 0.45f, 0.3f), new Vector3(0.26f, 0.45f, 0.2f));
        return k;
    }

    /// <summary>A long table <paramref name="length"/> m along X with chairs down both sides, a few trays laid on it.</summary>
    public static Kit LongTable(float length, int seed)
    {
        var k = new Kit();
        var hl = length / 2;
        var r = new SeededRandom(seed, "longtable");
        k.Paint(TableTop).Box(new Vector3(0, 0.74f, 0), new Vector3(hl, 0.02f, 0.4f));
        foreach (var x in new[] { -hl + 0.1f, hl - 0.1f })
            k.Paint(Paints.Steel).Box(new Vector3(x, 0.36f, 0), new Vector3(0.03f, 0.36f, 0.32f));
        var chair = CanteenChair;
        for (var x = -hl + 0.4f; x < hl - 0.2f; x += 0.75f)
            foreach (var s in new[] { -1f, 1f })
            {
                k.Add(chair, Kit.At(new Vector3(x, 0, s * 0.62f), s > 0 ? MathF.PI : 0));
                if (r.NextDouble() < 0.3)
                {
                    k.Paint(Tray).Box(new Vector3(x, 0.765f, s * 0.2f), new Vector3(0.22f, 0.008f, 0.16f));
                    k.Paint(Food[(int)(r.NextDouble() * Food.Length) % Food.Length]).Cylinder(Matrix4x4.CreateScale(0.09f, 0.015f, 0.09f) * Matrix4x4.CreateTranslation(x, 0.785f, s * 0.2f), 1, 10);
                }
            }
        return k;
    }

    /// <summary>A stackable canteen chair: a moulded plastic seat and back on four steel legs, facing +Z.</summary>
    public static Kit CanteenChair { get; } = MakeCanteenChair();

    private static Kit MakeCanteenChair()
    {
        var k = new Kit();
        var shell = k.Paint(Paints.Srgb(230, 120, 40, 0.45f, 0, "canteenshell"));
        shell.Box(new Vector3(0, 0.45f, 0), new Vector3(0.21f, 0.02f, 0.21f));
        shell.Box(Matrix4x4.CreateScale(0.2f, 0.16f, 0.015f) * Matrix4x4.CreateRotationX(-0.12f) * Matrix4x4.CreateTranslation(0, 0.72f, -0.22f));
        foreach (var x in new[] { -0.18f, 0.18f })
        {
            foreach (var z in new[] { -0.18f, 0.18f }) k.Paint(Steel).Rod(new Vector3(x, 0, z), new Vector3(x, 0.44f, z), 0.012f, 0.012f, 4);
            k.Paint(Steel).Rod(new Vector3(x, 0.44f, -0.2f), new Vector3(x, 0.62f, -0.22f), 0.012f, 0.012f, 4);
        }
        return k;
    }

    /// <summary>A food stall 3.2 m wide: a counter with a till, a back wall, a glowing sign box over the front in the
    /// stall's colour with a white emblem, and a lit menu board behind.</summary>
    public static Kit Stall(byte r, byte g, byte b, int emblem)
    {
        var k = new Kit();
        var body = Paints.Srgb(r, g, b, 0.5f, 0, $"stall{r}{g}{b}");
        k.Paint(Paints.Srgb(60, 60, 64, 0.5f, 0.3f, "stallcounter")).Box(new Vector3(0, 0.5f, 0.6f), new Vector3(1.5f, 0.5f, 0.3f));
        k.Paint(body).Box(new Vector3(0, 0.5f, 0.905f), new Vector3(1.5f, 0.4f, 0.005f));
        k.Paint(Steel).Box(new Vector3(0, 1.02f, 0.6f), new Vector3(1.55f, 0.02f, 0.35f));
        k.Paint(Paints.Black).Box(new Vector3(1.0f, 1.15f, 0.6f), new Vector3(0.15f, 0.11f, 0.12f));
        foreach (var s in new[] { -1f, 1f }) k.Paint(body).Box(new Vector3(s * 1.6f, 1.5f, 0.4f), new Vector3(0.08f, 1.5f, 0.5f));
        k.Paint(Palette.Glow(r, g, b, 2.2f, $"stallsign{r}{g}{b}")).Box(new Vector3(0, 2.7f, 0.85f), new Vector3(1.6f, 0.35f, 0.08f));
        var mark = k.Paint(Palette.Glow(255, 250, 235, 3f, "stallemblem"));
        switch (emblem % 3)
        {
            case 0: mark.Cylinder(Matrix4x4.CreateScale(0.22f, 0.01f, 0.22f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(-0.9f, 2.7f, 0.94f), 1, 16); break;
            case 1: mark.Box(new Vector3(-0.9f, 2.7f, 0.94f), new Vector3(0.2f, 0.2f, 0.01f), MathF.PI / 4); break;
            default: mark.Cylinder(Matrix4x4.CreateScale(0.25f, 0.01f, 0.25f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(-0.9f, 2.7f, 0.94f), 0.05f, 3); break;
        }
        for (var line = 0; line < 2; line++)
            mark.Box(new Vector3(0.35f, 2.8f - line * 0.2f, 0.94f), new Vector3(0.85f - line * 0.25f, 0.05f, 0.01f));
        var menu = k.Paint(Palette.Glow(40, 40, 45, 1f, "menuback"));
        menu.Box(new Vector3(0, 1.95f, 0.05f), new Vector3(1.3f, 0.4f, 0.02f));
        for (var line = 0; line < 4; line++)
            k.Paint(Palette.Glow(250, 240, 200, 2f, "menutext")).Box(new Vector3(-0.3f + (line % 2) * 0.6f, 2.15f - (line / 2) * 0.3f, 0.075f), new Vector3(0.45f, 0.04f, 0.003f));
        k.Paint(Paints.Srgb(235, 232, 225, 0.6f, 0, "stallwall")).Box(new Vector3(0, 1.5f, 0), new Vector3(1.6f, 1.5f, 0.03f));
        return k;
    }
}
