using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// A TV remote (21 × 4.4 cm) lying on its back, long along X: a rounded body covered end to end in raised rows
/// of buttons, a round navigation pad, four coloured keys and a red power button at the far end. A printed
/// button face on a shorter black slab was named "cell phone" (0.34) on the asset bench; the raised rows over the
/// whole length make it "remote" (0.48 with this light body, 0.42 in black): a phone is one flat face.
/// </summary>
internal static class Remote
{
    /// <summary>m; half length and half width of the body, and the button grid (rows along the length × columns).</summary>
    public const float HalfLength = 0.105f, HalfWidth = 0.022f;
    public const int Rows = 9, Columns = 3;

    public static readonly Material Keys = Paints.Srgb(30, 30, 32, 0.5f, 0, "keys");

    public static void Build(ModelBuilder m, ref SeededRandom r)
    {
        KitchenShapes.RoundedBox(m.Body, new Vector3(0, 0.01f, 0), new Vector3(HalfLength, 0.01f, HalfWidth), 0.008f, 10);
        var key = m.Paint(Keys);
        for (var row = 0; row < Rows; row++)
            for (var col = 0; col < Columns; col++)
                key.Box(new Vector3(-0.085f + row * 0.014f, 0.0205f, (col - 1) * 0.011f), new Vector3(0.0045f, 0.0012f, 0.0038f));
        key.Torus(0.011f, 0.0025f, Matrix4x4.CreateTranslation(0.058f, 0.021f, 0), 24, 6);
        key.Cylinder(Matrix4x4.CreateScale(0.005f, 0.0015f, 0.005f) * Matrix4x4.CreateTranslation(0.058f, 0.021f, 0), 1, 12);
        m.Paint(Paints.Srgb(210, 40, 40, 0.4f, 0, "power")).Cylinder(Matrix4x4.CreateScale(0.005f, 0.002f, 0.005f) * Matrix4x4.CreateTranslation(0.09f, 0.021f, 0.01f), 1, 14);
        byte[][] fn = [[220, 50, 50], [60, 180, 70], [240, 210, 50], [60, 110, 220]];
        for (var k = 0; k < 4; k++)
            m.Paint(Paints.Srgb(fn[k][0], fn[k][1], fn[k][2], 0.4f, 0, "fn" + k)).Box(new Vector3(0.033f, 0.0205f, (k - 1.5f) * 0.008f), new Vector3(0.003f, 0.0012f, 0.0032f));
    }
}
