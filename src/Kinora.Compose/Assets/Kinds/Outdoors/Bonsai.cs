using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// A bonsai (~0.5 m across): a shallow glazed rectangular pot on little feet, a gnarled trunk that twists out of
/// moss, and flat cloud-pads of foliage on the tips of its branches. The flat pads over an S-curved trunk in a
/// shallow tray are what tell it from a potted plant, which is a mound of leaves in a deep pot.
/// </summary>
public static class Bonsai
{
    public static Material Foliage { get; } = Paints.Srgb(52, 98, 42, 0.8f, 0, "bonsaileaves");

    public static void Build(ModelBuilder m, ref SeededRandom r)
    {
        var pot = m.Paint(Paints.Srgb(70, 82, 105, 0.25f, 0, "glaze"));
        pot.Box(new Vector3(0, 0.055f, 0), new Vector3(0.19f, 0.04f, 0.12f));
        pot.Box(new Vector3(0, 0.092f, 0), new Vector3(0.2f, 0.006f, 0.13f)); // lip
        foreach (var (x, z) in new[] { (-0.15f, -0.09f), (0.15f, -0.09f), (-0.15f, 0.09f), (0.15f, 0.09f) })
            pot.Box(new Vector3(x, 0.008f, z), new Vector3(0.025f, 0.008f, 0.02f));
        m.Paint(Paints.Srgb(70, 95, 45, 0.95f, 0, "moss")).Box(new Vector3(0, 0.1f, 0), new Vector3(0.18f, 0.006f, 0.11f));

        // The trunk: an S of segments tapering up, leaning a little each way so no two bonsai share a line.
        var bark = m.Paint(Paints.Srgb(95, 78, 62, 0.9f, 0, "bonsaibark"));
        Vector3[] spine =
        [
            new(0.02f, 0.1f, 0), new(0.06f, 0.17f, 0.01f), new(-0.02f + r.RangeF(-0.01f, 0.01f), 0.25f, -0.01f),
            new(-0.05f, 0.31f, 0.01f), new(0.01f, 0.38f, 0),
        ];
        for (var i = 1; i < spine.Length; i++)
        {
            var t = (float)i / spine.Length;
            bark.Rod(spine[i - 1], spine[i], 0.032f * (1.2f - t), 0.032f * (1.1f - t), 9);
            bark.Sphere(Matrix4x4.CreateScale(0.032f * (1.1f - t)) * Matrix4x4.CreateTranslation(spine[i]), 8, 5); // smooth elbows
        }
        bark.Ellipsoid(new Vector3(0.02f, 0.105f, 0), new Vector3(0.06f, 0.02f, 0.05f), slices: 10, stacks: 4); // root flare

        // Branches out to the pads: long and low to one side, shorter to the other, one to the back, the apex on top.
        (Vector3 From, Vector3 Pad, Vector3 Size)[] pads =
        [
            (spine[2], new(-0.19f, 0.25f, 0.03f), new(0.09f, 0.032f, 0.075f)),
            (spine[3], new(0.16f, 0.32f, -0.02f), new(0.08f, 0.03f, 0.065f)),
            (spine[3], new(-0.06f, 0.35f, -0.1f), new(0.07f, 0.028f, 0.06f)),
            (spine[4], new(0.01f, 0.41f, 0), new(0.085f, 0.038f, 0.075f)),
        ];
        foreach (var (from, pad, size) in pads)
        {
            bark.Rod(from, pad - new Vector3(0, size.Y * 0.6f, 0), 0.012f, 0.006f, 6);
            var jitter = r.RangeF(0.9f, 1.1f);
            m.Body.Ellipsoid(pad, size * jitter, 0, r.RangeF(0, MathF.PI), 12, 6);
            // A second, smaller lump on each pad: a cloud, not a lens.
            m.Body.Ellipsoid(pad + new Vector3(size.X * 0.35f, size.Y * 0.5f, -size.Z * 0.2f), size * 0.6f, 0, r.RangeF(0, MathF.PI), 10, 5);
        }
    }
}
