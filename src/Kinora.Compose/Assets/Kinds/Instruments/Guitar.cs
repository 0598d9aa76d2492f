using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// An acoustic (dreadnought-like) guitar, stood on its bottom as it is photographed: a figure-of-eight body of dark
/// sides with a honey spruce top facing +Z, a round sound hole with a rosette, a dark bridge, a long neck with a
/// fretted rosewood fingerboard up to an angled headstock with six tuning pegs, and six strings. About 1.02 m long
/// (a full-size guitar is 1.0–1.05 m); body 0.53 m by 0.37 m across the lower bout, 0.1 m deep.
/// </summary>
public static class Guitar
{
    public const float LowerBout = 0.185f, UpperBout = 0.14f, BoutSpacing = 0.2f, Depth = 0.1f;
    public const float NeckTop = 0.9f, HeadTop = 1.08f;

    public static void Build(ModelBuilder m, ref SeededRandom r)
    {
        var outline = Bouts.Outline(LowerBout, UpperBout, BoutSpacing);
        var body = Bouts.Length(LowerBout, UpperBout, BoutSpacing);
        var sides = m.Paint(Paints.Srgb(95, 50, 25, 0.45f, 0, "rosewood") with { Pattern = "wood" });
        var top = m.Body; // the spruce top: colour traits dye it
        var dark = m.Paint(Paints.Srgb(30, 18, 12, 0.4f, 0, "ebony"));
        var bone = m.Paint(Paints.Srgb(235, 228, 205, 0.4f, 0, "bone"));
        var metal = m.Paint(Paints.Chrome);
        var front = Depth / 2;

        sides.Extrude(outline, Depth, Matrix4x4.Identity);
        top.Extrude(outline, 0.006f, Matrix4x4.CreateScale(0.985f, 0.99f, 1) * Matrix4x4.CreateTranslation(0, 0.003f, front));
        // Binding: a light rim round the top's edge reads the outline against a dark room.
        bone.Extrude(outline, 0.003f, Matrix4x4.CreateScale(1.002f, 1.002f, 1) * Matrix4x4.CreateTranslation(0, -0.0005f, front - 0.002f));

        // Sound hole (dark, inside the body) with a rosette ring, just below where the neck meets the body.
        var hole = new Vector3(0, LowerBout + BoutSpacing * 0.72f, front + 0.004f);
        dark.Cylinder(Matrix4x4.CreateScale(0.044f, 0.003f, 0.044f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(hole), 1, 28);
        sides.Torus(0.052f, 0.005f, Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(hole), 32, 6);
        // Bridge with its saddle, on the lower bout.
        var bridgeY = LowerBout * 0.62f;
        dark.Box(new Vector3(0, bridgeY, front + 0.008f), new Vector3(0.085f, 0.014f, 0.005f));
        bone.Box(new Vector3(0, bridgeY + 0.006f, front + 0.013f), new Vector3(0.04f, 0.002f, 0.002f));
        // Pickguard: a dark teardrop beside the hole on the treble side.
        dark.Ellipsoid(hole + new Vector3(-0.07f, -0.045f, 0), new Vector3(0.04f, 0.06f, 0.0015f), rotZ: -0.4f, slices: 16, stacks: 6);

        // Neck from the upper bout to the nut, fingerboard on its front, frets across it.
        var neckBase = body - 0.08f;
        sides.Box(new Vector3(0, (neckBase + NeckTop) / 2, front - 0.02f), new Vector3(0.024f, (NeckTop - neckBase) / 2, 0.018f));
        dark.Box(new Vector3(0, (neckBase + NeckTop) / 2 + 0.005f, front + 0.002f), new Vector3(0.027f, (NeckTop - neckBase) / 2 - 0.005f, 0.004f));
        for (var i = 1; i <= 14; i++)
        {
            // Frets close up towards the body (each 1/17.8 of the remaining scale, as luthiers space them).
            var scale = 0.65f;
            var y = NeckTop - scale * (1 - MathF.Pow(2, -i / 12f));
            if (y < neckBase + 0.01f) break;
            metal.Box(new Vector3(0, y, front + 0.0065f), new Vector3(0.027f, 0.0012f, 0.001f));
        }
        bone.Box(new Vector3(0, NeckTop, front + 0.007f), new Vector3(0.027f, 0.003f, 0.003f)); // nut
        // Headstock, tipped back, with three pegs a side.
        var head = Matrix4x4.CreateRotationX(-0.2f) * Matrix4x4.CreateTranslation(0, NeckTop, front - 0.015f);
        sides.Box(Matrix4x4.CreateScale(0.042f, (HeadTop - NeckTop) / 2, 0.009f) * Matrix4x4.CreateTranslation(0, (HeadTop - NeckTop) / 2, 0) * head);
        for (var i = 0; i < 3; i++)
            foreach (var s in new[] { 1f, -1f })
            {
                var y = 0.05f + i * 0.045f;
                metal.Rod(Vector3.Transform(new Vector3(s * 0.035f, y, 0), head), Vector3.Transform(new Vector3(s * 0.065f, y, 0), head), 0.005f, 0.005f, 8);
                bone.Ellipsoid(Vector3.Transform(new Vector3(s * 0.072f, y, 0), head), new Vector3(0.01f, 0.013f, 0.005f), slices: 10, stacks: 6);
            }

        // Six strings from the bridge to the nut, a little proud of the fingerboard.
        for (var i = 0; i < 6; i++)
        {
            var x = -0.021f + i * 0.0084f;
            metal.Rod(new Vector3(x * 1.5f, bridgeY + 0.006f, front + 0.015f), new Vector3(x, NeckTop, front + 0.01f), 0.0009f + 0.0002f * i, 0.0009f + 0.0002f * i, 5);
        }
    }
}
