using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// A full-size keyboard (45 × 16 cm): raised keycaps (19 mm pitch) in the standard rows — function keys, five
/// typing rows with their wide keys and space bar — then arrows and a number pad, each cap with a legend mark,
/// on a low case tilted on its rear feet towards the typist (+Z). A flat printed key field was named "laptop"
/// (0.36) on the asset bench; the caps' relief and the shadows between rows make it "keyboard" (0.41 light,
/// 0.39 dark).
/// </summary>
internal static class Keyboard
{
    /// <summary>m; key pitch.</summary>
    public const float Unit = 0.019f;

    public static readonly Material Caps = Paints.Srgb(245, 245, 245, 0.4f, 0, "keycap");
    public static readonly Material Legends = Paints.Srgb(60, 60, 60, 0.5f, 0, "legend");

    /// <summary>The typing rows as key widths in units, back to front.</summary>
    private static readonly float[][] Rows =
    [
        [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2],
        [1.5f, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.5f],
        [1.75f, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2.25f],
        [2.25f, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2.75f],
        [1.25f, 1.25f, 1.25f, 6.25f, 1.25f, 1.25f, 1.25f, 1.25f],
    ];

    public static void Build(ModelBuilder m, ref SeededRandom r)
    {
        var caps = m.Paint(Caps);
        var marks = m.Paint(Legends);
        void Key(float x, float z, float widthU)
        {
            var half = new Vector3(widthU * Unit / 2 - 0.0018f, 0.0045f, Unit / 2 - 0.0018f);
            var c = new Vector3(x + widthU * Unit / 2, 0.0175f, z);
            caps.Box(c, half);
            marks.Box(c + new Vector3(-half.X + 0.004f, half.Y + 0.0002f, -0.002f), new Vector3(0.0018f, 0.0002f, 0.0018f));
        }
        const float left = -0.215f;
        // Function row at the back (−Z) in groups of four after Esc, then the five rows towards the typist (+Z).
        for (var k = 0; k < 13; k++) Key(left + (k == 0 ? 0 : k + 0.5f + (k - 1) / 4 * 0.5f) * Unit, -2.6f * Unit, 1);
        for (var row = 0; row < Rows.Length; row++)
        {
            var x = left;
            foreach (var w in Rows[row]) { Key(x, (row - 1.3f) * Unit, w); x += w * Unit; }
        }
        var arrows = left + 15.4f * Unit;
        Key(arrows + Unit, 2.7f * Unit, 1);
        for (var k = 0; k < 3; k++) Key(arrows + k * Unit, 3.7f * Unit, 1);
        var pad = arrows + 3.5f * Unit;
        for (var row = 0; row < 5; row++)
            for (var k = 0; k < 4; k++) Key(pad + k * Unit, (row - 1.3f) * Unit, 1);
        KitchenShapes.RoundedBox(m.Body, new Vector3(0, 0.0065f, 0.005f), new Vector3(0.225f, 0.0065f, 0.078f), 0.005f, 8);
        m.Transform(Matrix4x4.CreateRotationX(0.1f) * Matrix4x4.CreateTranslation(0, 0.008f, 0));
    }
}
