using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Layout;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Sets;

/// <summary>
/// A bathroom a viewer would post: warm white walls over a wainscot of small white tiles, the bath set in an alcove
/// of deep green glazed tiles up to the shower head, a glass screen at its tap end; an oak vanity with a round mirror
/// between two glowing lights; a chrome ladder rail with towels, a toilet, a tall plant, a frosted window, and a
/// cream and sage chequered floor before it all. Colours are few and warm: green, oak, cream and terracotta towels.
/// </summary>
internal static class BathroomSet
{
    /// <summary>m from the cast's band to the wall: the bath (0.76 m deep) and a strip of the chequered floor.</summary>
    private const float Depth = 1.3f;
    /// <summary>m; the bath alcove's span either side of its middle, and its middle left of the room's.</summary>
    private const float BathX = -1.45f, BathHalf = 0.88f;

    private static readonly Material Wall = Paints.Srgb(215, 205, 190, 0.9f, 0, "bathwall");
    /// <summary>Pale: a dark joint on white tiles read as speckle at thumbnail size.</summary>
    private static readonly Material Grout = Paints.Srgb(212, 210, 204, 0.9f, 0, "bathgrout");
    /// <summary>The green tiles' joints: darker than the white's, or every joint on the green shows as a bright cross.</summary>
    private static readonly Material GreenGrout = Paints.Srgb(95, 110, 100, 0.9f, 0, "zelligegrout");
    private static readonly Material[] White = [Paints.Srgb(242, 242, 238, 0.15f, 0, "bathtile"), Paints.Srgb(232, 233, 229, 0.15f, 0, "bathtile2")];
    /// <summary>Zellige-like glazed green: three shades so the alcove shimmers as hand-made tiles do.</summary>
    private static readonly Material[] Green =
    [
        Paints.Srgb(38, 98, 82, 0.12f, 0, "zellige"), Paints.Srgb(48, 112, 95, 0.12f, 0, "zellige2"), Paints.Srgb(30, 84, 70, 0.12f, 0, "zellige3"),
    ];
    /// <summary>Cream and a soft grey-green: black and white at this size filled half the frame with a loud chessboard.</summary>
    private static readonly Material[] Floor = [Paints.Srgb(236, 231, 220, 0.3f, 0, "floorcream"), Paints.Srgb(150, 162, 152, 0.3f, 0, "floorsage")];
    private static readonly Material Frosted = Palette.Glow(225, 235, 240, 0.9f, "frostedpane");

    public static void Dress(SetDresser d)
    {
        var room = RoomShell.Build(d, Depth, Wall);
        var (cx, w) = (room.CentreX, room.Wall);
        Tiles(d, cx, w);
        var bath = cx + BathX;
        d.Put("fixtures", KitchenBath.Bathtub, new Vector3(bath, 0, w + 0.4f), 0, 1, 0.05f);
        d.Put("fixtures", BathroomProps.ShowerMixer, new Vector3(bath - 0.4f, 0, w), 0, 1, 0.05f);
        // The screen at the tap end stands along the bath's front edge, half its length: glass in a thin chrome edge.
        var screen = d.Layer("fixtures", bath);
        screen.Paint(BathroomProps.ScreenGlass).Box(new Vector3(bath - 0.45f, 1.3f, w + 0.77f), new Vector3(0.4f, 0.72f, 0.005f));
        screen.Paint(Paints.Chrome).Box(new Vector3(bath - 0.05f, 1.3f, w + 0.77f), new Vector3(0.008f, 0.72f, 0.01f));
        screen.Paint(Paints.Chrome).Box(new Vector3(bath - 0.45f, 2.02f, w + 0.77f), new Vector3(0.4f, 0.008f, 0.01f));
        d.Put("fixtures", BathroomProps.TowelRail, new Vector3(cx + 0.05f, 0, w), 0, 1, 0.05f);
        if (!d.Stations.Contains(StationKind.Basin)) // the station's basin and mirror are the room's
        {
            d.Put("fixtures", BathroomProps.Vanity, new Vector3(cx + 1.2f, 0, w), 0, 1, 0.05f);
            d.Put("fixtures", BathroomProps.MirrorWithLights, new Vector3(cx + 1.2f, 0, w), 0, 1, 0.05f);
            d.Put("fixtures", HomeFurniture.Plant, new Vector3(cx + 0.72f, 0.86f, w + 0.2f), 0, 0.35f, 0.05f); // a fern on the vanity's end
            d.Light(new LightSource(new Vector3(cx + 1.2f, 1.6f, w + 0.4f), new Vector3(1, 0.85f, 0.65f) * 0.8f, 4)); // the mirror's lights
        }
        d.Put("fixtures", KitchenBath.Toilet, new Vector3(cx + 2.45f, 0, w + 0.3f), 0, 1, 0.05f);
        d.Put("furniture", HomeFurniture.Plant, new Vector3(cx + 3.2f, 0, w + 0.35f), 0.4f, 1.3f, 0.05f);
        RoomSets.Rug(d, new Vector3(bath, 0, w + 1.1f), 0.9f, 0.5f, BathroomProps.Towels[1]);
        Window(d, cx + 2.5f, w);
        RoomSets.CeilingLights(d, room, 1.0f);
        // Bath in its green alcove, rail, vanity and mirror, toilet: photographed from head height where one stands in
        // the room, the lens filling the frame with them; from the three-quarter view above, half the frame was floor.
        d.Vista = room.Frame(cx - 2.4f, cx + 2.75f, w + 0.9f, 2.1f, 0.2f) with { FromGround = true };
    }

    /// <summary>The green alcove round the bath to 2.1 m, white tiles to 1.2 m along the rest of the run, and the
    /// chequered floor from the wall to the band.</summary>
    private static void Tiles(SetDresser d, float cx, float w)
    {
        var k = d.Layer("tiles", cx);
        var square = new Vector2(0.1f, 0.1f);
        var bath = cx + BathX;
        WallTiles.Panel(k, new Vector3(bath - BathHalf, 0, w), Vector3.UnitX, Vector3.UnitZ, new Vector2(2 * BathHalf, 2.1f), square, GreenGrout, (_, _) => Green[d.Pick(3)]);
        var (x0, x1) = (bath + BathHalf, cx + 3.4f);
        WallTiles.Panel(k, new Vector3(x0, 0, w), Vector3.UnitX, Vector3.UnitZ, new Vector2(x1 - x0, 1.2f), new Vector2(0.15f, 0.15f), Grout, (_, _) => White[d.Pick(2)]);
        WallTiles.Panel(k, new Vector3(bath - BathHalf - 1.5f, 0, w), Vector3.UnitX, Vector3.UnitZ, new Vector2(1.5f, 1.2f), new Vector2(0.15f, 0.15f), Grout, (_, _) => White[d.Pick(2)]);
        // The floor: 0.3 m tiles laid chequerwise from the wall out past the action to where the frame's foot falls.
        // Flat (6 mm), so it may lie under the cast; the plan's ground is tile, so a dropped thing still sounds right.
        var depth = MathF.Max(d.Zone.Front + 2, w + 7) - w;
        WallTiles.Panel(k, new Vector3(cx - 6, 0, w + depth), Vector3.UnitX, Vector3.UnitY, new Vector2(12, depth), new Vector2(0.3f, 0.3f),
            Grout, (col, row) => Floor[(col + row) % 2]);
    }

    /// <summary>A small frosted window high over the toilet.</summary>
    private static void Window(SetDresser d, float x, float w)
    {
        var k = d.Layer("windows", x);
        k.Paint(d.Dark ? Paints.Srgb(20, 26, 45, 0.1f, 0, "nightpane") : Frosted).Box(new Vector3(x, 1.85f, w + 0.005f), new Vector3(0.35f, 0.3f, 0.01f));
        var frame = k.Paint(Palette.WindowFrame);
        frame.Box(new Vector3(x, 1.53f, w + 0.05f), new Vector3(0.42f, 0.025f, 0.06f));
        frame.Box(new Vector3(x, 2.17f, w + 0.03f), new Vector3(0.4f, 0.03f, 0.03f));
        foreach (var s in new[] { -1f, 1f }) frame.Box(new Vector3(x + s * 0.37f, 1.85f, w + 0.03f), new Vector3(0.03f, 0.3f, 0.03f));
    }
}
