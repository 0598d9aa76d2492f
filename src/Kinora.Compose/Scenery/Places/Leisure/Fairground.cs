using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Places.Leisure;

/// <summary>
/// The small things that make a fairground festive: food and game stalls under striped awnings with a sign board,
/// strings of triangular bunting in bright colours, and balloons. Stalls face +Z (towards the camera) at their
/// origin; a stall's lamp strip glows after dark.
/// </summary>
public static class Fairground
{
    public static readonly Material[] Brights =
    [
        Paints.Srgb(225, 40, 45, 0.5f, 0, "brightred"), Paints.Srgb(250, 200, 35, 0.5f, 0, "brightyellow"),
        Paints.Srgb(40, 120, 215, 0.5f, 0, "brightblue"), Paints.Srgb(60, 180, 85, 0.5f, 0, "brightgreen"),
        Paints.Srgb(235, 120, 30, 0.5f, 0, "brightorange"), Paints.Srgb(200, 70, 170, 0.5f, 0, "brightpink"),
    ];
    private static readonly Material Canvas = Paints.Srgb(245, 242, 235, 0.7f, 0, "awningwhite");
    private static readonly Material Booth = Paints.Srgb(190, 150, 105, 0.7f, 0, "boothwood") with { Pattern = "wood" };
    private static readonly Material Strip = Palette.Glow(255, 215, 140, 3f, "stalllamps");

    /// <summary>Stalls of each bright colour striped with white, by day and lit.</summary>
    public static Kit[] Stalls { get; } = [.. Enumerable.Range(0, Brights.Length).Select(i => MakeStall(Brights[i], false))];
    public static Kit[] StallsLit { get; } = [.. Enumerable.Range(0, Brights.Length).Select(i => MakeStall(Brights[i], true))];
    public const float StallRadius = 2.2f;

    private static Kit MakeStall(Material colour, bool lit)
    {
        var k = new Kit();
        // The booth: back and sides closed, a counter at the front.
        k.Paint(Booth).Box(new Vector3(0, 1.3f, -1.1f), new Vector3(1.6f, 1.3f, 0.08f));
        foreach (var s in new[] { -1.6f, 1.6f })
            k.Paint(Booth).Box(new Vector3(s, 1.3f, -0.45f), new Vector3(0.06f, 1.3f, 0.7f));
        k.Paint(colour).Box(new Vector3(0, 0.5f, 0.2f), new Vector3(1.6f, 0.5f, 0.12f));
        k.Paint(Canvas).Box(new Vector3(0, 1.03f, 0.15f), new Vector3(1.65f, 0.03f, 0.25f));
        // Goods on the counter and shelves: bright lumps.
        for (var i = 0; i < 6; i++)
            k.Paint(Brights[(i * 5 + 1) % Brights.Length]).Ellipsoid(new Vector3(-1.3f + i * 0.52f, 1.75f, -0.95f), new Vector3(0.2f, 0.25f, 0.12f), 0, 0, 8, 5);
        // The awning: slats sloping down to the front in alternate colour and white, with a scalloped edge.
        const int Slats = 8;
        for (var i = 0; i < Slats; i++)
        {
            var x = -1.8f + (i + 0.5f) * 3.6f / Slats;
            var paint = k.Paint(i % 2 == 0 ? colour : Canvas);
            paint.Box(new Vector3(x, 2.75f, -0.2f), new Vector3(1.8f / Slats, 0.04f, 1.05f), 0, 0);
            paint.Ellipsoid(new Vector3(x, 2.62f, 0.85f), new Vector3(1.8f / Slats, 0.18f, 0.03f), 0, 0, 8, 4);
        }
        // The sign board over the awning.
        k.Paint(colour).Box(new Vector3(0, 3.25f, -1.0f), new Vector3(1.5f, 0.45f, 0.06f));
        k.Paint(Canvas).Box(new Vector3(0, 3.25f, -0.93f), new Vector3(1.1f, 0.22f, 0.02f));
        foreach (var s in new[] { -1.72f, 1.72f })
            k.Paint(Palette.PostMetal).Rod(new Vector3(s, 0, 0.8f), new Vector3(s, 2.7f, 0.8f), 0.04f, 0.04f, 6);
        k.Paint(lit ? Strip : Palette.LampOff).Box(new Vector3(0, 2.6f, 0.75f), new Vector3(1.6f, 0.03f, 0.03f));
        return k;
    }

    /// <summary>
    /// A string of pennants from <paramref name="a"/> to <paramref name="b"/>, sagging by <paramref name="sag"/> m in
    /// the middle, a flag every 0.6 m in turn of the bright colours.
    /// </summary>
    public static void Bunting(Kit into, Vector3 a, Vector3 b, float sag)
    {
        var length = Vector3.Distance(a, b);
        var n = Math.Max(2, (int)(length / 0.6f));
        Vector3 At(float t) => Vector3.Lerp(a, b, t) - new Vector3(0, sag * 4 * t * (1 - t), 0);
        var along = Vector3.Normalize(b - a);
        var yaw = MathF.Atan2(-along.Z, along.X);
        for (var i = 0; i < n; i++)
        {
            var (p, q) = (At((float)i / n), At((float)(i + 1) / n));
            into.Paint(Palette.PostMetal).Rod(p, q, 0.012f, 0.012f, 3);
            var mid = (p + q) / 2;
            // A pennant: a flat triangle hanging point down, in the string's vertical plane.
            Vector2[] flag = [new(-0.22f, 0), new(0.22f, 0), new(0, -0.42f)];
            into.Paint(Brights[i % Brights.Length]).Extrude(flag, 0.01f, Matrix4x4.CreateRotationY(yaw) * Matrix4x4.CreateTranslation(mid));
        }
    }

    /// <summary>A mast <paramref name="height"/> m tall with a pennant flying from its top.</summary>
    public static Kit FlagPole(float height, Material flag)
    {
        var k = new Kit();
        k.Paint(Canvas).Rod(Vector3.Zero, new Vector3(0, height, 0), 0.07f, 0.05f, 6);
        Vector2[] pennant = [new(0, 0), new(1.6f, -0.35f), new(0, -0.7f)];
        k.Paint(flag).Extrude(pennant, 0.02f, Matrix4x4.CreateTranslation(0.05f, height - 0.05f, 0));
        return k;
    }

    /// <summary>A bunch of five balloons on strings, 2.5 m up (a seller's bunch tied to a stall or a post).</summary>
    public static Kit Balloons { get; } = MakeBalloons();

    private static Kit MakeBalloons()
    {
        var k = new Kit();
        for (var i = 0; i < 5; i++)
        {
            var a = i * 1.26f;
            var top = new Vector3(MathF.Cos(a) * 0.3f, 2.3f + 0.2f * (i % 3), MathF.Sin(a) * 0.3f);
            k.Paint(Palette.PostMetal).Rod(new Vector3(0, 1.2f, 0), top, 0.005f, 0.005f, 3);
            k.Paint(Brights[i] with { Roughness = 0.25f }).Ellipsoid(top + new Vector3(0, 0.2f, 0), new Vector3(0.2f, 0.25f, 0.2f), 0, 0, 10, 7);
        }
        k.Paint(Palette.PostMetal).Rod(Vector3.Zero, new Vector3(0, 1.2f, 0), 0.03f, 0.03f, 5);
        return k;
    }
}
