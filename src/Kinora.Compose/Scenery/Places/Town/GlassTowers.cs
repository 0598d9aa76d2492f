using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Town;

/// <summary>
/// Office towers with glass curtain walls: a reflective blue-grey skin, slim aluminium mullions every 1.5 m and a
/// spandrel band at every floor on the faces the camera sees (front and the +X side; the camera stands to the
/// action's right), a dark double-height lobby, and a setback crown. After dark a seeded share of floors glows.
/// </summary>
internal static class GlassTowers
{
    private const float Floor = 3.8f, Pitch = 1.5f;

    /// <summary>A tower whose front face spans x ∈ [x0, x0 + width] at <paramref name="frontZ"/>, going back by
    /// <paramref name="depth"/>; <paramref name="crown"/> adds a setback top and a spire.</summary>
    public static void Add(SetDresser d, float x0, float width, float height, float depth, float frontZ, bool crown = false)
    {
        var k = d.Layer("towers", x0 + width / 2);
        var cx = x0 + width / 2;
        var cz = frontZ - depth / 2;
        var skin = d.Chance(0.5f) ? TownPaint.Curtain : TownPaint.CurtainDark;
        k.Paint(skin).Box(new Vector3(cx, height / 2, cz), new Vector3(width / 2, height / 2, depth / 2));
        var frame = k.Paint(TownPaint.Mullion);
        // Mullions: on the front and on the +X side.
        for (var x = x0 + Pitch; x < x0 + width - 0.5f; x += Pitch)
            frame.Box(new Vector3(x, height / 2 + 3, frontZ + 0.04f), new Vector3(0.05f, height / 2 - 3, 0.06f));
        for (var z = frontZ - Pitch; z > frontZ - depth + 0.5f; z -= Pitch)
            frame.Box(new Vector3(x0 + width + 0.04f, height / 2 + 3, z), new Vector3(0.06f, height / 2 - 3, 0.05f));
        // Spandrels: a band at each floor wrapping the two faces.
        var lit = d.Dark ? d.Range(0.2f, 0.5f) : 0;
        for (var y = 7.6f; y < height - 1; y += Floor)
        {
            frame.Box(new Vector3(cx, y, frontZ + 0.03f), new Vector3(width / 2, 0.22f, 0.05f));
            frame.Box(new Vector3(x0 + width + 0.03f, y, cz), new Vector3(0.05f, 0.22f, depth / 2));
            if (d.Dark && d.Chance(lit))
                k.Paint(Palette.LitWindow).Box(new Vector3(cx, y + Floor / 2, frontZ + 0.02f), new Vector3(width / 2 - 0.3f, Floor / 2 - 0.35f, 0.02f));
        }
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
