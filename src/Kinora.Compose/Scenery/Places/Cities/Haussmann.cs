using Kinora.Compose.Assets;
using System.Numerics;

namespace Kinora.Compose.Scenery.Places.Cities;

/// <summary>
/// A Parisian apartment block of Haussmann's rebuilding (1853–70), the frontage every Seine quay has: six storeys of
/// cream limestone (~20 m to the cornice), tall French windows in even bays, continuous wrought-iron balconies on the
/// second and fifth floors, and a steep grey zinc mansard roof with dormers above the cornice. Front on +Z; each
/// block is one merged kit of its own width. At night a seeded share of windows glows.
/// </summary>
public static class Haussmann
{
    private static readonly Material Stone = Paints.Srgb(222, 208, 180, 0.85f, 0, "limestone");
    private static readonly Material Zinc = Paints.Srgb(92, 100, 112, 0.45f, 0.5f, "zincroof");
    private static readonly Material Window = Paints.Srgb(38, 44, 52, 0.15f, 0, "parisglass");
    private static readonly Material Iron = Paints.Srgb(28, 28, 30, 0.5f, 0.4f, "balconyiron");

    public const float Storey = 3.2f, Bay = 3.4f;

    /// <summary>Adds a block whose front spans [x0, x0 + width] at z = <paramref name="front"/> with its base at y = <paramref name="baseY"/>.</summary>
    public static void Add(SetDresser d, float x0, float width, float front, float baseY, int storeys = 6) =>
        d.Layer("paris", x0 + width / 2).Add(Block(d, width, storeys), Matrix4x4.CreateTranslation(x0 + width / 2, baseY, front));

    /// <summary>Adds a block whose front faces <paramref name="yaw"/> (0: +Z; π/2: +X), the middle of its front's foot at
    /// <paramref name="at"/>: the sides of a street that runs away from the camera.</summary>
    public static void Add(SetDresser d, Vector3 at, float yaw, float width, int storeys = 6) =>
        d.Layer("paris", at.X).Add(Block(d, width, storeys), Matrix4x4.CreateRotationY(yaw) * Matrix4x4.CreateTranslation(at));

    /// <summary>m; how deep a block runs behind its front.</summary>
    public const float Depth = 14;

    /// <summary>A block <paramref name="width"/> m wide in its own frame: its front's foot centred on the origin, facing
    /// +Z, the block behind it towards −Z.</summary>
    public static Kit Block(SetDresser d, float width, int storeys = 6)
    {
        var k = new Kit();
        const float cx = 0, front = 0, baseY = 0;
        var x0 = -width / 2;
        var h = storeys * Storey + 1.2f;
        k.Paint(Stone).Box(new Vector3(cx, baseY + h / 2, front - Depth / 2), new Vector3(width / 2, h / 2, Depth / 2));
        k.Paint(Stone).Box(new Vector3(cx, baseY + h + 0.25f, front + 0.2f), new Vector3(width / 2 + 0.15f, 0.25f, 0.4f)); // cornice
        // The mansard: a steep prism over the block (the extrusion is centred on its depth, which the turn lays along
        // the front), its dormers on the street side.
        k.Paint(Zinc).Extrude([new(-Depth / 2, 0), new(Depth / 2, 0), new(Depth / 2 - 2.2f, 4.2f), new(-Depth / 2 + 2.2f, 4.2f)], width,
            Matrix4x4.CreateRotationY(MathF.PI / 2) * Matrix4x4.CreateTranslation(cx, baseY + h + 0.5f, front - Depth / 2));
        var bays = Math.Max(1, (int)(width / Bay));
        var pitch = width / bays;
        var glass = k.Paint(d.Dark ? Palette.Glow(255, 200, 130, 0.8f, "parislit") : Window);
        var dark = k.Paint(Window);
        for (var b = 0; b < bays; b++)
        {
            var x = x0 + pitch * (b + 0.5f);
            for (var s = 1; s < storeys; s++)
            {
                var y = baseY + s * Storey + 1.5f;
                (d.Dark && d.Chance(0.45f) ? glass : dark).Box(new Vector3(x, y, front + 0.02f), new Vector3(0.55f, 1.05f, 0.05f));
            }
            // The ground floor's tall arched openings, and a dormer in the roof over each bay.
            dark.Box(new Vector3(x, baseY + 1.7f, front + 0.02f), new Vector3(0.8f, 1.6f, 0.05f));
            k.Paint(Zinc).Box(new Vector3(x, baseY + h + 2.2f, front - 1.4f), new Vector3(0.55f, 0.9f, 0.6f));
            dark.Box(new Vector3(x, baseY + h + 2.1f, front - 0.78f), new Vector3(0.35f, 0.6f, 0.03f));
        }
        foreach (var s in new[] { 2, 5 })
            if (s < storeys)
            {
                var y = baseY + s * Storey + 0.35f;
                k.Paint(Stone).Box(new Vector3(cx, y - 0.1f, front + 0.45f), new Vector3(width / 2, 0.1f, 0.45f));
                k.Paint(Iron).Box(new Vector3(cx, y + 0.5f, front + 0.88f), new Vector3(width / 2, 0.45f, 0.03f));
            }
        return k;
    }
}
