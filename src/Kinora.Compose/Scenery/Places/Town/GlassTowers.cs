using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Town;

/// <summary>
/// Office towers with glass curtain walls: a plain box painted with the facade pattern (<see cref="Facades"/>: panes,
/// mullions and a spandrel band at every floor come from the renderer, lit offices after dark), a dark double-height
/// lobby, and a setback crown.
/// </summary>
internal static class GlassTowers
{
    /// <summary>A tower whose front face spans x ∈ [x0, x0 + width] at <paramref name="frontZ"/>, going back by
    /// <paramref name="depth"/>; <paramref name="crown"/> adds a setback top and a spire.</summary>
    public static void Add(SetDresser d, float x0, float width, float height, float depth, float frontZ, bool crown = false)
    {
        var k = d.Layer("towers", x0 + width / 2);
        var cx = x0 + width / 2;
        var cz = frontZ - depth / 2;
        var skin = Facades.Curtain(Facades.Tints[d.Pick(Facades.Tints.Length)], d.Dark);
        k.Paint(skin).Box(new Vector3(cx, height / 2, cz), new Vector3(width / 2, height / 2, depth / 2));
        // The lobby: recessed dark glass under a canopy, two storeys.
        k.Paint(d.Dark ? Palette.Glow(255, 235, 200, 0.5f, "lobbylight") : Palette.WindowGlass).Box(new Vector3(cx, 3.5f, frontZ + 0.06f), new Vector3(width / 2 - 0.6f, 3.4f, 0.05f));
        for (var x = x0 + 3; x < x0 + width - 1; x += 3)
            k.Paint(Paints.Black).Box(new Vector3(x, 3.5f, frontZ + 0.1f), new Vector3(0.12f, 3.4f, 0.08f));
        k.Paint(TownPaint.Steel).Box(new Vector3(cx, 7.1f, frontZ + 1.2f), new Vector3(width / 2 - 1, 0.18f, 1.2f));
        if (!crown) return;
        // Setback crown: two stepped boxes and a spire.
        k.Paint(skin).Box(new Vector3(cx, height + 6, cz), new Vector3(width * 0.38f, 6, depth * 0.38f));
        k.Paint(TownPaint.Mullion).Box(new Vector3(cx, height + 12.5f, cz), new Vector3(width * 0.26f, 0.5f, depth * 0.26f));
        k.Paint(TownPaint.Mullion).Rod(new Vector3(cx, height + 12, cz), new Vector3(cx, height + 40, cz), 0.6f, 0.15f, 8);
    }
}
