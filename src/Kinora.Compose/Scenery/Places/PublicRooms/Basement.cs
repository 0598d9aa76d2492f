using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Sets;

namespace Kinora.Compose.Scenery.Places.PublicRooms;

/// <summary>
/// A basement: bare concrete walls under a low ceiling, a galvanised duct and a bundle of pipes running along the
/// wall just under it with drops to a boiler and a water heater, steel storage shelves of cardboard boxes and paint
/// tins, and a bare bulb on a flex, always lit (a basement has no daylight to speak of). Pipes and a tank against
/// bare concrete are what a viewer names as a basement rather than an empty room.
/// </summary>
internal static class Basement
{
    private const float Depth = 1.6f, Ceiling = 2.5f;

    /// <summary>Daylight reaches a basement only through its small high windows: the room's light and the sun through
    /// them a fifth of a room's, so the bare bulb is what lights it.</summary>
    public static WorldEnvironment Air(WorldEnvironment environment) => environment with
    {
        SunColor = environment.SunColor * 0.2f,
        SkyZenith = environment.SkyZenith * 0.3f,
        SkyHorizon = environment.SkyHorizon * 0.35f,
    };

    public static void Dress(SetDresser d, PlaceContext ctx)
    {
        var cx = d.Zone.CentreX;
        var room = RoomShell.Build(d, Depth, RoomPaints.Concrete);
        var wall = room.Wall;
        var k = d.Layer("services", cx);
        // The duct and pipes along the wall, low enough to cross the top of an eye-level frame.
        k.Paint(RoomPaints.Duct).Box(new Vector3(cx, Ceiling - 0.2f, wall + 0.3f), new Vector3(RoomShell.HalfLength, 0.15f, 0.22f));
        foreach (var (y, z, paint) in new[] { (1.95f, 0.1f, RoomPaints.Pipe), (1.82f, 0.1f, RoomPaints.CopperPipe), (2.0f, 0.62f, RoomPaints.Pipe) })
            k.Paint(paint).Rod(new Vector3(cx - RoomShell.HalfLength, y, wall + z), new Vector3(cx + RoomShell.HalfLength, y, wall + z), 0.045f, 0.045f, 8);
        // Joists: a timber every 0.6 m over the strip behind the action (never over it: the lens may stand that high).
        for (var x = cx - 8; x <= cx + 8; x += 0.6f)
            k.Paint(Paints.Wood).Box(new Vector3(x, Ceiling + 0.1f, wall + 0.75f), new Vector3(0.04f, 0.1f, 0.75f));
        k.Paint(RoomPaints.DarkConcrete).Box(new Vector3(cx, Ceiling + 0.25f, wall + 0.75f), new Vector3(RoomShell.HalfLength, 0.05f, 0.75f));

        // Boiler and water heater left of the middle, with their pipe drops.
        var boiler = new Vector3(cx - 1.3f, 0, wall + 0.45f);
        d.Put("plant", Boiler, boiler, 0, 1, 0.05f);
        k.Paint(RoomPaints.CopperPipe).Rod(boiler + new Vector3(-0.2f, 1.45f, -0.2f), boiler + new Vector3(-0.2f, 1.82f, -0.35f), 0.035f, 0.035f, 6);
        var heater = new Vector3(cx - 0.3f, 0, wall + 0.4f);
        d.Put("plant", WaterHeater, heater, 0, 1, 0.05f);
        k.Paint(RoomPaints.Pipe).Rod(heater + new Vector3(0.12f, 1.6f, 0), heater + new Vector3(0.12f, 1.95f, -0.3f), 0.03f, 0.03f, 6);
        // Storage shelves to the right and far left.
        foreach (var x in new[] { cx + 1.0f, cx + 2.1f, cx - 3.2f, cx + 4.5f })
            d.Put("shelves", Shelves, new Vector3(x, 0, wall + 0.3f), 0, 1, 0.05f);
        d.Put("shelves", Boxes, new Vector3(cx + 3.2f, 0, wall + 0.5f), 0.3f, 1, 0.05f);

        // The bare bulb on its flex, in front of the boiler; lit whatever the hour.
        var bulb = new Vector3(cx + 0.2f, 2.05f, wall + 1.2f);
        var lamp = d.Layer("lamps", cx);
        lamp.Paint(Paints.Black).Rod(bulb, new Vector3(bulb.X, Ceiling + 0.05f, bulb.Z), 0.005f, 0.005f, 4);
        lamp.Paint(Palette.LampGlow).Sphere(Matrix4x4.CreateScale(0.045f, 0.06f, 0.045f) * Matrix4x4.CreateTranslation(bulb - new Vector3(0, 0.06f, 0)), 10, 6);
        d.Light(new LightSource(bulb - new Vector3(0, 0.1f, 0), new Vector3(1, 0.8f, 0.55f) * 2.5f, 8));
        // A small hopper window at ground level outside, just under the joists.
        var window = cx + 2.7f;
        k.Paint(d.Dark ? Paints.Srgb(15, 22, 45, 0.1f, 0, "nightpane") : RoomPaints.Daylight).Box(new Vector3(window, 2.15f, wall + 0.005f), new Vector3(0.4f, 0.16f, 0.01f));
        k.Paint(Palette.WindowFrame).Box(new Vector3(window, 1.97f, wall + 0.05f), new Vector3(0.46f, 0.03f, 0.05f));
        k.Paint(Palette.WindowFrame).Box(new Vector3(window, 2.15f, wall + 0.03f), new Vector3(0.02f, 0.16f, 0.03f));
        d.Vista = new Vista(new Vector3(cx - 1.9f, 0.3f, wall), new Vector3(cx + 1.6f, 1.8f, wall + Depth - 0.2f));
    }

    private static Kit Boiler { get; } = MakeBoiler();
    private static Kit WaterHeater { get; } = MakeWaterHeater();
    private static Kit Shelves { get; } = MakeShelves();
    private static Kit Boxes { get; } = MakeBoxes();

    /// <summary>A floor-standing boiler: a cream cabinet with a dial panel and a flue into the wall.</summary>
    private static Kit MakeBoiler()
    {
        var k = new Kit();
        k.Paint(Paints.Srgb(215, 205, 180, 0.5f, 0, "boiler")).Box(new Vector3(0, 0.7f, 0), new Vector3(0.4f, 0.7f, 0.35f));
        k.Paint(Paints.Black).Box(new Vector3(0, 1.15f, 0.355f), new Vector3(0.25f, 0.1f, 0.005f));
        foreach (var x in new[] { -0.12f, 0.12f })
            k.Paint(Paints.Chrome).Cylinder(Matrix4x4.CreateScale(0.045f, 0.01f, 0.045f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(x, 1.15f, 0.362f), 1, 10);
        k.Paint(Palette.Glow(255, 120, 40, 1.2f, "pilot")).Box(new Vector3(0, 0.45f, 0.355f), new Vector3(0.04f, 0.02f, 0.004f));
        k.Paint(RoomPaints.Pipe).Rod(new Vector3(0.15f, 1.4f, -0.1f), new Vector3(0.15f, 1.75f, -0.1f), 0.08f, 0.08f, 10);
        k.Paint(RoomPaints.Pipe).Rod(new Vector3(0.15f, 1.75f, -0.1f), new Vector3(0.15f, 1.75f, -0.46f), 0.08f, 0.08f, 10);
        return k;
    }

    /// <summary>A tall white cylinder tank on short legs with its relief pipe.</summary>
    private static Kit MakeWaterHeater()
    {
        var k = new Kit();
        k.Paint(Paints.Srgb(230, 230, 225, 0.45f, 0, "heater")).Lathe([new(0.28f, 0.06f), new(0.28f, 1.45f), new(0.22f, 1.55f), new(0.06f, 1.58f)], Matrix4x4.Identity, 16);
        k.Paint(Paints.Black).Box(new Vector3(0, 0.35f, 0.27f), new Vector3(0.08f, 0.08f, 0.03f));
        k.Paint(RoomPaints.CopperPipe).Rod(new Vector3(0.22f, 1.2f, 0.15f), new Vector3(0.22f, 0.2f, 0.2f), 0.015f, 0.015f, 6);
        return k;
    }

    /// <summary>Grey steel shelving, four shelves of boxes and tins.</summary>
    private static Kit MakeShelves()
    {
        var k = new Kit();
        var steel = k.Paint(Paints.Srgb(120, 125, 128, 0.5f, 0.6f, "shelfsteel"));
        foreach (var x in new[] { -0.5f, 0.5f })
            foreach (var z in new[] { -0.2f, 0.2f })
                steel.Box(new Vector3(x, 0.9f, z), new Vector3(0.015f, 0.9f, 0.015f));
        var shelf = 0;
        foreach (var y in new[] { 0.1f, 0.55f, 1.0f, 1.45f })
        {
            steel.Box(new Vector3(0, y, 0), new Vector3(0.51f, 0.012f, 0.21f));
            var x = -0.45f;
            for (var i = 0; x < 0.4f; i++, shelf++)
            {
                var w = 0.12f + 0.06f * ((shelf * 5 + i) % 4);
                var h = (shelf + i) % 3 == 0 ? 0.16f : 0.3f;
                var paint = (shelf + i) % 3 == 0 ? Paints.Srgb(190, 190, 185, 0.4f, 0.8f, "tin") : RoomPaints.Cardboard;
                if (x + w > 0.48f) break;
                k.Paint(paint).Box(new Vector3(x + w / 2, y + 0.012f + h / 2, 0), new Vector3(w / 2 - 0.01f, h / 2, 0.17f));
                x += w;
            }
        }
        return k;
    }

    /// <summary>A stack of cardboard boxes on the floor.</summary>
    private static Kit MakeBoxes()
    {
        var k = new Kit();
        var card = k.Paint(RoomPaints.Cardboard);
        card.Box(new Vector3(0, 0.2f, 0), new Vector3(0.3f, 0.2f, 0.25f));
        card.Box(new Vector3(0.05f, 0.55f, 0), new Vector3(0.25f, 0.15f, 0.22f), 0, 0.2f);
        card.Box(new Vector3(0.55f, 0.15f, 0.05f), new Vector3(0.2f, 0.15f, 0.2f), 0, -0.3f);
        k.Paint(Paints.Srgb(200, 180, 140, 0.9f, 0, "tape")).Box(new Vector3(0, 0.401f, 0), new Vector3(0.3f, 0.002f, 0.03f));
        return k;
    }
}
