using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Props;

/// <summary>
/// Street buildings: a block with its front on +Z (towards the street and the camera), floors 3.2 m high with a
/// grid of windows (1.3 × 1.6 m every 2.8 m), a parapet and, on the ground floor, a shop front under an awning.
/// At night a seeded share of windows glows warm (someone is home) and, on a cyberpunk or neon street, vertical
/// neon signs hang off the facades. Each building is its own mesh (its window grid fits its own size), merged
/// into the "buildings" layer.
/// </summary>
public static class Buildings
{
    public const float FloorHeight = 3.2f, WindowPitch = 2.8f;

    private static readonly Material[] Walls =
    [
        Paints.Srgb(150, 75, 55, 0.9f, 0, "brick"), Paints.Srgb(205, 190, 160, 0.85f, 0, "sandstone"),
        Paints.Srgb(160, 160, 158, 0.85f, 0, "concretewall"), Paints.Srgb(110, 120, 130, 0.6f, 0.2f, "towerpanel"),
        Paints.Srgb(190, 170, 140, 0.85f, 0, "stucco"), Paints.Srgb(120, 90, 75, 0.9f, 0, "darkbrick"),
    ];

    private static readonly Material[] Awnings =
    [
        Paints.Srgb(160, 30, 35, 0.8f, 0, "awningred"), Paints.Srgb(30, 90, 60, 0.8f, 0, "awninggreen"),
        Paints.Srgb(40, 60, 120, 0.8f, 0, "awningblue"),
    ];

    private static readonly Material[] Neon =
    [
        Palette.Glow(255, 40, 200, 2.5f, "neonpink"), Palette.Glow(40, 230, 255, 2.5f, "neoncyan"),
        Palette.Glow(255, 120, 30, 2.5f, "neonorange"), Palette.Glow(150, 60, 255, 2.5f, "neonviolet"),
    ];

    /// <summary>
    /// One building whose front face spans x ∈ [x0, x0 + width] at z = <paramref name="frontZ"/>, going back by
    /// <paramref name="depth"/>; <paramref name="neon"/> is the chance of a neon sign on it at night.
    /// </summary>
    public static void Add(SetDresser d, float x0, float width, float height, float depth, float frontZ, float neon = 0, bool shopFront = true)
    {
        var k = d.Layer("buildings", x0 + width / 2);
        var wall = Walls[d.Pick(Walls.Length)];
        var cx = x0 + width / 2;
        k.Paint(wall).Box(new Vector3(cx, height / 2, frontZ - depth / 2), new Vector3(width / 2, height / 2, depth / 2));
        // Parapet and a cornice line: the roof edge reads against the sky.
        k.Paint(Palette.Kerb).Box(new Vector3(cx, height + 0.3f, frontZ - 0.15f), new Vector3(width / 2 + 0.1f, 0.3f, 0.25f));

        var floors = Math.Max(1, (int)(height / FloorHeight));
        var columns = Math.Max(1, (int)((width - 1.2f) / WindowPitch));
        var span = columns * WindowPitch;
        var firstX = cx - span / 2 + WindowPitch / 2;
        var litShare = d.Range(0.25f, 0.6f);
        var startFloor = shopFront ? 1 : 0;
        for (var f = startFloor; f < floors; f++)
        {
            var y = f * FloorHeight + 1.7f;
            if (y + 0.8f > height - 0.3f) break;
            for (var c = 0; c < columns; c++)
            {
                var x = firstX + c * WindowPitch;
                var lit = d.Dark && d.Chance(litShare);
                k.Paint(lit ? Palette.LitWindow : Palette.WindowGlass).Box(new Vector3(x, y, frontZ + 0.03f), new Vector3(0.65f, 0.8f, 0.05f));
                k.Paint(Palette.WindowFrame).Box(new Vector3(x, y - 0.88f, frontZ + 0.08f), new Vector3(0.75f, 0.06f, 0.1f)); // sill
            }
        }
        if (shopFront && width > 4)
        {
            // Ground floor: a wide shop window (lit after dark), a door, an awning over both.
            var glass = d.Dark ? Palette.Glow(255, 215, 160, 0.35f, "shoplight") : Palette.WindowGlass;
            k.Paint(glass).Box(new Vector3(cx - 0.8f, 1.45f, frontZ + 0.03f), new Vector3(width / 2 - 2.2f, 1.0f, 0.05f));
            k.Paint(Paints.DarkWood).Box(new Vector3(x0 + width - 1.4f, 1.1f, frontZ + 0.03f), new Vector3(0.55f, 1.1f, 0.06f));
            var awning = Awnings[d.Pick(Awnings.Length)];
            k.Paint(awning).Box(new Vector3(cx, 2.75f, frontZ + 0.7f), new Vector3(width / 2 - 0.4f, 0.06f, 0.75f), rotZ: 0, rotY: 0);
        }
        if (d.Dark && d.Chance(neon))
        {
            // A vertical blade sign off the facade, glowing, with a dark backing board.
            var sx = x0 + d.Range(0.15f, 0.85f) * width;
            var sy = MathF.Min(height - 2.5f, d.Range(4.5f, 9f));
            var tube = Neon[d.Pick(Neon.Length)];
            k.Paint(Paints.Black).Box(new Vector3(sx, sy, frontZ + 0.6f), new Vector3(0.08f, 2.0f, 0.5f));
            k.Paint(tube).Box(new Vector3(sx + 0.1f, sy, frontZ + 0.6f), new Vector3(0.03f, 1.8f, 0.4f));
            k.Paint(tube).Box(new Vector3(sx - 0.1f, sy, frontZ + 0.6f), new Vector3(0.03f, 1.8f, 0.4f));
            // A horizontal strip along the shop front too: the light pools on the pavement.
            k.Paint(Neon[d.Pick(Neon.Length)]).Box(new Vector3(cx, 3.05f, frontZ + 0.05f), new Vector3(width / 2 - 0.6f, 0.04f, 0.04f));
        }
    }
}
