using System.Numerics;
using Kinora.Compose.Scenery.Sets;

namespace Kinora.Compose.Scenery.Places.PublicRooms;

/// <summary>
/// A pharmacy: the shop's stocked aisles (<see cref="ShopSet"/>) under a lit green cross hung over the middle aisle
/// and a green dispensary band along the back wall. The cross is what tells a pharmacy from a grocer's at a glance;
/// the establishing shot holds the aisles' ends and the cross over them, not the whole shop from above.
/// </summary>
internal static class Pharmacy
{
    private static readonly Material Cross = Palette.Glow(40, 200, 90, 2.2f, "pharmacycross");
    private static readonly Material Band = Assets.Paints.Srgb(30, 140, 80, 0.5f, 0, "dispensary");

    public static void Dress(SetDresser d, PlaceContext ctx)
    {
        ShopSet.Dress(d, ctx.WallPaint);
        var cx = d.Zone.CentreX;
        var k = d.Layer("signs", cx);
        var at = new Vector3(cx, 2.3f, d.Zone.Back - 2.0f);
        k.Paint(Cross).Box(at, new Vector3(0.09f, 0.27f, 0.04f));
        k.Paint(Cross).Box(at, new Vector3(0.27f, 0.09f, 0.04f));
        foreach (var x in new[] { -0.2f, 0.2f })
            k.Paint(Assets.Paints.Steel).Rod(at + new Vector3(x, 0.1f, 0), at + new Vector3(x, 0.7f, 0), 0.006f, 0.006f, 4);
        if (d.Wall is { } wall)
            k.Paint(Band).Box(new Vector3(cx, 2.35f, wall + 0.02f), new Vector3(RoomShell.HalfLength, 0.2f, 0.02f));
        d.Vista = new Vista(new Vector3(cx - 2.6f, 0.3f, d.Zone.Back - 3.5f), new Vector3(cx + 2.6f, 2.0f, d.Zone.Back - 0.3f));
    }
}
