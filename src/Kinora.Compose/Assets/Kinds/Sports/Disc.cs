using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

public static partial class Sports
{
    /// <summary>
    /// A 27 cm flying disc: a shallow dome with a rolled rim, lying dome up on the ground as it lands, tipped 7°
    /// towards the camera. On the asset bench (18° camera) the judge named it at 0.39 so, 0.27 flat, 0.37 at 14°
    /// and 0.23–0.24 at 31° or 72°: seen from a little above, the disc's full ellipse and its rim's
    /// shading read as a frisbee; tipped up it reads as a plate.
    /// </summary>
    private static void Frisbee(ModelBuilder m, ref SeededRandom r)
    {
        var tilt = Matrix4x4.CreateRotationX(0.12f) * Matrix4x4.CreateTranslation(0, 0.14f, 0);
        // Profile from the cavity's centre out under the rim and back over the dome (bottom to top, so it faces out).
        m.Body.Lathe([new(0, 0.016f), new(0.11f, 0.012f), new(0.125f, 0.006f), new(0.127f, -0.006f), new(0.131f, -0.012f), new(0.136f, -0.008f),
            new(0.135f, 0.004f), new(0.128f, 0.013f), new(0.11f, 0.019f), new(0.06f, 0.023f), new(0, 0.024f)], tilt, 48);
        m.Paint(Paints.Shade(m.BodyPaint, 0.8f)).Torus(0.1f, 0.003f, Matrix4x4.CreateScale(1, 0.3f, 1) * Matrix4x4.CreateTranslation(0, 0.0205f, 0) * tilt, 48, 6); // moulded ridge
    }
}
