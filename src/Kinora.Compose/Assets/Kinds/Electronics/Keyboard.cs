using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// A full-size keyboard (45 × 14 cm): raised keycaps (19 mm pitch) in the standard rows — function keys, five
/// typing rows with their wide keys and space bar — then arrows (level with the bottom two rows) and a number pad,
/// each cap with a legend mark, on a low case tilted on its rear feet towards the typist (+Z). A flat printed key
/// field was named "laptop" (0.36) on the asset bench; raised caps made it "keyboard" (0.41), then "remote" (0.37)
/// after a renderer change. Black, as most desk keyboards are, with light legends and the case trimmed to the key
/// field (the arrows had hung a row in front of the typing block over a wide empty lip): keyboard 0.48.
/// </summary>
internal static class Keyboard
{
    /// <summary>m; key pitch.</summary>
    public const float Unit = 0.019f;

    /// <summary>The case's colour (the body paint, which colour traits tint) lifted a little: caps stand out of it.</summary>
    private static Material Caps(Material body) => body with { BaseColor = Vector3.Min(body.BaseColor * 1.2f + new Vector3(0.008f), Vector3.One), Roughness = 0.5f, Metallic = 0, Name = "keycap" };

    /// <summary>Light marks on dark caps, dark marks on light ones (relative luminance, linear).</summary>
    private static Material Legends(Material caps) => Vector3.Dot(caps.BaseColor, new Vector3(0.2126f, 0.7152f, 0.0722f)) < 0.2f
        ? Paints.Srgb(235, 235, 235, 0.5f, 0, "legend")
        : Paints.Srgb(60, 60, 60, 0.5f, 0, "legend");

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
        var capPaint = Caps(m.BodyPaint);
        var caps = m.Paint(capPaint);
        var marks = m.Paint(Legends(capPaint));
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
        Key(arrows + Unit, 1.7f * Unit, 1); // up, level with the right shift
        for (var k = 0; k < 3; k++) Key(arrows + k * Unit, 2.7f * Unit, 1); // left, down, right, level with the space bar
        var pad = arrows + 3.5f * Unit;
        for (var row = 0; row < 5; row++)
            for (var k = 0; k < 4; k++) Key(pad + k * Unit, (row - 1.3f) * Unit, 1);
        KitchenShapes.RoundedBox(m.Body, new Vector3(0.002f, 0.0065f, 0), new Vector3(0.227f, 0.0065f, 0.07f), 0.005f, 8);
        m.Transform(Matrix4x4.CreateRotationX(0.1f) * Matrix4x4.CreateTranslation(0, 0.008f, 0));
    }
}
