using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Sets;

/// <summary>
/// A supermarket: aisles of stocked gondolas running back from the action to a wall of shelving, each aisle ending
/// in an end cap that faces the camera under a hanging aisle sign, a checkout with its till to one side and a
/// trolley by the aisles. The aisles run along Z (away from the lens) so the camera looks down the one behind the
/// shopper: rows of small packages receding in perspective are what a viewer names as a shop, where the same
/// shelving side-on along the wall read as a stand of seats.
/// </summary>
public static class ShopSet
{
    /// <summary>m from the action's band to the back wall: room for a 1.3 m cross aisle and 3–4 gondola units.</summary>
    private const float Depth = 6.2f;
    /// <summary>m between aisle centres (a 0.9 m gondola and a 1.5 m aisle).</summary>
    private const float AislePitch = 2.4f;

    private static readonly Material Sign = Paints.Srgb(30, 110, 170, 0.5f, 0, "aislesign");
    private static readonly Material SignText = Paints.Srgb(245, 245, 240, 0.6f, 0, "signtext");

    public static void Dress(SetDresser d, Material wall)
    {
        var room = RoomShell.Build(d, Depth, wall);
        var cx = room.CentreX;
        // Wall shelving along the back, past the aisles' ends.
        for (var x = cx - 7.8f; x < cx + 7.8f; x += 1.2f)
            d.Put("shelves", ShopStock.WallUnits[d.Pick(ShopStock.WallUnits.Length)], new Vector3(x + 0.6f, 0, room.Wall + 0.05f), 0, 1, 0.05f);
        // Aisles either side of the camera's line, so it looks down one to the wall.
        var front = d.Zone.Back - 0.45f;   // the end cap's face stays clear of the band
        var start = room.Wall + 1.4f;       // a cross aisle along the wall shelving
        var sign = 0;
        for (var i = -3; i < 3; i++)
        {
            var x = cx + (i + 0.5f) * AislePitch;
            if (MathF.Abs(x - cx - CheckoutX) < 1.3f) continue; // the checkout stands there
            var z = start + 0.6f;
            for (; z + 0.6f <= front - 0.35f; z += 1.2f)
                d.Put("shelves", ShopStock.AisleUnits[d.Pick(ShopStock.AisleUnits.Length)], new Vector3(x, 0, z), MathF.PI / 2, 1, 0.62f);
            var capZ = z - 0.6f + 0.02f;
            if (d.Put("shelves", ShopStock.EndCap, new Vector3(x, 0, capZ), 0, 1, 0.32f))
                AisleSign(d, new Vector3(x, 2.45f, capZ - 0.3f), ++sign);
        }
        d.Put("checkout", WorkFurniture.Checkout, new Vector3(cx + CheckoutX, 0, front - 0.4f), 0, 1, 0.45f);
        d.Put("carts", ShopStock.Cart, new Vector3(cx - 2.3f, 0, front - 0.05f), 0.35f, 1, 0.4f);
        d.Put("carts", ShopStock.Cart, new Vector3(cx + CheckoutX - 1.5f, 0, front - 0.9f), -0.2f, 1, 0.4f);
        RoomSets.CeilingLights(d, room, 3.0f, panel: true);
    }

    /// <summary>x of the checkout from the action's middle: to one side, in view but off the shopper.</summary>
    private const float CheckoutX = 4.8f;

    /// <summary>A blue aisle sign hung over the aisle's mouth, with <paramref name="number"/> white bars for a legend.</summary>
    private static void AisleSign(SetDresser d, Vector3 at, int number)
    {
        var k = d.Layer("signs", at.X);
        k.Paint(Sign).Box(at, new Vector3(0.45f, 0.16f, 0.015f));
        k.Paint(Paints.Steel).Rod(at + new Vector3(-0.3f, 0.16f, 0), at + new Vector3(-0.3f, 0.55f, 0), 0.006f, 0.006f, 4);
        k.Paint(Paints.Steel).Rod(at + new Vector3(0.3f, 0.16f, 0), at + new Vector3(0.3f, 0.55f, 0), 0.006f, 0.006f, 4);
        k.Paint(SignText).Box(at + new Vector3(-0.3f, 0, 0.017f), new Vector3(0.09f, 0.1f, 0.002f));
        for (var line = 0; line < 2; line++)
            k.Paint(SignText).Box(at + new Vector3(0.08f + 0.03f * (number % 3), 0.05f - line * 0.09f, 0.017f), new Vector3(0.24f - 0.05f * ((number + line) % 3), 0.025f, 0.002f));
    }
}
