using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

public static partial class Appliances
{
    /// <summary>
    /// A freestanding gas range (76 cm wide, cooktop at 91 cm, 65 cm deep, backguard to 1.1 m): a big black glass
    /// oven door with a window onto the racks and a full-width bar handle, a storage drawer under it, a control
    /// strip of knobs and a clock over the door, cast-iron grates over four burners on a black cooktop.
    /// </summary>
    private static void Oven(ModelBuilder m, ref SeededRandom r)
    {
        const float W = 0.38f, D = 0.32f, top = 0.91f;
        var black = m.Paint(Paints.Srgb(16, 16, 18, 0.12f, 0, "blackglass"));
        var chrome = m.Paint(Paints.Chrome);
        var iron = m.Paint(Paints.Srgb(30, 30, 32, 0.6f, 0.3f, "castiron"));
        m.Body.Box(new Vector3(0, top / 2, 0), new Vector3(W, top / 2, D));
        // Door: black glass with a window (dark, a rack and the far wall faintly lit), bar handle on standoffs.
        black.Box(new Vector3(0, 0.44f, D + 0.006f), new Vector3(W - 0.02f, 0.29f, 0.006f));
        m.Paint(Paints.Srgb(55, 45, 38, 0.3f, 0, "ovenwindow")).Box(new Vector3(0, 0.42f, D + 0.0125f), new Vector3(W - 0.1f, 0.15f, 0.001f));
        var rack = m.Paint(Paints.Srgb(120, 120, 122, 0.4f, 0.8f, "rack"));
        foreach (var y in new[] { 0.36f, 0.48f }) rack.Box(new Vector3(0, y, D + 0.0135f), new Vector3(W - 0.12f, 0.004f, 0.0005f));
        chrome.Rod(new Vector3(-W + 0.05f, 0.77f, D + 0.06f), new Vector3(W - 0.05f, 0.77f, D + 0.06f), 0.013f, 0.013f, 12);
        foreach (var s in new[] { -1f, 1f }) chrome.Rod(new Vector3(s * (W - 0.07f), 0.77f, D + 0.01f), new Vector3(s * (W - 0.07f), 0.77f, D + 0.06f), 0.01f, 0.01f, 8);
        // Drawer under the door.
        m.Paint(Paints.Shade(m.BodyPaint, 0.8f)).Box(new Vector3(0, 0.075f, D + 0.004f), new Vector3(W - 0.02f, 0.06f, 0.004f));
        chrome.Box(new Vector3(0, 0.1f, D + 0.02f), new Vector3(0.15f, 0.008f, 0.012f));
        black.Box(new Vector3(0, 0.008f, D - 0.03f), new Vector3(W - 0.02f, 0.008f, 0.03f)); // toe kick
        // Control strip: five knobs and a clock, across the top of the front.
        black.Box(new Vector3(0, 0.855f, D + 0.004f), new Vector3(W - 0.01f, 0.045f, 0.004f));
        for (var i = 0; i < 5; i++)
        {
            var x = -0.3f + i * 0.15f;
            if (i == 2) { m.Paint(Paints.Srgb(90, 200, 255, 0.2f, 0, "clock")).Box(new Vector3(0, 0.855f, D + 0.009f), new Vector3(0.04f, 0.012f, 0.001f)); continue; }
            chrome.Cylinder(Matrix4x4.CreateScale(0.024f, 0.014f, 0.024f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(x, 0.855f, D + 0.022f), 1, 16);
            black.Box(new Vector3(x, 0.862f, D + 0.037f), new Vector3(0.003f, 0.012f, 0.002f));
        }
        // Cooktop: black, four burners under two cast-iron grates.
        black.Box(new Vector3(0, top + 0.005f, 0), new Vector3(W, 0.005f, D));
        foreach (var x in new[] { -0.19f, 0.19f })
            foreach (var z in new[] { -0.15f, 0.15f })
            {
                iron.Cylinder(Matrix4x4.CreateScale(0.05f, 0.012f, 0.05f) * Matrix4x4.CreateTranslation(x, top + 0.022f, z), 1, 20);
                chrome.Cylinder(Matrix4x4.CreateScale(0.03f, 0.008f, 0.03f) * Matrix4x4.CreateTranslation(x, top + 0.036f, z), 1, 16);
            }
        foreach (var x in new[] { -0.19f, 0.19f })
        {
            var g0 = x - 0.17f; var g1 = x + 0.17f;
            foreach (var z in new[] { -D + 0.03f, 0f, D - 0.03f }) iron.Box(new Vector3(x, top + 0.05f, z), new Vector3(0.17f, 0.008f, 0.008f));
            foreach (var gx in new[] { g0, x, g1 }) iron.Box(new Vector3(gx, top + 0.05f, 0), new Vector3(0.008f, 0.008f, D - 0.03f));
        }
        // Backguard.
        m.Body.Box(new Vector3(0, top + 0.09f, -D + 0.02f), new Vector3(W, 0.09f, 0.02f));
    }
}
