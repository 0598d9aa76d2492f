using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// The violin family, stood upright with the top facing +Z: a varnished body with deep C-bout waist, two f-holes, a
/// black fingerboard running up the neck to a pegbox and scroll, a black tailpiece, a pale bridge and four strings.
/// A violin's body is 0.356 m (0.6 m with the scroll) and comes with its bow (0.75 m) laid across the strings at the
/// bridge as it is played; a cello is the same shape 2.1 times larger, with deeper ribs and an endpin to stand on.
/// </summary>
public static class Fiddle
{
    /// <summary>Violin body: lower and upper bout radii and their spacing (m); a cello scales them.</summary>
    public const float LowerBout = 0.1f, UpperBout = 0.083f, BoutSpacing = 0.16f;

    public static void Violin(ModelBuilder m, ref SeededRandom r) => Build(m, 1, 0.04f, endpin: 0, bow: true);

    public static void Cello(ModelBuilder m, ref SeededRandom r) => Build(m, 2.1f, 0.12f / 2.1f, endpin: 0.3f, bow: false);

    /// <param name="scale">Size relative to a violin.</param>
    /// <param name="ribs">Depth of the ribs at violin scale (m).</param>
    /// <param name="endpin">Length of the spike it stands on (m, true size); 0 for none.</param>
    private static void Build(ModelBuilder m, float scale, float ribs, float endpin, bool bow)
    {
        var outline = Bouts.Outline(LowerBout, UpperBout, BoutSpacing);
        var body = Bouts.Length(LowerBout, UpperBout, BoutSpacing);
        var place = Matrix4x4.CreateScale(scale) * Matrix4x4.CreateTranslation(0, endpin, 0);
        var varnish = m.Body;
        var ebony = m.Paint(Paints.Srgb(18, 14, 12, 0.35f, 0, "ebony"));
        var maple = m.Paint(Paints.Srgb(225, 200, 150, 0.5f, 0, "maple"));
        var metal = m.Paint(Paints.Srgb(200, 195, 180, 0.25f, 1, "string"));
        var front = ribs / 2;

        varnish.Extrude(outline, ribs, place);
        // The arched top and back: low domes over each bout, so the body's edge catches light like a carved plate.
        foreach (var (y, radius) in new[] { (LowerBout, LowerBout), (LowerBout + BoutSpacing, UpperBout) })
            foreach (var side in new[] { 1f, -1f })
                varnish.Ellipsoid(Vector3.Transform(new Vector3(0, y, side * front), place), new Vector3(radius * 0.9f, radius * 0.92f, 0.008f) * scale, slices: 24, stacks: 8);

        // f-holes: two thin dark slits either side of the bridge, each with round eyes at its ends.
        var bridgeY = LowerBout + BoutSpacing * 0.42f;
        foreach (var s in new[] { 1f, -1f })
        {
            ebony.Box(Matrix4x4.CreateScale(0.003f, 0.032f, 0.002f) * Matrix4x4.CreateRotationZ(s * 0.2f) * Matrix4x4.CreateTranslation(s * 0.042f, bridgeY, front + 0.001f) * place);
            ebony.Sphere(Matrix4x4.CreateScale(0.005f, 0.005f, 0.002f) * Matrix4x4.CreateTranslation(s * 0.035f, bridgeY + 0.032f, front + 0.001f) * place, 8, 4);
            ebony.Sphere(Matrix4x4.CreateScale(0.005f, 0.005f, 0.002f) * Matrix4x4.CreateTranslation(s * 0.049f, bridgeY - 0.032f, front + 0.001f) * place, 8, 4);
        }
        // Bridge (pale maple, standing on the top), tailpiece below it, chin rest on the bass side of the tail.
        maple.Box(Matrix4x4.CreateScale(0.022f, 0.003f, 0.011f) * Matrix4x4.CreateTranslation(0, bridgeY, front + 0.011f) * place);
        ebony.Box(Matrix4x4.CreateScale(0.018f, 0.04f, 0.004f) * Matrix4x4.CreateTranslation(0, LowerBout * 0.65f, front + 0.012f) * place);
        if (endpin == 0) ebony.Ellipsoid(Vector3.Transform(new Vector3(0.04f, 0.02f, front + 0.008f), place), new Vector3(0.035f, 0.022f, 0.007f) * scale);

        // Neck, fingerboard over the upper bout, pegbox and scroll.
        var nut = body + 0.13f;
        varnish.Box(Matrix4x4.CreateScale(0.012f, (nut - body + 0.01f) / 2, 0.011f) * Matrix4x4.CreateTranslation(0, (body + nut) / 2, front - 0.006f) * place);
        var boardStart = LowerBout + BoutSpacing * 0.6f;
        ebony.Box(Matrix4x4.CreateScale(0.016f, (nut - boardStart) / 2, 0.004f) * Matrix4x4.CreateTranslation(0, (nut + boardStart) / 2, front + 0.012f) * place);
        varnish.Box(Matrix4x4.CreateScale(0.01f, 0.035f, 0.012f) * Matrix4x4.CreateTranslation(0, nut + 0.035f, front - 0.004f) * place);
        varnish.Torus(0.013f, 0.007f, Matrix4x4.CreateRotationZ(MathF.PI / 2) * Matrix4x4.CreateTranslation(0, nut + 0.08f, front - 0.006f) * place, 20, 8);
        for (var i = 0; i < 2; i++)
            foreach (var s in new[] { 1f, -1f })
                ebony.Rod(Vector3.Transform(new Vector3(0, nut + 0.02f + i * 0.025f, front - 0.004f), place),
                    Vector3.Transform(new Vector3(s * 0.028f, nut + 0.02f + i * 0.025f + 0.0125f * s, front - 0.004f), place), 0.0035f * scale, 0.005f * scale, 8);

        // Four strings from the tailpiece over the bridge to the nut.
        for (var i = 0; i < 4; i++)
        {
            var x = -0.0075f + i * 0.005f;
            metal.Rod(Vector3.Transform(new Vector3(x * 1.6f, LowerBout * 0.7f, front + 0.016f), place), Vector3.Transform(new Vector3(x, nut, front + 0.016f), place),
                0.0006f * scale, 0.0006f * scale, 5);
        }

        if (endpin > 0)
            m.Paint(Paints.Steel).Rod(new Vector3(0, 0, 0), new Vector3(0, endpin + 0.01f, 0), 0.004f, 0.006f, 8);
        if (bow) Bow(m, new Vector3(0, bridgeY + 0.03f, front + 0.03f), 0.12f);
    }

    /// <summary>A bow (0.75 m): a dark stick, a white ribbon of hair beside it and a black frog, crossing the strings
    /// at <paramref name="contact"/> at <paramref name="tilt"/> radians from square, mid-stroke: the frog on the +X side
    /// (the player's right, where the bowing hand is, once the violin is under the chin).</summary>
    private static void Bow(ModelBuilder m, Vector3 contact, float tilt)
    {
        var along = new Vector3(MathF.Cos(tilt), -MathF.Sin(tilt), 0);
        var frog = contact + along * 0.33f;
        var tip = contact - along * 0.42f;
        var up = Vector3.UnitZ;
        m.Paint(Paints.Srgb(70, 35, 20, 0.4f, 0, "pernambuco")).Rod(frog + up * 0.014f, tip + up * 0.01f, 0.0045f, 0.003f, 8);
        m.Paint(Paints.Srgb(240, 236, 225, 0.7f, 0, "horsehair")).Rod(frog, tip, 0.0025f, 0.0025f, 6);
        m.Paint(Paints.Black).Box(Matrix4x4.CreateScale(0.02f, 0.006f, 0.01f) * Matrix4x4.CreateRotationZ(-tilt) * Matrix4x4.CreateTranslation(frog + up * 0.007f));
    }
}
