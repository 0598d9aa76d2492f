using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

public static partial class Furniture
{
    /// <summary>m: the table's top (length, depth) and height; the kind's size is the table's length.</summary>
    private const float TableLength = 1.6f, TableDepth = 0.9f, TableHeight = 0.75f;

    /// <summary>Seat pad colours (sRGB) a seed picks from: dining chairs come in a few fabric shades.</summary>
    private static readonly (byte R, byte G, byte B)[] SeatPads = [(150, 40, 40), (60, 80, 120), (170, 150, 110), (70, 100, 70)];

    /// <summary>
    /// A dining table as it stands in a dining room: a bare wooden top (1.6 × 0.9 m, 0.75 m high) on turned legs,
    /// laid for four (plates with food, cutlery, glasses of wine), with four chairs tucked in,
    /// two along the far side and one at each end, leaving the camera's side open. Alone, under a cloth or bare and
    /// laid, the table was never named a dining table (0.16 at best); with its chairs it is (0.33): a table is known
    /// by the chairs around it. The body collides as the table alone (top and legs, <see cref="ModelBuilder.CollideAs"/>),
    /// so a cup set "on the table" rests on its top, not on a box up to the chair backs.
    /// </summary>
    private static void DiningTable(ModelBuilder m, ref SeededRandom r)
    {
        const float L = TableLength, D = TableDepth, H = TableHeight;
        m.Body.Box(new Vector3(0, H - 0.02f, 0), new Vector3(L / 2, 0.02f, D / 2));
        foreach (var x in new[] { -L / 2 + 0.08f, L / 2 - 0.08f })
            foreach (var z in new[] { -D / 2 + 0.08f, D / 2 - 0.08f })
                m.Body.Rod(new Vector3(x, 0, z), new Vector3(x, H - 0.04f, z), 0.03f, 0.035f, 12);
        foreach (var s in new[] { 1f, -1f }) m.Body.Box(new Vector3(0, H - 0.09f, s * (D / 2 - 0.08f)), new Vector3(L / 2 - 0.1f, 0.05f, 0.015f)); // aprons
        LayPlaces(m, H, ref r);
        var (pr, pg, pb) = SeatPads[(int)(r.NextULong() % (ulong)SeatPads.Length)];
        var pad = m.Paint(Paints.Srgb(pr, pg, pb, 0.9f, 0, "seatpad") with { Pattern = "fabric" });
        foreach (var (x, z, yaw) in new[] { (-0.4f, -0.55f, 0f), (0.4f, -0.55f, 0f), (-L / 2 - 0.22f, 0f, MathF.PI / 2), (L / 2 + 0.22f, 0f, -MathF.PI / 2) })
            DiningChair(m.Body, pad, Matrix4x4.CreateRotationY(yaw) * Matrix4x4.CreateTranslation(x, 0, z));
        m.CollideAs(new Vector3(-L / 2, 0, -D / 2), new Vector3(L / 2, H, D / 2));
    }

    /// <summary>Four place settings (plate with food, knife and fork, a glass of red wine) on a top at <paramref name="top"/>.</summary>
    private static void LayPlaces(ModelBuilder m, float top, ref SeededRandom r)
    {
        var plate = m.Paint(Paints.Srgb(248, 248, 245, 0.25f, 0, "plate"));
        var food = m.Paint(Paints.Srgb(200, 120, 50, 0.7f, 0, "food"));
        var greens = m.Paint(Paints.Srgb(60, 130, 40, 0.7f, 0, "greens"));
        var glass = m.Paint(Paints.Srgb(215, 228, 235, 0.03f, 0, "glass") with { Pattern = "glass" });
        var wine = m.Paint(Paints.Srgb(120, 12, 35, 0.08f, 0, "wine"));
        var silver = m.Paint(Paints.Srgb(210, 210, 215, 0.25f, 1, "cutlery"));
        foreach (var (x, z) in new[] { (-0.4f, 0.25f), (0.4f, 0.25f), (-0.4f, -0.25f), (0.4f, -0.25f) })
        {
            plate.Lathe([new(0, 0), new(0.08f, 0), new(0.13f, 0.015f), new(0.125f, 0.018f), new(0.075f, 0.008f), new(0, 0.008f)], Matrix4x4.CreateTranslation(x, top, z), 40);
            var turn = r.RangeF(-0.6f, 0.6f); // each helping lies its own way on the plate
            var (c, s) = (MathF.Cos(turn), MathF.Sin(turn));
            food.Ellipsoid(new Vector3(x - 0.03f * c, top + 0.03f, z + 0.03f * s), new Vector3(0.06f, 0.03f, 0.045f));
            greens.Ellipsoid(new Vector3(x + 0.05f * c, top + 0.025f, z - 0.05f * s), new Vector3(0.04f, 0.025f, 0.04f));
            silver.Box(new Vector3(x - 0.17f, top + 0.003f, z), new Vector3(0.008f, 0.003f, 0.09f));
            silver.Box(new Vector3(x + 0.17f, top + 0.003f, z), new Vector3(0.008f, 0.003f, 0.1f));
            var at = Matrix4x4.CreateTranslation(x + 0.15f, top, z - MathF.Sign(z) * 0.12f);
            glass.Lathe([new(0, 0), new(0.035f, 0), new(0.035f, 0.004f), new(0.005f, 0.01f), new(0.004f, 0.09f), new(0.02f, 0.1f), new(0.038f, 0.13f), new(0.04f, 0.17f),
                new(0.036f, 0.2f), new(0.033f, 0.2f), new(0.036f, 0.17f), new(0.034f, 0.13f), new(0.016f, 0.103f), new(0, 0.1f)], at, 24);
            wine.Lathe([new(0, 0.103f), new(0.017f, 0.105f), new(0.033f, 0.125f), new(0.037f, 0.145f), new(0, 0.145f)], at, 24);
        }
        // The middle stays bare: a thing set "on the table" is put at its centre (a fruit bowl there hid the cup).
    }

    /// <summary>
    /// A dining chair (seat 0.46 m, back to 0.96 m) facing +Z at the origin, placed by <paramref name="at"/>: four round
    /// tapered legs, side stretchers, a padded seat and a tall back of two raked posts, a bowed top rail and a mid rail.
    /// </summary>
    private static void DiningChair(MeshBuilder woodOut, MeshBuilder padOut, Matrix4x4 at)
    {
        var wood = new MeshBuilder();
        var pad = new MeshBuilder();
        const float seat = 0.46f, half = 0.22f;
        foreach (var x in new[] { -1f, 1f })
            foreach (var z in new[] { -1f, 1f })
                wood.Rod(new Vector3(x * (half - 0.005f), 0, z * (half - 0.005f)), new Vector3(x * (half - 0.03f), seat, z * (half - 0.03f)), 0.022f, 0.028f, 12);
        wood.Box(new Vector3(0, seat - 0.03f, 0), new Vector3(half - 0.01f, 0.03f, half - 0.01f));
        KitchenShapes.RoundedBox(pad, new Vector3(0, seat + 0.02f, 0.01f), new Vector3(half + 0.01f, 0.025f, half + 0.01f), 0.02f);
        foreach (var x in new[] { -1f, 1f })
        {
            wood.Rod(new Vector3(x * (half - 0.03f), seat, -half + 0.03f), new Vector3(x * (half - 0.02f), seat + 0.5f, -half - 0.02f), 0.024f, 0.022f, 12);
            wood.Box(new Vector3(x * (half - 0.02f), 0.14f, 0), new Vector3(0.01f, 0.012f, half - 0.02f));
        }
        // The top rail bows backwards: a chain of short boxes on an arc.
        for (var i = 0; i < 8; i++)
        {
            var t = (i + 0.5f) / 8 - 0.5f;
            wood.Box(new Vector3(t * 2 * (half - 0.02f), seat + 0.44f, -half - 0.02f - 0.03f * (1 - 4 * t * t)), new Vector3(half / 8 + 0.004f, 0.055f, 0.014f), rotY: -t * 0.5f);
        }
        wood.Box(new Vector3(0, seat + 0.22f, -half - 0.005f), new Vector3(half - 0.03f, 0.03f, 0.012f));
        wood.Box(new Vector3(0, 0.14f, 0), new Vector3(half - 0.02f, 0.01f, 0.01f));
        woodOut.Append(wood, at);
        padOut.Append(pad, at);
    }
}
