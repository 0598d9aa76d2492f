using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

public static partial class Sports
{
    /// <summary>
    /// A fielder's glove (30 cm) standing on its wrist, pocket to the camera. It is one padded mitt, not a hand:
    /// the outline of four fat fingers fused side by side and a thumb set apart, puffed out by a deep rounded rim,
    /// with a dark laced web filling the gap between thumb and forefinger, a darker pocket, lace grooves between
    /// the fingers, lacing along the tips and a wrist strap.
    /// </summary>
    private static void BaseballGlove(ModelBuilder m, ref SeededRandom r)
    {
        var lace = m.Paint(Paints.Srgb(70, 40, 20, 0.6f, 0, "lace"));
        var pocket = m.Paint(Paints.Shade(m.BodyPaint, 0.72f));
        var strap = m.Paint(Paints.Shade(m.BodyPaint, 0.55f));
        // Front outline (x across, y up) from the wrist round the little finger, the finger tips, down to the thumb.
        var outline = new List<Vector2> { new(-0.1f, 0.02f), new(-0.115f, 0.12f), new(-0.12f, 0.2f) };
        float[] tipX = [-0.09f, -0.045f, 0.0f, 0.045f];
        float[] tipY = [0.27f, 0.3f, 0.31f, 0.3f];
        for (var i = 0; i < 4; i++)
            for (var k = 0; k <= 6; k++)
            {
                var a = MathF.PI * (1 - k / 6f);
                outline.Add(new(tipX[i] + 0.024f * MathF.Cos(a), tipY[i] + 0.024f * MathF.Sin(a)));
            }
        outline.AddRange([new(0.07f, 0.22f), new(0.1f, 0.16f), new(0.14f, 0.2f), new(0.165f, 0.19f), new(0.16f, 0.13f), new(0.1f, 0.03f)]);
        RoundedSlab.Add(m.Body, outline, 0.09f, 0.035f, Matrix4x4.Identity, 6);
        // Web: a laced panel filling the fork between forefinger and thumb.
        lace.Extrude([new(0.06f, 0.2f), new(0.1f, 0.15f), new(0.145f, 0.2f), new(0.11f, 0.29f), new(0.06f, 0.28f)], 0.03f, Matrix4x4.Identity);
        for (var i = 0; i < 4; i++) strap.Box(new Vector3(0.1f, 0.19f + i * 0.025f, 0.017f), new Vector3(0.035f, 0.004f, 0.003f), rotZ: 0.4f);
        pocket.Ellipsoid(new Vector3(-0.005f, 0.13f, 0.04f), new Vector3(0.075f, 0.075f, 0.012f));
        for (var i = 0; i < 3; i++) // lace grooves between the fingers
            lace.Box(new Vector3((tipX[i] + tipX[i + 1]) / 2, 0.25f, 0.046f), new Vector3(0.003f, 0.045f, 0.003f));
        for (var i = 0; i < 4; i++)
            lace.Torus(0.01f, 0.003f, Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(tipX[i], tipY[i] + 0.018f, 0.03f), 10, 4);
        strap.Box(new Vector3(0, 0.045f, 0.042f), new Vector3(0.085f, 0.022f, 0.008f)); // wrist strap
        lace.Box(new Vector3(-0.04f, 0.045f, 0.051f), new Vector3(0.022f, 0.011f, 0.002f));
    }
}
