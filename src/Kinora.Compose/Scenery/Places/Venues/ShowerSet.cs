using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;
using Kinora.Compose.Scenery.Sets;

namespace Kinora.Compose.Scenery.Places.Venues;

/// <summary>
/// A shower: a cubicle tiled floor to ceiling in small white tiles, a frameless glass screen on one side, a chrome
/// rain head on an arm with its mixer, water falling from it in streaks of drops onto a white tray with a drain, a
/// towel on a rail and a bath mat outside. The falling water and the glass name it at a glance.
/// </summary>
internal static class ShowerSet
{
    private const float Depth = 1.3f;

    private static readonly Material Tiles = Paints.Srgb(105, 118, 126, 0.2f, 0, "showertiles") with { Pattern = "tiles" };
    private static readonly Material Accent = Paints.Srgb(200, 195, 185, 0.25f, 0, "showeraccent") with { Pattern = "tiles" };
    private static readonly Material Screen = Paints.Srgb(210, 228, 235, 0.02f, 0, "showerscreen") with { Pattern = "glass" };
    /// <summary>Falling water: bright, a little glow of the light it catches, so the streaks read against the tiles.</summary>
    private static readonly Material Water = Palette.Glow(210, 232, 250, 1.4f, "showerwater") with { Roughness = 0.05f };
    private static readonly Material Tray = Paints.Srgb(245, 245, 243, 0.15f, 0, "showertray");
    private static readonly Material Towel = Paints.Srgb(70, 130, 160, 0.95f, 0, "showertowel") with { Pattern = "fabric" };

    public static void Dress(SetDresser d, PlaceContext ctx)
    {
        var room = RoomShell.Build(d, Depth, Tiles);
        var cx = room.CentreX;
        var w = room.Wall;
        var k = d.Layer("cubicle", cx);
        // The cubicle: a tiled recess 1.1 m wide, its side walls tiled, an accent band at shoulder height.
        k.Paint(Accent).Box(new Vector3(cx, 1.45f, w + 0.012f), new Vector3(0.55f, 0.1f, 0.004f));
        k.Paint(Tiles).Box(new Vector3(cx - 0.6f, 1.25f, w + 0.5f), new Vector3(0.05f, 1.25f, 0.5f));
        k.Paint(Tray).Box(new Vector3(cx, 0.03f, w + 0.5f), new Vector3(0.55f, 0.03f, 0.5f));
        k.Paint(Paints.Chrome).Cylinder(Matrix4x4.CreateScale(0.05f, 0.002f, 0.05f) * Matrix4x4.CreateTranslation(cx, 0.062f, w + 0.5f), 1, 12);
        k.Paint(Screen).Box(new Vector3(cx + 0.56f, 1.05f, w + 0.45f), new Vector3(0.005f, 1.0f, 0.45f));
        k.Paint(Paints.Chrome).Rod(new Vector3(cx + 0.56f, 2.05f, w), new Vector3(cx + 0.56f, 2.05f, w + 0.9f), 0.01f, 0.01f, 5);
        // Rain head on its arm, the mixer below.
        var head = new Vector3(cx, 2.15f, w + 0.45f);
        k.Paint(Paints.Chrome).Rod(new Vector3(cx, 2.2f, w), new Vector3(cx, 2.2f, w + 0.45f), 0.012f, 0.012f, 6);
        k.Paint(Paints.Chrome).Cylinder(Matrix4x4.CreateScale(0.13f, 0.015f, 0.13f) * Matrix4x4.CreateTranslation(head), 1, 16);
        k.Paint(Paints.Chrome).Box(new Vector3(cx, 1.1f, w + 0.03f), new Vector3(0.08f, 0.08f, 0.03f));
        k.Paint(Paints.Chrome).Rod(new Vector3(cx, 1.1f, w + 0.06f), new Vector3(cx + 0.08f, 1.1f, w + 0.12f), 0.012f, 0.012f, 5);
        // The water: streaks of drops falling from the head, spreading a little, on to the tray.
        var drops = d.Layer("water", cx).Paint(Water);
        var r = new Kinora.Plan.SeededRandom(ctx.Plan.Seed, "showerdrops");
        for (var i = 0; i < 60; i++)
        {
            var a = r.RangeF(0, MathF.Tau);
            var rr = MathF.Sqrt(r.RangeF(0, 1)) * 0.12f;
            var spread = 1.6f + r.RangeF(0, 0.5f);
            var top = head + new Vector3(MathF.Cos(a) * rr, -0.03f, MathF.Sin(a) * rr);
            for (var y = top.Y - r.RangeF(0, 0.25f); y > 0.1f; y -= r.RangeF(0.22f, 0.4f))
            {
                var fall = (top.Y - y) / top.Y;
                var p = top + new Vector3(MathF.Cos(a) * rr * spread * fall, y - top.Y, MathF.Sin(a) * rr * spread * fall);
                drops.Rod(p, p - new Vector3(0, 0.14f, 0), 0.006f, 0.004f, 3);
            }
        }
        d.Layer("fixtures", cx).Paint(Paints.Chrome).Rod(new Vector3(cx + 0.9f, 1.3f, w + 0.06f), new Vector3(cx + 1.5f, 1.3f, w + 0.06f), 0.012f, 0.012f, 5);
        d.Layer("fixtures", cx).Paint(Towel).Box(new Vector3(cx + 1.2f, 1.05f, w + 0.08f), new Vector3(0.28f, 0.28f, 0.025f));
        RoomSets.Rug(d, new Vector3(cx + 0.2f, 0, w + 1.2f), 0.8f, 0.5f, Towel);
        d.Layer("fixtures", cx).Paint(Paints.Srgb(245, 245, 243, 0.1f, 0, "shelfporcelain")).Box(new Vector3(cx - 0.4f, 1.25f, w + 0.07f), new Vector3(0.12f, 0.01f, 0.07f));
        d.Layer("fixtures", cx).Paint(Paints.Srgb(230, 120, 60, 0.3f, 0, "gelbottle")).Rod(new Vector3(cx - 0.45f, 1.26f, w + 0.07f), new Vector3(cx - 0.45f, 1.42f, w + 0.07f), 0.025f, 0.02f, 6);
        d.Light(new LightSource(new Vector3(cx, 2.5f, w + 0.9f), new Vector3(1f, 0.97f, 0.92f) * 1.2f, 5));
        d.Vista = new Vista(new Vector3(cx - 0.9f, 0, w), new Vector3(cx + 1.0f, 2.3f, w + 1.0f));
    }
}
