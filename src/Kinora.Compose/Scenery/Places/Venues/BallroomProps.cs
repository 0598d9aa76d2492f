using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Assets.Meshes;

namespace Kinora.Compose.Scenery.Places.Venues;

/// <summary>
/// What makes a hall a ballroom rather than a large room: crystal chandeliers with two tiers of lit candles, tall
/// round-headed windows hung with heavy drapes, white columns with gilt capitals, and tall gilt-framed mirrors. Each
/// faces +Z with its foot (or, for the chandelier, its hanging point) at the origin.
/// </summary>
internal static class BallroomProps
{
    public static readonly Material Gilt = Paints.Srgb(200, 160, 75, 0.3f, 1, "gilt");
    private static readonly Material Candle = Paints.Srgb(245, 240, 228, 0.5f, 0, "candle");
    /// <summary>Cut glass lit by the candles round it: a faint glow of its own stands in for the sparkle.</summary>
    private static readonly Material Crystal = Palette.Glow(235, 240, 255, 0.9f, "crystal");
    private static readonly Material Flame = Palette.Glow(255, 215, 150, 6f, "chandelierbulb");
    private static readonly Material Marble = Paints.Srgb(238, 234, 226, 0.25f, 0, "columnmarble");
    private static readonly Material Velvet = Paints.Srgb(120, 20, 30, 0.9f, 0, "drape") with { Pattern = "fabric" };
    /// <summary>A mirror shows the bright hall it faces: a faint glow of its own stands in for the reflection the
    /// renderer's sky cannot give indoors (a bare metal mirror read as a dark door).</summary>
    private static readonly Material Mirror = Palette.Glow(225, 215, 190, 0.45f, "mirror") with { Roughness = 0.05f, Metallic = 0.6f };

    /// <summary>m below the hanging point of the lower tier's candles: where the chandelier's light comes from.</summary>
    public static readonly Vector3 ChandelierHeart = new(0, -0.9f, 0);

    /// <summary>A chandelier hanging <paramref name="drop"/> m of chain below the ceiling: a gilt stem with a bulb,
    /// two rings of candle arms (8 below, 6 above), a crown, and crystal drops round the lower ring.</summary>
    public static Kit Chandelier(float drop)
    {
        var k = new Kit();
        var gilt = k.Paint(Gilt);
        gilt.Rod(Vector3.Zero, new Vector3(0, drop, 0), 0.015f, 0.015f, 4);
        gilt.Rod(new Vector3(0, -1.25f, 0), Vector3.Zero, 0.035f, 0.035f, 8);
        gilt.Ellipsoid(new Vector3(0, -0.75f, 0), new Vector3(0.16f, 0.2f, 0.16f), 0, 0, 10, 6);
        gilt.Ellipsoid(new Vector3(0, -1.25f, 0), new Vector3(0.07f, 0.1f, 0.07f), 0, 0, 8, 5);
        gilt.Torus(0.22f, 0.02f, Matrix4x4.CreateTranslation(0, -0.05f, 0), 16, 5); // crown
        Tier(k, -0.95f, 0.72f, 8);
        Tier(k, -0.45f, 0.45f, 6);
        // A soft glowing heart: the candles' light gathered in the crystals, what blooms from afar.
        k.Paint(Palette.Glow(255, 225, 170, 1.6f, "chandelierheart")).Ellipsoid(new Vector3(0, -0.7f, 0), new Vector3(0.3f, 0.28f, 0.3f), 0, 0, 10, 6);
        for (var i = 0; i < 16; i++)
        {
            var a = i * MathF.Tau / 16 + 0.2f;
            var p = new Vector3(MathF.Cos(a) * 0.66f, -1.1f, MathF.Sin(a) * 0.66f);
            k.Paint(Crystal).Ellipsoid(p, new Vector3(0.025f, 0.07f, 0.025f), 0, 0, 5, 3);
            k.Paint(Crystal).Rod(p + new Vector3(0, 0.06f, 0), p + new Vector3(0, 0.16f, 0), 0.004f, 0.004f, 3);
        }
        return k;
    }

    /// <summary>A ring of <paramref name="count"/> arms at height <paramref name="y"/>, radius <paramref name="r"/>, each
    /// with a candle and its lit bulb.</summary>
    private static void Tier(Kit k, float y, float r, int count)
    {
        var gilt = k.Paint(Gilt);
        gilt.Torus(r, 0.022f, Matrix4x4.CreateTranslation(0, y, 0), 24, 5);
        for (var i = 0; i < count; i++)
        {
            var a = i * MathF.Tau / count;
            var dir = new Vector3(MathF.Cos(a), 0, MathF.Sin(a));
            gilt.Rod(new Vector3(0, y - 0.05f, 0), dir * r + new Vector3(0, y, 0), 0.015f, 0.015f, 4);
            var foot = dir * r + new Vector3(0, y + 0.02f, 0);
            gilt.Cylinder(Matrix4x4.CreateScale(0.045f, 0.02f, 0.045f) * Matrix4x4.CreateTranslation(foot), 1, 8);
            k.Paint(Candle).Rod(foot, foot + new Vector3(0, 0.12f, 0), 0.018f, 0.018f, 6);
            k.Paint(Flame).Ellipsoid(foot + new Vector3(0, 0.16f, 0), new Vector3(0.03f, 0.045f, 0.03f), 0, 0, 6, 4);
        }
    }

    /// <summary>A tall round-headed window <paramref name="width"/> × <paramref name="height"/> m from a sill at
    /// <paramref name="sill"/>, glazing bars in a grid, heavy velvet drapes in folds either side under a gilt pelmet.</summary>
    public static Kit TallWindow(float width, float height, float sill, bool dark)
    {
        var k = new Kit();
        var glass = dark ? Paints.Srgb(15, 22, 45, 0.1f, 0, "nightpane") : Palette.Glow(210, 228, 250, 1.1f, "daypane");
        var hw = width / 2;
        var rect = height - hw; // the straight part, under the round head
        k.Paint(glass).Box(new Vector3(0, sill + rect / 2, 0.005f), new Vector3(hw, rect / 2, 0.01f));
        k.Paint(glass).Cylinder(Matrix4x4.CreateScale(hw, 0.01f, hw) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(0, sill + rect, 0.005f), 1, 20);
        var bars = k.Paint(Palette.WindowFrame);
        for (var x = -hw; x <= hw + 1e-3f; x += width / 3)
            bars.Box(new Vector3(x, sill + rect / 2, 0.03f), new Vector3(0.025f, rect / 2, 0.025f));
        for (var y = sill; y <= sill + rect + 1e-3f; y += rect / 5)
            bars.Box(new Vector3(0, y, 0.03f), new Vector3(hw, 0.025f, 0.025f));
        bars.Torus(hw, 0.03f, Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(0, sill + rect, 0.03f), 20, 4);
        // Drapes: each a row of fat vertical folds from the pelmet to the floor, so they catch light and shade.
        var top = sill + height + 0.25f;
        foreach (var s in new[] { -1f, 1f })
            for (var f = 0; f < 5; f++)
            {
                var x = s * (hw + 0.05f + f * 0.11f);
                k.Paint(Velvet).Rod(new Vector3(x, 0.02f, 0.12f + 0.02f * (f % 2)), new Vector3(x, top, 0.12f), 0.075f, 0.065f, 7);
            }
        k.Paint(Gilt).Box(new Vector3(0, top + 0.12f, 0.16f), new Vector3(hw + 0.7f, 0.14f, 0.06f));
        k.Paint(Velvet).Box(new Vector3(0, top - 0.1f, 0.14f), new Vector3(hw + 0.65f, 0.16f, 0.04f));
        return k;
    }

    /// <summary>A free-standing column <paramref name="height"/> m tall: square base, fluted-looking shaft, gilt capital.</summary>
    public static Kit Column(float height)
    {
        var k = new Kit();
        var stone = k.Paint(Marble);
        stone.Box(new Vector3(0, 0.2f, 0), new Vector3(0.36f, 0.2f, 0.36f));
        stone.Cylinder(Matrix4x4.CreateScale(0.3f, 0.08f, 0.3f) * Matrix4x4.CreateTranslation(0, 0.48f, 0), 1, 16);
        stone.Cylinder(Matrix4x4.CreateScale(0.25f, (height - 1.0f) / 2, 0.25f) * Matrix4x4.CreateTranslation(0, 0.5f + (height - 1.0f) / 2, 0), 0.92f, 16);
        var gilt = k.Paint(Gilt);
        gilt.Cylinder(Matrix4x4.CreateScale(0.28f, 0.12f, 0.28f) * Matrix4x4.CreateTranslation(0, height - 0.38f, 0), 1.3f, 16);
        gilt.Box(new Vector3(0, height - 0.14f, 0), new Vector3(0.4f, 0.14f, 0.4f));
        return k;
    }

    /// <summary>A tall pier mirror <paramref name="w"/> × <paramref name="h"/> m, its foot at <paramref name="foot"/> m, in
    /// a gilt frame with a crest.</summary>
    public static Kit PierMirror(float w, float h, float foot)
    {
        var k = new Kit();
        var y = foot + h / 2;
        k.Paint(Mirror).Box(new Vector3(0, y, 0.02f), new Vector3(w / 2, h / 2, 0.01f));
        var gilt = k.Paint(Gilt);
        gilt.Box(new Vector3(0, foot + h + 0.06f, 0.04f), new Vector3(w / 2 + 0.12f, 0.08f, 0.04f));
        gilt.Box(new Vector3(0, foot - 0.06f, 0.04f), new Vector3(w / 2 + 0.12f, 0.08f, 0.04f));
        foreach (var s in new[] { -1f, 1f })
            gilt.Box(new Vector3(s * (w / 2 + 0.06f), y, 0.04f), new Vector3(0.07f, h / 2 + 0.1f, 0.04f));
        gilt.Ellipsoid(new Vector3(0, foot + h + 0.25f, 0.04f), new Vector3(w * 0.3f, 0.18f, 0.04f), 0, 0, 12, 5);
        return k;
    }
}
