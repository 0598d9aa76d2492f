using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Venues;

/// <summary>
/// A museum's smaller exhibits: a glass display case on a plinth holding one object, a model of the planets hung
/// from the ceiling on wires, a tall hanging banner, and a captioned sign on a stand. Foot at the origin, facing +Z.
/// </summary>
internal static class MuseumProps
{
    private static readonly Material CaseGlass = Paints.Srgb(200, 220, 230, 0.02f, 0, "caseglass") with { Pattern = "glass" };
    private static readonly Material Plinth = Paints.Srgb(240, 238, 232, 0.6f, 0, "caseplinth");
    private static readonly Material Wire = Paints.Srgb(60, 60, 62, 0.5f, 0.5f, "wire");
    private static readonly Material SignPanel = Paints.Srgb(30, 32, 36, 0.6f, 0, "signpanel");
    private static readonly Material Caption = Paints.Srgb(235, 232, 222, 0.7f, 0, "caption");
    private static readonly Material Geode = Palette.Glow(170, 110, 230, 0.5f, "amethyst");

    /// <summary>A display case: a white plinth 0.95 m high, a glass box over one exhibit (a vase, a bowl or a geode),
    /// a light in its lid.</summary>
    public static Kit Case(int exhibit)
    {
        var k = new Kit();
        k.Paint(Plinth).Box(new Vector3(0, 0.475f, 0), new Vector3(0.4f, 0.475f, 0.4f));
        switch (exhibit % 3)
        {
            case 0: k.Add(StillKinds.Of("vase", 2), Kit.At(new Vector3(0, 0.95f, 0), 0, 1.3f)); break;
            case 1: k.Add(StillKinds.Of("bowl", 3), Kit.At(new Vector3(0, 0.95f, 0), 0, 1.6f)); break;
            default:
                for (var i = 0; i < 6; i++)
                {
                    var a = i * 1.05f;
                    k.Paint(Geode).Rod(new Vector3(0, 0.97f, 0), new Vector3(MathF.Cos(a) * 0.12f, 1.2f + 0.05f * (i % 3), MathF.Sin(a) * 0.12f), 0.05f, 0.005f, 6);
                }
                k.Paint(Palette.Rock).Ellipsoid(new Vector3(0, 0.99f, 0), new Vector3(0.17f, 0.07f, 0.15f), 0, 0, 8, 4);
                break;
        }
        k.Paint(CaseGlass).Box(new Vector3(0, 1.3f, 0), new Vector3(0.36f, 0.35f, 0.36f));
        k.Paint(Plinth).Box(new Vector3(0, 1.67f, 0), new Vector3(0.38f, 0.03f, 0.38f));
        k.Paint(Palette.LampGlow).Box(new Vector3(0, 1.635f, 0), new Vector3(0.2f, 0.005f, 0.2f));
        return k;
    }

    /// <summary>The planets on wires from a ceiling at <paramref name="ceiling"/> m: a glowing sun, then the planets
    /// along a rising arc to +X (Saturn with its ring), each at its own height.</summary>
    public static Kit Planets(float ceiling)
    {
        var k = new Kit();
        (float X, float Y, float R, byte Cr, byte Cg, byte Cb, bool Ring)[] bodies =
        [
            (1.2f, 0.1f, 0.12f, 160, 150, 140, false), (2.0f, 0.2f, 0.2f, 220, 190, 130, false),
            (2.9f, 0.35f, 0.22f, 60, 110, 200, false), (3.8f, 0.5f, 0.16f, 200, 90, 55, false),
            (5.0f, 0.8f, 0.5f, 210, 170, 130, false), (6.5f, 1.1f, 0.42f, 220, 200, 150, true),
        ];
        k.Paint(Palette.Glow(255, 200, 90, 3f, "modelsun")).Sphere(Matrix4x4.CreateScale(0.75f), 16, 10);
        k.Paint(Wire).Rod(new Vector3(0, 0.75f, 0), new Vector3(0, ceiling, 0), 0.006f, 0.006f, 3);
        foreach (var (x, y, r, cr, cg, cb, ring) in bodies)
        {
            var c = new Vector3(x, y, -0.3f * x);
            k.Paint(Paints.Srgb(cr, cg, cb, 0.6f, 0, $"planet{cr}")).Sphere(Matrix4x4.CreateScale(r) * Matrix4x4.CreateTranslation(c), 14, 8);
            if (ring) k.Paint(Paints.Srgb(200, 180, 140, 0.6f, 0, "planetring")).Torus(r * 1.7f, r * 0.18f, Matrix4x4.CreateScale(1, 0.15f, 1) * Matrix4x4.CreateRotationZ(0.4f) * Matrix4x4.CreateTranslation(c), 28, 4);
            k.Paint(Wire).Rod(c + new Vector3(0, r, 0), new Vector3(c.X, ceiling, c.Z), 0.005f, 0.005f, 3);
        }
        return k;
    }

    /// <summary>A hanging banner <paramref name="h"/> m tall from its top at the origin: a coloured cloth with a pale band
    /// and bars of a title.</summary>
    public static Kit Banner(float h, byte r, byte g, byte b)
    {
        var k = new Kit();
        k.Paint(Paints.Srgb(r, g, b, 0.9f, 0, $"banner{r}") with { Pattern = "fabric" }).Box(new Vector3(0, -h / 2, 0.02f), new Vector3(0.6f, h / 2, 0.01f));
        k.Paint(Caption).Box(new Vector3(0, -h * 0.72f, 0.032f), new Vector3(0.6f, 0.08f, 0.002f));
        for (var i = 0; i < 2; i++)
            k.Paint(Caption).Box(new Vector3(0, -0.45f - i * 0.22f, 0.032f), new Vector3(0.42f - i * 0.12f, 0.06f, 0.002f));
        k.Paint(Paints.Steel).Rod(new Vector3(-0.7f, 0, 0.03f), new Vector3(0.7f, 0, 0.03f), 0.02f, 0.02f, 5);
        return k;
    }

    /// <summary>An exhibit's sign on a slanted stand, 1 m high: a dark panel with lines of caption.</summary>
    public static Kit Sign { get; } = MakeSign();

    private static Kit MakeSign()
    {
        var k = new Kit();
        k.Paint(Paints.Steel).Rod(Vector3.Zero, new Vector3(0, 0.9f, 0), 0.025f, 0.025f, 5);
        var tilt = Matrix4x4.CreateRotationX(-0.6f) * Matrix4x4.CreateTranslation(0, 0.95f, 0.05f);
        k.Paint(SignPanel).Box(Matrix4x4.CreateScale(0.35f, 0.25f, 0.015f) * tilt);
        for (var i = 0; i < 4; i++)
            k.Paint(Caption).Box(Matrix4x4.CreateScale(0.28f - 0.04f * (i % 2), 0.015f, 0.002f) * Matrix4x4.CreateTranslation(0, 0.15f - i * 0.08f, 0.017f) * tilt);
        return k;
    }
}
