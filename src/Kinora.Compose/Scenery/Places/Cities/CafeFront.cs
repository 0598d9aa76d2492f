using Kinora.Compose.Assets;
using System.Numerics;

namespace Kinora.Compose.Scenery.Places.Cities;

/// <summary>
/// The ground floor of a Paris café, laid over a Haussmann block's: a painted wooden shopfront (oxblood red) with
/// tall glazed bays and a door, a dark sign band over it with "CAFE" in gilt capitals, and a red-and-cream striped
/// awning sloping out over the terrace with a valance. Front on +Z, the middle of its foot at the
/// origin, <paramref name="width"/> m wide; the awning reaches <see cref="AwningReach"/> m out, its lower edge at
/// 2.3 m (a waiter passes under it). At night the glass glows warm.
/// </summary>
public static class CafeFront
{
    private static readonly Material Paint = Paints.Srgb(118, 28, 32, 0.45f, 0, "shopfront");
    private static readonly Material Glass = Paints.Srgb(40, 46, 50, 0.06f, 0, "cafeglass");
    private static readonly Material SignBand = Paints.Srgb(24, 40, 34, 0.5f, 0, "signband");
    private static readonly Material Gilt = Paints.Srgb(214, 172, 80, 0.3f, 1, "signgilt");
    private static readonly Material Red = Paints.Srgb(170, 30, 36, 0.85f, 0, "awningred") with { Pattern = "fabric" };
    private static readonly Material Cream = Paints.Srgb(236, 226, 204, 0.85f, 0, "awningcream") with { Pattern = "fabric" };

    /// <summary>m the awning reaches out over the pavement.</summary>
    public const float AwningReach = 2.8f;

    /// <summary>m; the awning's edges: where it meets the wall and its lower, outer edge.</summary>
    public const float AwningHigh = 3.0f, AwningLow = 2.3f;

    public static Kit Make(float width, bool lit)
    {
        var k = new Kit();
        var paint = k.Paint(Paint);
        var glass = k.Paint(lit ? Palette.Glow(255, 196, 120, 0.9f, "cafelit") : Glass);
        // The shopfront: pilasters between glazed bays, a stall riser under the glass, a cornice over it.
        var bays = Math.Max(2, (int)(width / 2.2f));
        var pitch = width / bays;
        for (var b = 0; b <= bays; b++)
            paint.Box(new Vector3(-width / 2 + b * pitch, 1.55f, 0.16f), new Vector3(0.14f, 1.55f, 0.16f));
        for (var b = 0; b < bays; b++)
        {
            var x = -width / 2 + (b + 0.5f) * pitch;
            var door = b == bays / 2;
            if (!door) paint.Box(new Vector3(x, 0.3f, 0.1f), new Vector3(pitch / 2, 0.3f, 0.1f));
            glass.Box(new Vector3(x, door ? 1.25f : 1.6f, 0.06f), new Vector3(pitch / 2 - 0.12f, door ? 1.25f : 1.0f, 0.03f));
            // A glazing bar across the upper lights.
            paint.Box(new Vector3(x, 2.35f, 0.1f), new Vector3(pitch / 2, 0.05f, 0.05f));
        }
        paint.Box(new Vector3(0, 2.75f, 0.18f), new Vector3(width / 2 + 0.1f, 0.1f, 0.18f));
        // The sign band with its gilt letters, centred.
        k.Paint(SignBand).Box(new Vector3(0, 3.25f, 0.12f), new Vector3(width / 2, 0.38f, 0.12f));
        Letters(k.Paint(Gilt), "CAFE", new Vector3(0, 3.25f, 0.25f), 0.46f);
        // The awning: stripes running down its slope, each a sloped slab, and a valance hanging from the outer edge.
        var stripes = Math.Max(4, (int)(width / 0.5f));
        var stripe = width / stripes;
        var drop = AwningHigh - AwningLow;
        var slope = MathF.Atan2(drop, AwningReach);
        var length = MathF.Sqrt(drop * drop + AwningReach * AwningReach);
        for (var i = 0; i < stripes; i++)
        {
            var x = -width / 2 + (i + 0.5f) * stripe;
            var m = k.Paint(i % 2 == 0 ? Red : Cream);
            m.Box(Matrix4x4.CreateScale(stripe / 2, 0.03f, length / 2) * Matrix4x4.CreateRotationX(slope)
                * Matrix4x4.CreateTranslation(x, (AwningHigh + AwningLow) / 2, AwningReach / 2 + 0.3f));
            m.Box(new Vector3(x, AwningLow - 0.16f, AwningReach + 0.3f), new Vector3(stripe / 2, 0.16f, 0.02f));
        }
        return k;
    }

    /// <summary>Block capitals of <paramref name="height"/> m from a stroke table (C, A, F, E, and a few more), centred on
    /// <paramref name="centre"/> in the x–y plane.</summary>
    private static void Letters(Assets.Meshes.MeshBuilder m, string text, Vector3 centre, float height)
    {
        var w = height * 0.62f;
        var gap = height * 0.22f;
        var stroke = height * 0.07f;
        var x = centre.X - (text.Length * (w + gap) - gap) / 2;
        foreach (var ch in text)
        {
            foreach (var (x0, y0, x1, y1) in Strokes(ch))
            {
                // A stroke from (x0, y0) to (x1, y1) in the letter's unit box.
                var a = new Vector3(x + x0 * w, centre.Y - height / 2 + y0 * height, centre.Z);
                var b = new Vector3(x + x1 * w, centre.Y - height / 2 + y1 * height, centre.Z);
                var mid = (a + b) / 2;
                var along = b - a;
                var len = along.Length();
                m.Box(mid, new Vector3(len / 2 + stroke, stroke, 0.02f), MathF.Atan2(along.Y, along.X));
            }
            x += w + gap;
        }
    }

    private static (float, float, float, float)[] Strokes(char c) => c switch
    {
        'C' => [(0, 0, 0, 1), (0, 1, 1, 1), (0, 0, 1, 0)],
        'A' => [(0, 0, 0.5f, 1), (0.5f, 1, 1, 0), (0.25f, 0.45f, 0.75f, 0.45f)],
        'F' => [(0, 0, 0, 1), (0, 1, 1, 1), (0, 0.52f, 0.75f, 0.52f)],
        'E' => [(0, 0, 0, 1), (0, 1, 1, 1), (0, 0.5f, 0.8f, 0.5f), (0, 0, 1, 0)],
        'B' => [(0, 0, 0, 1), (0, 1, 0.8f, 1), (0, 0.5f, 0.8f, 0.5f), (0, 0, 0.8f, 0), (0.95f, 0.05f, 0.95f, 0.95f)],
        'R' => [(0, 0, 0, 1), (0, 1, 1, 1), (1, 1, 1, 0.5f), (0, 0.5f, 1, 0.5f), (0.3f, 0.5f, 1, 0)],
        'S' => [(0, 1, 1, 1), (0, 0.5f, 0, 1), (0, 0.5f, 1, 0.5f), (1, 0, 1, 0.5f), (0, 0, 1, 0)],
        'T' => [(0, 1, 1, 1), (0.5f, 0, 0.5f, 1)],
        'O' => [(0, 0, 0, 1), (0, 1, 1, 1), (1, 1, 1, 0), (0, 0, 1, 0)],
        _ => [],
    };
}
