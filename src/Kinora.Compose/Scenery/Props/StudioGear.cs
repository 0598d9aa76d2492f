using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Props;

/// <summary>
/// A recording studio's gear, backs to −Z: a mixing console (a sloped desk of channel strips — rows of knobs over a
/// fader each — with a screen and two monitor speakers on it), a floor speaker, a microphone on its stand, and
/// acoustic panels (foam tiles in a checker of wedges) for the wall.
/// </summary>
public static class StudioGear
{
    private static readonly Material Console = Paints.Srgb(40, 42, 46, 0.5f, 0.3f, "console");
    private static readonly Material Strip = Paints.Srgb(70, 74, 80, 0.45f, 0.4f, "channelstrip");
    private static readonly Material Knob = Paints.Srgb(215, 215, 210, 0.4f, 0.2f, "knob");
    private static readonly Material Fader = Paints.Srgb(230, 230, 225, 0.4f, 0, "fader");
    private static readonly Material Meter = Palette.Glow(90, 230, 110, 1.2f, "meter");
    private static readonly Material Cabinet = Paints.Srgb(28, 28, 30, 0.6f, 0, "speakerbox");
    private static readonly Material Cone = Paints.Srgb(15, 15, 16, 0.8f, 0, "speakercone");
    private static readonly Material Tweeter = Paints.Srgb(190, 190, 195, 0.3f, 0.8f, "tweeter");
    private static readonly Material Foam = Paints.Srgb(50, 55, 70, 0.98f, 0, "acousticfoam") with { Pattern = "fabric" };
    private static readonly Material FoamAccent = Paints.Srgb(130, 40, 40, 0.98f, 0, "acousticfoam2") with { Pattern = "fabric" };
    private static readonly Material ScreenLit = Palette.Glow(120, 170, 230, 0.6f, "daw");

    public static Kit Desk { get; } = MakeDesk();
    public static Kit FloorSpeaker { get; } = MakeSpeaker(0.5f, 1.0f);
    public static Kit Mic { get; } = MakeMic();
    public static Kit Keyboard { get; } = MakeKeyboard();

    /// <summary>A 1.3 m stage keyboard on an X stand, keys towards +Z at 0.9 m: white keys with black ones between.</summary>
    private static Kit MakeKeyboard()
    {
        var k = new Kit();
        foreach (var s in new[] { -1f, 1f })
            foreach (var z in new[] { -0.15f, 0.15f })
                k.Paint(Paints.Black).Rod(new Vector3(-0.45f * s, 0, z), new Vector3(0.45f * s, 0.82f, z), 0.015f, 0.015f, 5);
        k.Paint(Cabinet).Box(new Vector3(0, 0.87f, 0), new Vector3(0.66f, 0.05f, 0.17f));
        k.Paint(Paints.White).Box(new Vector3(0, 0.925f, 0.06f), new Vector3(0.6f, 0.008f, 0.09f));
        for (var i = 0; i < 36; i++)
            if (i % 7 is not 2 and not 6)
                k.Paint(Paints.Black).Box(new Vector3(-0.58f + i * 0.033f, 0.937f, 0.03f), new Vector3(0.008f, 0.008f, 0.055f));
        return k;
    }

    /// <summary>A 2.4 m console on legs, its sloped surface facing +Z (towards the engineer's chair on that side).</summary>
    private static Kit MakeDesk()
    {
        var k = new Kit();
        k.Paint(Console).Box(new Vector3(0, 0.42f, -0.05f), new Vector3(1.2f, 0.42f, 0.35f));
        var slope = Matrix4x4.CreateRotationX(0.22f) * Matrix4x4.CreateTranslation(0, 0.9f, 0.0f);
        k.Paint(Console).Box(Matrix4x4.CreateScale(1.22f, 0.05f, 0.42f) * slope);
        for (var c = 0; c < 20; c++)
        {
            var x = -1.1f + c * 0.116f;
            k.Paint(Strip).Box(Matrix4x4.CreateScale(0.05f, 0.005f, 0.38f) * Matrix4x4.CreateTranslation(x, 0.052f, 0) * slope);
            for (var n = 0; n < 4; n++)
                k.Paint(Knob).Cylinder(Matrix4x4.CreateScale(0.014f, 0.012f, 0.014f) * Matrix4x4.CreateTranslation(x, 0.068f, -0.3f + n * 0.08f) * slope, 1, 6);
            k.Paint(Fader).Box(Matrix4x4.CreateScale(0.015f, 0.012f, 0.02f) * Matrix4x4.CreateTranslation(x, 0.065f, 0.2f + 0.1f * MathF.Sin(c * 1.7f)) * slope);
            k.Paint(Meter).Box(Matrix4x4.CreateScale(0.012f, 0.004f, 0.03f) * Matrix4x4.CreateTranslation(x, 0.058f, -0.36f) * slope);
        }
        // A screen behind the console and a monitor speaker on each side, angled in.
        k.Paint(Paints.Black).Box(new Vector3(0, 1.3f, -0.3f), new Vector3(0.42f, 0.25f, 0.02f));
        k.Paint(ScreenLit).Box(new Vector3(0, 1.3f, -0.278f), new Vector3(0.39f, 0.22f, 0.003f));
        k.Paint(Paints.Black).Box(new Vector3(0, 1.0f, -0.31f), new Vector3(0.04f, 0.06f, 0.03f));
        foreach (var s in new[] { -1f, 1f })
            k.Add(MakeSpeaker(0.17f, 0.3f), Kit.At(new Vector3(s * 0.95f, 1.02f, -0.25f), -s * 0.35f));
        return k;
    }

    /// <summary>A speaker cabinet <paramref name="w"/> wide and <paramref name="h"/> tall standing on y = 0, facing
    /// +Z: a woofer low, a tweeter above.</summary>
    private static Kit MakeSpeaker(float w, float h)
    {
        var k = new Kit();
        k.Paint(Cabinet).Box(new Vector3(0, h / 2, 0), new Vector3(w / 2, h / 2, w * 0.6f));
        var woofer = w * 0.36f;
        k.Paint(Cone).Cylinder(Matrix4x4.CreateScale(woofer, 0.01f, woofer) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(0, h * 0.35f, w * 0.6f + 0.005f), 0.6f, 14);
        k.Paint(Tweeter).Cylinder(Matrix4x4.CreateScale(woofer * 0.35f, 0.01f, woofer * 0.35f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(0, h * 0.75f, w * 0.6f + 0.005f), 0.6f, 10);
        return k;
    }

    private static Kit MakeMic()
    {
        var k = new Kit();
        for (var i = 0; i < 3; i++)
        {
            var a = i * MathF.Tau / 3;
            k.Paint(Paints.Black).Rod(new Vector3(0, 0.05f, 0), new Vector3(MathF.Cos(a) * 0.3f, 0.0f, MathF.Sin(a) * 0.3f), 0.012f, 0.012f, 5);
        }
        k.Paint(Paints.Black).Rod(new Vector3(0, 0.05f, 0), new Vector3(0, 1.5f, 0), 0.012f, 0.012f, 6);
        k.Paint(Paints.Black).Rod(new Vector3(0, 1.5f, 0), new Vector3(0, 1.6f, 0.3f), 0.01f, 0.01f, 5);
        k.Paint(Paints.Chrome).Capsule(new Vector3(0, 1.56f, 0.33f), new Vector3(0, 1.68f, 0.33f), 0.035f, 0.035f, 10);
        return k;
    }

    /// <summary>A wall of foam panels <paramref name="width"/> × <paramref name="height"/> m from y = <paramref name="y0"/>,
    /// on the wall (z = 0, facing +Z): 0.5 m tiles of wedges, an accent colour every few tiles.</summary>
    public static Kit Panels(float width, float height, float y0, int seed)
    {
        var k = new Kit();
        var r = new Kinora.Plan.SeededRandom(seed, "foam");
        for (var x = -width / 2 + 0.25f; x < width / 2; x += 0.5f)
            for (var y = y0 + 0.25f; y < y0 + height; y += 0.5f)
            {
                var paint = r.NextDouble() < 0.18 ? FoamAccent : Foam;
                var across = ((int)MathF.Round(x * 2) + (int)MathF.Round(y * 2)) % 2 == 0;
                // Three wedges per tile, running across or up by the checker.
                for (var i = -1; i <= 1; i++)
                {
                    var c = new Vector3(x + (across ? 0 : i * 0.16f), y + (across ? i * 0.16f : 0), 0.03f);
                    var half = across ? new Vector3(0.23f, 0.06f, 0.03f) : new Vector3(0.06f, 0.23f, 0.03f);
                    k.Paint(paint).Box(Matrix4x4.CreateScale(half) * Matrix4x4.CreateFromAxisAngle(across ? Vector3.UnitX : Vector3.UnitY, 0.35f) * Matrix4x4.CreateTranslation(c));
                }
            }
        return k;
    }
}
