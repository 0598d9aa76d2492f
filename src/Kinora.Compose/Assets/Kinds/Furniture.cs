using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// Furniture at standard dimensions (seat height 0.45 m, table height 0.75 m, a three-seat sofa 2.0 m, a double
/// bed 2.1 × 1.6 m). Fronts face +Z, towards the camera, where a seat or a bed is read from.
/// </summary>
public static class Furniture
{
    public static IEnumerable<KindSpec> All =>
    [
        new("chair", 0.95, "wood", Paints.Wood, Chair) { Front = Vector3.UnitZ, Aliases = ["stool", "armchair"] },
        new("couch", 2.0, "fabric", Paints.Srgb(110, 120, 140, 0.95f, 0, "upholstery") with { Pattern = "fabric" }, Couch) { Front = Vector3.UnitZ, Aliases = ["sofa"] },
        new("bed", 2.15, "fabric", Paints.Srgb(235, 235, 240, 0.9f, 0, "duvet") with { Pattern = "fabric" }, Bed),
        new("dining table", 1.6, "wood", Paints.Wood, DiningTable) { Aliases = ["table", "desk"] },
        new("bench", 1.6, "wood", Paints.Wood, Bench) { Front = Vector3.UnitZ },
        new("potted plant", 0.8, "ceramic", Paints.Srgb(190, 95, 60, 0.7f, 0, "terracotta"), PottedPlant) { Aliases = ["plant", "houseplant"] },
        new("shelf", 1.2, "wood", Paints.Wood, Shelf) { Aliases = ["bookshelf", "bookcase", "shelves"] },
        new("toilet", 0.75, "ceramic", Paints.Srgb(245, 245, 245, 0.15f, 0, "porcelain"), Toilet),
    ];

    private static void Chair(ModelBuilder m, ref SeededRandom r)
    {
        // A classic wooden dining chair, seen three-quarter: four legs, seat, slatted back (back at −Z).
        const float seat = 0.46f, half = 0.22f;
        foreach (var x in new[] { -half + 0.02f, half - 0.02f })
            foreach (var z in new[] { -half + 0.02f, half - 0.02f })
                m.Body.Box(new Vector3(x, seat / 2, z), new Vector3(0.02f, seat / 2, 0.02f));
        m.Body.Box(new Vector3(0, seat + 0.02f, 0), new Vector3(half + 0.01f, 0.025f, half + 0.02f));
        foreach (var x in new[] { -half + 0.02f, half - 0.02f })
            m.Body.Box(new Vector3(x, seat + 0.25f, -half + 0.02f), new Vector3(0.02f, 0.25f, 0.02f));
        m.Body.Box(new Vector3(0, seat + 0.45f, -half + 0.02f), new Vector3(half, 0.05f, 0.018f));
        for (var i = -1; i <= 1; i++) m.Body.Box(new Vector3(i * 0.11f, seat + 0.22f, -half + 0.02f), new Vector3(0.02f, 0.18f, 0.012f));
        foreach (var z in new[] { -half + 0.02f, half - 0.02f }) m.Body.Box(new Vector3(0, 0.15f, z), new Vector3(half - 0.02f, 0.012f, 0.012f));
    }

    private static void Couch(ModelBuilder m, ref SeededRandom r)
    {
        // Three-seater: plinth, seat cushions, back cushions, rolled arms, short dark feet.
        var feet = m.Paint(Paints.DarkWood);
        const float L = 2.0f, D = 0.9f;
        m.Body.Box(new Vector3(0, 0.27f, 0), new Vector3(L / 2 - 0.15f, 0.12f, D / 2));
        for (var i = -1; i <= 1; i++)
        {
            m.Body.Box(new Vector3(i * 0.57f, 0.45f, 0.06f), new Vector3(0.275f, 0.07f, 0.38f));                          // seat cushion
            m.Body.Box(new Vector3(i * 0.57f, 0.68f, -0.32f), new Vector3(0.275f, 0.22f, 0.1f));       // back cushion
        }
        m.Body.Box(new Vector3(0, 0.55f, -0.4f), new Vector3(L / 2 - 0.15f, 0.35f, 0.06f)); // back frame
        foreach (var s in new[] { 1f, -1f })
        {
            m.Body.Box(new Vector3(s * (L / 2 - 0.08f), 0.36f, 0), new Vector3(0.08f, 0.2f, D / 2));
            m.Body.Capsule(new Vector3(s * (L / 2 - 0.08f), 0.6f, -D / 2 + 0.05f), new Vector3(s * (L / 2 - 0.08f), 0.6f, D / 2 - 0.05f), 0.1f, 0.1f);
            foreach (var z in new[] { 1f, -1f }) feet.Box(new Vector3(s * (L / 2 - 0.1f), 0.04f, z * (D / 2 - 0.08f)), new Vector3(0.03f, 0.04f, 0.03f));
        }
    }

    private static void Bed(ModelBuilder m, ref SeededRandom r)
    {
        // Double bed: wooden frame with headboard at −X, mattress, duvet, two pillows.
        var frame = m.Paint(Paints.Wood);
        var sheet = m.Paint(Paints.Srgb(245, 245, 245, 0.85f, 0, "sheet"));
        var pillow = m.Paint(Paints.Srgb(250, 250, 250, 0.9f, 0, "pillow"));
        const float L = 2.1f, W = 1.6f;
        frame.Box(new Vector3(0, 0.2f, 0), new Vector3(L / 2, 0.1f, W / 2));
        foreach (var x in new[] { -L / 2 + 0.05f, L / 2 - 0.05f })
            foreach (var z in new[] { -W / 2 + 0.05f, W / 2 - 0.05f }) frame.Box(new Vector3(x, 0.1f, z), new Vector3(0.05f, 0.1f, 0.05f));
        frame.Box(new Vector3(-L / 2 - 0.03f, 0.6f, 0), new Vector3(0.04f, 0.6f, W / 2 + 0.03f)); // headboard
        frame.Box(new Vector3(L / 2 + 0.02f, 0.3f, 0), new Vector3(0.03f, 0.3f, W / 2 + 0.03f));  // footboard
        sheet.Box(new Vector3(0, 0.4f, 0), new Vector3(L / 2 - 0.02f, 0.1f, W / 2 - 0.02f));
        m.Body.Box(new Vector3(0.25f, 0.53f, 0), new Vector3(L / 2 - 0.25f, 0.04f, W / 2 + 0.02f)); // duvet
        foreach (var z in new[] { -0.38f, 0.38f }) pillow.Ellipsoid(new Vector3(-L / 2 + 0.3f, 0.56f, z), new Vector3(0.2f, 0.07f, 0.33f));
    }

    private static void Shelf(ModelBuilder m, ref SeededRandom r)
    {
        // A free-standing open shelf unit: two sides, a back, three boards and a top that things stand on (and fall
        // off: the collider is the model's bounds, so its top is the top board).
        const float W = 1.0f, D = 0.35f, H = 1.2f, t = 0.018f;
        foreach (var x in new[] { -W / 2 + t, W / 2 - t })
            m.Body.Box(new Vector3(x, H / 2, 0), new Vector3(t, H / 2, D / 2));
        m.Body.Box(new Vector3(0, H / 2, -D / 2 + t / 2), new Vector3(W / 2, H / 2, t / 2));
        for (var i = 0; i < 4; i++)
            m.Body.Box(new Vector3(0, 0.04f + i * (H - 0.04f - t) / 3, 0), new Vector3(W / 2 - t, t, D / 2));
        // A few books on the lower boards say "shelf" at a glance.
        for (var b = 0; b < 7; b++)
        {
            var book = m.Paint(Paints.Srgb((byte)(60 + 25 * b % 180), (byte)(40 + 50 * b % 150), (byte)(50 + 70 * b % 160), 0.7f, 0, "book"));
            var h = 0.2f + 0.03f * (b % 3);
            book.Box(new Vector3(-W / 2 + 0.08f + b * 0.05f, 0.04f + t + h / 2, 0.02f), new Vector3(0.02f, h / 2, 0.12f));
        }
    }

    private static void DiningTable(ModelBuilder m, ref SeededRandom r)
    {
        const float L = 1.6f, D = 0.9f, H = 0.75f;
        m.Body.Box(new Vector3(0, H - 0.025f, 0), new Vector3(L / 2, 0.025f, D / 2));
        foreach (var x in new[] { -L / 2 + 0.08f, L / 2 - 0.08f })
            foreach (var z in new[] { -D / 2 + 0.08f, D / 2 - 0.08f })
                m.Body.Rod(new Vector3(x, 0, z), new Vector3(x, H - 0.05f, z), 0.03f, 0.035f, 12);
        m.Body.Box(new Vector3(0, H - 0.09f, D / 2 - 0.08f), new Vector3(L / 2 - 0.1f, 0.04f, 0.015f));
        m.Body.Box(new Vector3(0, H - 0.09f, -D / 2 + 0.08f), new Vector3(L / 2 - 0.1f, 0.04f, 0.015f));
        // A cloth over the top hanging down the sides names a dining table; no plates or vase: the collider is the
        // model's bounds, and things put "on the table" must rest on its top.
        if (r.NextDouble() < 0.6)
        {
            var cloth = m.Paint(Paints.Srgb(240, 240, 236, 0.9f, 0, "tablecloth") with { Pattern = "fabric" });
            const float drop = 0.22f, t = 0.004f;
            cloth.Box(new Vector3(0, H + t, 0), new Vector3(L / 2 + 0.03f, t, D / 2 + 0.03f));
            foreach (var s in new[] { 1f, -1f })
            {
                cloth.Box(new Vector3(0, H - drop / 2, s * (D / 2 + 0.03f)), new Vector3(L / 2 + 0.03f, drop / 2 + t, t));
                cloth.Box(new Vector3(s * (L / 2 + 0.03f), H - drop / 2, 0), new Vector3(t, drop / 2 + t, D / 2 + 0.03f));
            }
        }
    }

    private static void Bench(ModelBuilder m, ref SeededRandom r)
    {
        // Park bench: slatted seat and back on dark cast-iron ends.
        var iron = m.Paint(Paints.Srgb(35, 40, 38, 0.5f, 0.7f, "iron"));
        const float L = 1.6f;
        for (var i = 0; i < 4; i++) m.Body.Box(new Vector3(0, 0.45f, 0.2f - i * 0.11f), new Vector3(L / 2, 0.02f, 0.045f));
        for (var i = 0; i < 3; i++) m.Body.Box(new Vector3(0, 0.6f + i * 0.13f, -0.25f - i * 0.03f), new Vector3(L / 2, 0.045f, 0.02f));
        foreach (var x in new[] { -L / 2 + 0.12f, L / 2 - 0.12f })
        {
            iron.Box(new Vector3(x, 0.22f, 0.2f), new Vector3(0.025f, 0.22f, 0.025f));
            iron.Box(new Vector3(x, 0.4f, -0.25f), new Vector3(0.025f, 0.4f, 0.025f));
            iron.Box(new Vector3(x, 0.43f, -0.02f), new Vector3(0.025f, 0.02f, 0.26f));
            iron.Box(new Vector3(x, 0.62f, 0.05f), new Vector3(0.02f, 0.02f, 0.2f)); // armrest
            iron.Box(new Vector3(x, 0.53f, 0.2f), new Vector3(0.02f, 0.09f, 0.02f));
        }
    }

    private static void PottedPlant(ModelBuilder m, ref SeededRandom r)
    {
        // Terracotta pot with soil and a leafy plant: stems fanning out with long leaves.
        m.Body.Lathe([new(0, 0), new(0.12f, 0), new(0.16f, 0.26f), new(0.18f, 0.27f), new(0.18f, 0.31f), new(0, 0.31f)], Matrix4x4.Identity, 28);
        m.Paint(Paints.Soil).Cylinder(Matrix4x4.CreateScale(0.16f, 0.01f, 0.16f) * Matrix4x4.CreateTranslation(0, 0.31f, 0), 1, 24);
        var leaf = m.Paint(Paints.Leaf);
        var dark = m.Paint(Paints.Srgb(30, 85, 30, 0.7f, 0, "leafdark"));
        for (var i = 0; i < 16; i++)
        {
            var yaw = i * 2.4f + r.RangeF(-0.3f, 0.3f);
            var tilt = r.RangeF(0.2f, 1.0f);
            var len = r.RangeF(0.3f, 0.48f);
            var dir = new Vector3(MathF.Sin(tilt) * MathF.Cos(yaw), MathF.Cos(tilt), MathF.Sin(tilt) * MathF.Sin(yaw));
            var tip = new Vector3(0, 0.3f, 0) + dir * len;
            leaf.Rod(new Vector3(0, 0.3f, 0), tip, 0.008f, 0.005f, 6);
            var mid = new Vector3(0, 0.3f, 0) + dir * (len * 0.75f);
            (i % 2 == 0 ? leaf : dark).Sphere(Matrix4x4.CreateScale(0.05f, 0.13f, 0.012f) * MeshBuilder.AlignY(dir) * Matrix4x4.CreateTranslation(mid), 12, 8);
        }
    }

    private static void Toilet(ModelBuilder m, ref SeededRandom r)
    {
        // Close-coupled toilet: pedestal, bowl, seat and lid up, cistern against the wall (−X).
        m.Body.Lathe([new(0, 0), new(0.13f, 0), new(0.1f, 0.2f), new(0.16f, 0.32f), new(0.19f, 0.4f), new(0, 0.4f)], Matrix4x4.CreateScale(1.25f, 1, 1) * Matrix4x4.CreateTranslation(0.05f, 0, 0), 28);
        var seat = m.Paint(Paints.Srgb(250, 250, 250, 0.3f, 0, "seat"));
        seat.Torus(0.15f, 0.025f, Matrix4x4.CreateScale(1.25f, 1, 1) * Matrix4x4.CreateTranslation(0.05f, 0.42f, 0), 28, 8);
        m.Paint(Paints.Srgb(150, 170, 180, 0.05f, 0, "water")).Cylinder(Matrix4x4.CreateScale(0.12f, 0.005f, 0.1f) * Matrix4x4.CreateTranslation(0.05f, 0.38f, 0), 1, 20);
        seat.Box(new Vector3(-0.2f, 0.62f, 0), new Vector3(0.02f, 0.2f, 0.18f), rotZ: -0.15f); // lid up
        m.Body.Box(new Vector3(-0.3f, 0.62f, 0), new Vector3(0.09f, 0.2f, 0.22f));          // cistern
        m.Paint(Paints.Chrome).Rod(new Vector3(-0.3f, 0.75f, 0.1f), new Vector3(-0.3f, 0.75f, 0.25f), 0.012f, 0.012f, 8);
    }
}
