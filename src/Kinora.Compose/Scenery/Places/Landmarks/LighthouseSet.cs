using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Landmarks;

/// <summary>
/// A lighthouse on a rocky point: a tapering tower in red and white bands with a black gallery, a glazed lantern
/// under a red dome, a keeper's cottage at its foot, boulders round it running out into the sea; a rocky beach
/// along the action. After dark the lantern glows and throws a beam out to sea.
/// </summary>
internal static class LighthouseSet
{
    private static readonly Material Red = Paints.Srgb(190, 35, 35, 0.6f, 0, "lighthousered");
    private static readonly Material White = Paints.Srgb(240, 240, 235, 0.6f, 0, "lighthousewhite");
    private static readonly Material Iron = Paints.Srgb(30, 32, 34, 0.5f, 0.5f, "galleryiron");
    private static readonly Material Beam = Palette.Glow(255, 245, 210, 1.2f, "lighthousebeam");

    /// <summary>m: the tower's height to the gallery floor.</summary>
    public const float TowerHeight = 22;

    public static void Dress(SetDresser d, PlaceContext ctx)
    {
        var cx = d.Zone.CentreX + 5;
        var shore = d.Zone.Back - 7;
        var at = new Vector3(cx, 0, d.Zone.Back - Masonry.Setback(ctx, 16, TowerHeight + 6));
        var water = d.Layer("sea");
        Landforms.Slab(water, Palette.Sea, d.Left - 400, d.Right + 400, shore - 600, shore, 0.03f, 0.05f);
        Landforms.Slab(water, Paints.Srgb(150, 185, 190, 0.3f, 0, "surf"), d.Left - 400, d.Right + 400, shore - 1.5f, shore + 0.4f, 0.04f, 0.05f);
        // The point: a low rock mound out into the sea under the tower, boulders heaped round it.
        d.Layer("point", at.X).Paint(Palette.Rock).Ellipsoid(at, new Vector3(14, 1.6f, 9), 0, 0, 16, 6);
        for (var i = 0; i < 22; i++)
        {
            var a = d.Range(0, MathF.Tau);
            var r = d.Range(6, 13);
            var p = at + new Vector3(r * MathF.Cos(a), 0, r * 0.7f * MathF.Sin(a));
            if (p.Z < d.Zone.Back - 2) d.Put("boulders", Rocks.Grey[d.Pick(3)], p, d.Range(0, MathF.Tau), d.Range(1.5f, 3.2f), Rocks.Radius);
        }
        d.Put("lighthouse", Tower(d.Dark), at + new Vector3(0, 1.3f, 0), 0, 1, 3);
        d.Put("cottage", Cottage, at + new Vector3(-6, 1.0f, 1), 0, 1, 3);
        d.Scatter("rocks", Rocks.Grey, 26, d.Left, d.Right, shore + 0.5f, d.Zone.Back - 0.5f, 0.4f, 1.3f, Rocks.Radius);
        d.Scatter("beach grass", [Plants.DryTuft], 50, d.Left, d.Right, shore + 1.5f, d.Zone.Back - 0.2f, 1f, 1.8f, 0.1f);
        var lamp = at + new Vector3(0, 1.3f + TowerHeight + 2, 0);
        if (d.Dark)
        {
            d.Light(new LightSource(lamp, new Vector3(1, 0.95f, 0.8f) * 40, 60) { Direction = Vector3.Normalize(new Vector3(-1, -0.12f, 0.35f)), ConeDegrees = 8 });
            // The beam: a long faint cone of lit haze from the lantern, out over the water to the left.
            d.Lay("beam", BeamCone, Matrix4x4.CreateScale(1, 60, 1) * Matrix4x4.CreateRotationZ(MathF.PI / 2 + 0.08f) * Matrix4x4.CreateRotationY(-0.35f) * Matrix4x4.CreateTranslation(lamp));
        }
        d.Vista = Masonry.Around(cx - 11, cx + 9, TowerHeight + 5, at.Z - 6, at.Z + 8);
    }

    private static readonly Kit Cottage = MakeCottage();
    private static readonly Kit BeamCone = MakeBeam();

    /// <summary>The tower, its foot at the origin.</summary>
    private static Kit Tower(bool dark)
    {
        var k = new Kit();
        const float bottom = 2.6f, top = 1.75f, bands = 6;
        k.Paint(White).Cylinder(Matrix4x4.CreateScale(bottom + 0.5f, 0.6f, bottom + 0.5f) * Matrix4x4.CreateTranslation(0, 0.6f, 0), 1, 24);
        for (var i = 0; i < bands; i++)
        {
            float y0 = 1.2f + i * (TowerHeight - 1.2f) / bands, y1 = 1.2f + (i + 1) * (TowerHeight - 1.2f) / bands;
            float r0 = bottom + (top - bottom) * y0 / TowerHeight, r1 = bottom + (top - bottom) * y1 / TowerHeight;
            k.Paint(i % 2 == 0 ? Red : White).Rod(new Vector3(0, y0, 0), new Vector3(0, y1, 0), r0, r1, 24);
        }
        k.Paint(Masonry.Dark).Extrude(CastleSet.Arch(0.55f, 1.4f), 0.1f, Matrix4x4.CreateTranslation(0, 1.2f, bottom - 0.02f));
        for (var y = 6f; y < TowerHeight - 2; y += 5)
            k.Paint(Masonry.Dark).Box(new Vector3(0, y, bottom + (top - bottom) * y / TowerHeight - 0.02f), new Vector3(0.3f, 0.5f, 0.08f));
        // The gallery: a black deck wider than the tower with a rail round it.
        var iron = k.Paint(Iron);
        iron.Cylinder(Matrix4x4.CreateScale(top + 0.9f, 0.18f, top + 0.9f) * Matrix4x4.CreateTranslation(0, TowerHeight, 0), 1, 24);
        iron.Torus(top + 0.85f, 0.05f, Matrix4x4.CreateTranslation(0, TowerHeight + 1.1f, 0), 24, 4);
        for (var i = 0; i < 16; i++)
        {
            var a = i * MathF.Tau / 16;
            var p = new Vector3((top + 0.85f) * MathF.Cos(a), TowerHeight, (top + 0.85f) * MathF.Sin(a));
            iron.Rod(p, p + new Vector3(0, 1.1f, 0), 0.03f, 0.03f, 4);
        }
        // The lantern: glazing between black bars, a red dome, a vent ball and a rod.
        k.Paint(Iron).Cylinder(Matrix4x4.CreateScale(1.25f, 0.4f, 1.25f) * Matrix4x4.CreateTranslation(0, TowerHeight + 0.55f, 0), 1, 16);
        k.Paint(dark ? Palette.LampGlow : Paints.Srgb(170, 195, 205, 0.05f, 0.2f, "lanternglass")).Cylinder(Matrix4x4.CreateScale(1.15f, 1.1f, 1.15f) * Matrix4x4.CreateTranslation(0, TowerHeight + 2.05f, 0), 1, 16);
        for (var i = 0; i < 8; i++)
        {
            var a = i * MathF.Tau / 8;
            iron.Rod(new Vector3(1.18f * MathF.Cos(a), TowerHeight + 0.9f, 1.18f * MathF.Sin(a)), new Vector3(1.18f * MathF.Cos(a), TowerHeight + 3.2f, 1.18f * MathF.Sin(a)), 0.05f, 0.05f, 4);
        }
        k.Paint(Red).Sphere(Matrix4x4.CreateScale(1.45f, 1.1f, 1.45f) * Matrix4x4.CreateTranslation(0, TowerHeight + 3.15f, 0), 16, 8);
        iron.Sphere(Matrix4x4.CreateScale(0.3f) * Matrix4x4.CreateTranslation(0, TowerHeight + 4.4f, 0), 8, 6);
        iron.Rod(new Vector3(0, TowerHeight + 4.6f, 0), new Vector3(0, TowerHeight + 5.4f, 0), 0.04f, 0.02f, 4);
        return k;
    }

    private static Kit MakeCottage()
    {
        var k = new Kit();
        Masonry.Block(k, White, 0, 0, 3, 3.2f, 2.5f);
        Masonry.Gable(k, White, Red, 0, 0, 6, 5, 3.2f, 1.8f, ridgeAlongX: true, 0.35f);
        Masonry.Windows(k, false, -1.4f, 1.7f, 2.5f, 2, 2.8f, 0.8f, 1.0f);
        k.Paint(Masonry.Dark).Box(new Vector3(0, 1.0f, 2.52f), new Vector3(0.45f, 1.0f, 0.03f));
        return k;
    }

    /// <summary>A cone 1 m long along +Y from its tip at the origin, widening to 1.5 m: scaled into a beam.</summary>
    private static Kit MakeBeam()
    {
        var k = new Kit();
        k.Paint(Beam).Lathe([new(0.3f, 0), new(3.5f, 1)], Matrix4x4.Identity, 12);
        return k;
    }
}
