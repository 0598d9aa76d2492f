using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;
using Kinora.Plan;

namespace Kinora.Compose.Scenery.Places.Venues;

/// <summary>
/// The inside of an aquarium's tanks: the big tank's glowing blue water (brighter towards the lit surface), a sand
/// bed, rocks, kelp and coral; and a column tank of glowing water with fish and jellyfish on it. The glows are what
/// light a dark viewing hall. Origins at the tank's foot, facing +Z.
/// </summary>
internal static class AquariumProps
{
    private static readonly Material Sand = Paints.Srgb(200, 185, 140, 0.9f, 0, "tanksand");
    private static readonly Material Kelp = Paints.Srgb(60, 120, 55, 0.7f, 0, "kelp");
    private static readonly Material[] Coral =
    [
        Paints.Srgb(230, 95, 110, 0.7f, 0, "coralpink"),
        Paints.Srgb(240, 150, 60, 0.7f, 0, "coralorange"),
        Paints.Srgb(170, 90, 190, 0.7f, 0, "coralpurple"),
    ];
    private static readonly Material Frame = Paints.Srgb(22, 24, 28, 0.5f, 0.4f, "tankframe");
    private static readonly Material Silhouette = Paints.Srgb(15, 30, 45, 0.6f, 0, "fishshadow");
    private static readonly Material Jelly = Palette.Glow(250, 200, 230, 1.4f, "jellyfish");

    /// <summary>Water seen through glass: deep blue at the bottom to bright cyan under the lit surface.</summary>
    public static readonly Material[] Water =
    [
        Palette.Glow(10, 55, 115, 0.9f, "tankdeep"),
        Palette.Glow(20, 105, 170, 1.0f, "tankmid"),
        Palette.Glow(70, 175, 220, 1.2f, "tankshallow"),
    ];

    /// <summary>The big tank's water box behind a window <paramref name="width"/> × <paramref name="height"/> m from
    /// <paramref name="sill"/>, <paramref name="depth"/> m deep (towards −Z): glowing back and sides, sand, rocks, kelp
    /// and coral. The fish are added by the set (they are cast kinds).</summary>
    public static Kit Tank(float width, float height, float sill, float depth, int seed)
    {
        var k = new Kit();
        var r = new SeededRandom(seed, "tank");
        var hw = width / 2;
        // The back: three bands, deep to shallow, so the water brightens upwards as under a lit surface.
        for (var band = 0; band < 3; band++)
        {
            var y0 = sill + band * height / 3;
            k.Paint(Water[band]).Box(new Vector3(0, y0 + height / 6, -depth), new Vector3(hw, height / 6 + 0.01f, 0.02f));
            foreach (var s in new[] { -1f, 1f })
                k.Paint(Water[Math.Max(0, band - 1)]).Box(new Vector3(s * hw, y0 + height / 6, -depth / 2), new Vector3(0.02f, height / 6 + 0.01f, depth / 2));
        }
        k.Paint(Water[2]).Box(new Vector3(0, sill + height + 0.3f, -depth / 2), new Vector3(hw, 0.02f, depth / 2)); // the lit surface
        k.Paint(Sand).Box(new Vector3(0, sill + 0.15f, -depth / 2), new Vector3(hw, 0.15f, depth / 2));
        for (var i = 0; i < 7; i++)
        {
            var at = new Vector3(r.RangeF(-hw + 0.6f, hw - 0.6f), sill + 0.2f, -r.RangeF(0.8f, depth - 0.4f));
            k.Add(Rocks.Grey[i % 3], Kit.At(at, r.RangeF(0, 6), r.RangeF(0.6f, 1.3f)));
        }
        // Kelp: tall fronds rising from the sand, leaning a little.
        for (var i = 0; i < 14; i++)
        {
            var foot = new Vector3(r.RangeF(-hw + 0.3f, hw - 0.3f), sill + 0.25f, -r.RangeF(1.2f, depth - 0.2f));
            var h = r.RangeF(1.2f, height * 0.85f);
            var lean = new Vector3(r.RangeF(-0.3f, 0.3f), 0, 0);
            k.Paint(Kelp).Capsule(foot, foot + new Vector3(0, h * 0.5f, 0) + lean * 0.5f, 0.05f, 0.06f, 5);
            k.Paint(Kelp).Capsule(foot + new Vector3(0, h * 0.5f, 0) + lean * 0.5f, foot + new Vector3(0, h, 0) + lean, 0.06f, 0.03f, 5);
        }
        // Coral heads near the front, where the light catches them.
        for (var i = 0; i < 8; i++)
        {
            var at = new Vector3(r.RangeF(-hw + 0.5f, hw - 0.5f), sill + 0.3f, -r.RangeF(0.4f, 1.6f));
            var m = k.Paint(Coral[i % 3]);
            for (var b = 0; b < 4; b++)
                m.Ellipsoid(at + new Vector3(r.RangeF(-0.2f, 0.2f), r.RangeF(0, 0.25f), r.RangeF(-0.1f, 0.1f)), new Vector3(0.12f, r.RangeF(0.15f, 0.3f), 0.12f), r.RangeF(-0.4f, 0.4f), 0, 6, 4);
        }
        // The frame round the window.
        var f = k.Paint(Frame);
        f.Box(new Vector3(0, sill - 0.05f, 0.05f), new Vector3(hw + 0.15f, 0.1f, 0.08f));
        f.Box(new Vector3(0, sill + height + 0.05f, 0.05f), new Vector3(hw + 0.15f, 0.1f, 0.08f));
        foreach (var s in new[] { -1f, 1f }) f.Box(new Vector3(s * (hw + 0.05f), sill + height / 2, 0.05f), new Vector3(0.1f, height / 2 + 0.15f, 0.08f));
        return k;
    }

    /// <summary>A floor-to-ceiling column tank of radius <paramref name="radius"/>: glowing water in a dark base and cap,
    /// with fish silhouettes and pale glowing jellyfish on its face.</summary>
    public static Kit Column(float radius, float height, int seed)
    {
        var k = new Kit();
        var r = new SeededRandom(seed, "columntank");
        k.Paint(Frame).Cylinder(Matrix4x4.CreateScale(radius + 0.1f, 0.25f, radius + 0.1f) * Matrix4x4.CreateTranslation(0, 0.25f, 0), 1, 20);
        k.Paint(Frame).Cylinder(Matrix4x4.CreateScale(radius + 0.1f, 0.15f, radius + 0.1f) * Matrix4x4.CreateTranslation(0, height - 0.15f, 0), 1, 20);
        k.Paint(Water[1]).Cylinder(Matrix4x4.CreateScale(radius, (height - 0.8f) / 2, radius) * Matrix4x4.CreateTranslation(0, 0.5f + (height - 0.8f) / 2, 0), 1, 24);
        for (var i = 0; i < 5; i++)
        {
            var a = r.RangeF(-1.0f, 1.0f);
            var y = r.RangeF(0.9f, height - 0.6f);
            var p = new Vector3(MathF.Sin(a) * (radius + 0.01f), y, MathF.Cos(a) * (radius + 0.01f));
            if (i < 3)
            {
                // A jellyfish: a glowing bell and trailing tentacles.
                k.Paint(Jelly).Ellipsoid(p, new Vector3(0.12f, 0.08f, 0.02f), 0, a, 8, 4);
                for (var t = -1; t <= 1; t++)
                    k.Paint(Jelly).Rod(p + new Vector3(t * 0.05f, -0.04f, 0), p + new Vector3(t * 0.07f, -0.35f, 0), 0.008f, 0.003f, 3);
            }
            else
            {
                k.Paint(Silhouette).Ellipsoid(p, new Vector3(0.14f, 0.06f, 0.015f), 0, a, 8, 4);
                k.Paint(Silhouette).Ellipsoid(p + new Vector3(-0.15f * MathF.Cos(a), 0, 0.15f * MathF.Sin(a)), new Vector3(0.05f, 0.06f, 0.01f), 0, a, 5, 3);
            }
        }
        return k;
    }
}
