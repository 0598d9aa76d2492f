using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Venues;

/// <summary>
/// A museum's great hall (natural history or science): a tall stone hall lit by high arched windows, a mounted
/// dinosaur skeleton in the middle of the floor with its sign, display cases on plinths either side, a model of the
/// planets hung high, and banners on the wall. The skeleton is what a viewer names it by, so it stands square to the
/// camera behind the action, its head raised into the upper half of the frame.
/// </summary>
internal static class MuseumSet
{
    /// <summary>m from the band to the back wall: cases against the wall, the skeleton on its plinth in front.</summary>
    private const float Depth = 6.5f;
    private const float Height = 8f;

    private static readonly Material Stone = Paints.Srgb(218, 208, 190, 0.85f, 0, "hallstone") with { Pattern = "stone" };
    private static readonly Material FloorStone = Paints.Srgb(200, 192, 178, 0.25f, 0, "hallfloor") with { Pattern = "tiles" };

    public static void Dress(SetDresser d, PlaceContext ctx)
    {
        var room = VenueHall.Build(d, Depth, Height, Stone);
        var cx = room.CentreX;
        VenueHall.Floor(d, room, FloorStone, 24);
        HighWindows(d, room);
        var walls = d.Layer("walls", cx).Paint(Paints.Shade(Stone, 0.8f));
        walls.Box(new Vector3(cx, 4.2f, room.Wall + 0.05f), new Vector3(30, 0.12f, 0.06f)); // string course
        var skeleton = new Vector3(cx - 0.3f, 0, room.Wall + 3.4f);
        if (d.Put("skeleton", DinosaurSkeleton.Make(), skeleton, 0, 1, 1.1f))
        {
            d.Put("signs", MuseumProps.Sign, skeleton + new Vector3(3.4f, 0, 1.2f), -0.3f, 1, 0.2f);
            foreach (var s in new[] { -1f, 1f })
                d.Light(new LightSource(skeleton + new Vector3(s * 3, 6.5f, 2.5f), new Vector3(1f, 0.95f, 0.85f) * 5, 12)
                    { Direction = Vector3.Normalize(new Vector3(-s * 3, -4.5f, -2.5f)), ConeDegrees = 40 });
        }
        var i = 0;
        foreach (var dx in new[] { -6.6f, -4.8f, 4.6f, 6.4f })
            d.Put("cases", MuseumProps.Case(i++), new Vector3(cx + dx, 0, room.Wall + 1.2f), 0, 1, 0.45f);
        d.Put("planets", MuseumProps.Planets(1.8f), new Vector3(cx - 6.5f, Height - 2.4f, room.Wall + 2.0f), 0, 1, 0.8f);
        foreach (var (dx, r, g, b) in new[] { (-3.2f, (byte)150, (byte)35, (byte)40), (3.2f, (byte)30, (byte)70, (byte)130) })
            d.Lay("banners", MuseumProps.Banner(3.2f, r, g, b), Kit.At(new Vector3(cx + dx, 3.9f, room.Wall)));
        d.Put("benches", LeisureFurniture.GalleryBench, new Vector3(cx + 5.5f, 0, room.Wall + 3.6f), 0.3f, 1, 0.3f);
        d.Vista = VenueHall.Frame(room, 4.6f, 5.0f, 4.2f);
    }

    /// <summary>Round-headed windows high in the wall, above the string course.</summary>
    private static void HighWindows(SetDresser d, Sets.RoomShell room)
    {
        var glass = d.Dark ? Paints.Srgb(15, 22, 45, 0.1f, 0, "nightpane") : Palette.Glow(215, 230, 248, 1.1f, "daypane");
        var k = d.Layer("windows", room.CentreX);
        for (var x = room.CentreX - 15f; x <= room.CentreX + 15.01f; x += 3.75f)
        {
            k.Paint(glass).Box(new Vector3(x, 5.6f, room.Wall + 0.01f), new Vector3(0.7f, 1.0f, 0.01f));
            k.Paint(glass).Cylinder(Matrix4x4.CreateScale(0.7f, 0.01f, 0.7f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(x, 6.6f, room.Wall + 0.01f), 1, 16);
            k.Paint(Palette.WindowFrame).Box(new Vector3(x, 5.8f, room.Wall + 0.03f), new Vector3(0.03f, 1.2f, 0.02f));
            k.Paint(Palette.WindowFrame).Box(new Vector3(x, 5.6f, room.Wall + 0.03f), new Vector3(0.7f, 0.03f, 0.02f));
        }
    }
}
