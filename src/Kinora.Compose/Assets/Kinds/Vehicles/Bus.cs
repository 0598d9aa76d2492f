using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

public static partial class Vehicles
{
    /// <summary>
    /// A 12 m low-floor city bus (2.55 m wide, 3.2 m tall, 5.9 m wheelbase, 2.7 m front overhang): a tall slab
    /// with a long band of dark side windows split by thin pillars, a deep windscreen under a destination display,
    /// glazed doors on the kerb side (+Z, the right-hand side of a vehicle facing +X), wheels in arches and a roof pod.
    /// </summary>
    private static void Bus(ModelBuilder m, ref SeededRandom r)
    {
        var glass = m.Paint(Paints.Glass);
        var trim = m.Paint(Paints.Srgb(28, 28, 30, 0.6f, 0, "trim"));
        var tyre = m.Paint(Paints.Rubber);
        var hub = m.Paint(Paints.Alloy);
        var skirt = m.Paint(Paints.Srgb(60, 62, 66, 0.5f, 0, "skirt"));
        var roofPaint = m.Paint(Paints.Srgb(235, 235, 232, 0.45f, 0, "roof"));
        const float L = 12f, H = 3.2f, W = 2.55f, R = 0.5f, arch = 0.58f;
        const float front = L / 2, rear = -L / 2, winLow = 1.25f, winHigh = 2.75f;
        float[] axles = [front - 2.7f, front - 2.7f - 5.9f];
        var lower = WheelArches.LowerEdge(front - 0.05f, rear + 0.05f, 0.32f, axles, R, arch);
        Rounded(m.Body, WheelArches.Profile(lower,
            rear - 0.02f, 0.45f, rear - 0.04f, H - 0.2f, rear + 0.12f, H, front - 0.15f, H, front + 0.02f, H - 0.2f, front + 0.06f, 0.45f), W, 0.2f, 8);
        WheelArches.Wells(trim, axles, R, arch, W, 0.3f);
        roofPaint.Box(new Vector3(-1.0f, H + 0.18f, 0), new Vector3(2.4f, 0.18f, W / 2 - 0.3f)); // air-conditioning pod
        foreach (var s in new[] { 1f, -1f })
        {
            var z = s * (W / 2 + 0.004f);
            foreach (var x in axles)
                Shapes.Wheel(tyre, hub, new Vector3(x, R, s * (W / 2 - 0.2f)), R, 0.3f);
            skirt.Box(new Vector3(0, 0.48f, s * (W / 2 + 0.002f)), new Vector3(L / 2 - 0.15f, 0.14f, 0.004f));
            // Window band with thin pillars; on the kerb side two doors break it.
            var panes = s > 0 ? new (float A, float B)[] { (-5.7f, -0.2f), (1.2f, 3.9f) } : [(-5.7f, 5.0f)];
            foreach (var (a, b) in panes)
            {
                glass.Box(new Vector3((a + b) / 2, (winLow + winHigh) / 2, z), new Vector3((b - a) / 2, (winHigh - winLow) / 2, 0.006f));
                for (var x = a + 1.35f; x < b - 0.3f; x += 1.35f)
                    trim.Box(new Vector3(x, (winLow + winHigh) / 2, z + s * 0.004f), new Vector3(0.04f, (winHigh - winLow) / 2, 0.004f));
            }
            if (s > 0)
                foreach (var (a, b) in new[] { (-0.05f, 1.1f), (4.05f, 5.15f) })
                {
                    // Glazed double door, full height, with a dark frame and a central seam.
                    trim.Box(new Vector3((a + b) / 2, 1.5f, z), new Vector3((b - a) / 2, 1.2f, 0.006f));
                    glass.Box(new Vector3((a + b) / 2, 1.58f, z + 0.005f), new Vector3((b - a) / 2 - 0.07f, 1.05f, 0.006f));
                    trim.Box(new Vector3((a + b) / 2, 1.5f, z + 0.01f), new Vector3(0.02f, 1.15f, 0.004f));
                }
            else glass.Box(new Vector3(5.5f, 1.9f, z), new Vector3(0.4f, 0.85f, 0.006f)); // driver's window
            m.Paint(Paints.Srgb(250, 248, 235, 0.1f, 0, "headlight")).Box(new Vector3(front + 0.05f, 0.75f, s * 0.95f), new Vector3(0.03f, 0.1f, 0.2f));
            m.Paint(Paints.Srgb(190, 15, 15, 0.25f, 0, "taillight")).Box(new Vector3(rear - 0.03f, 0.9f, s * 1.05f), new Vector3(0.03f, 0.25f, 0.1f));
            trim.Box(new Vector3(front - 0.3f, 2.3f, s * (W / 2 + 0.15f)), new Vector3(0.05f, 0.2f, 0.05f)); // mirrors on arms
            trim.Rod(new Vector3(front, 2.6f, s * (W / 2 - 0.2f)), new Vector3(front - 0.3f, 2.5f, s * (W / 2 + 0.15f)), 0.02f, 0.02f, 6);
        }
        // Front: deep windscreen, destination display, bumper; rear window.
        glass.Box(new Vector3(front + 0.05f, 1.95f, 0), new Vector3(0.02f, 0.85f, W / 2 - 0.1f));
        trim.Box(new Vector3(front + 0.05f, 2.95f, 0), new Vector3(0.02f, 0.14f, W / 2 - 0.12f));
        m.Paint(Paints.Srgb(255, 170, 30, 0.3f, 0, "display") with { Emission = new Vector3(0.9f, 0.45f, 0.05f) })
            .Box(new Vector3(front + 0.075f, 2.95f, 0.05f), new Vector3(0.004f, 0.06f, 0.75f));
        trim.Box(new Vector3(front + 0.07f, 0.42f, 0), new Vector3(0.05f, 0.12f, W / 2));
        m.Paint(Paints.Srgb(240, 240, 235, 0.4f, 0, "plate")).Box(new Vector3(front + 0.12f, 0.45f, 0), new Vector3(0.01f, 0.06f, 0.25f));
        glass.Box(new Vector3(rear - 0.05f, 2.2f, 0), new Vector3(0.02f, 0.5f, W / 2 - 0.2f));
    }
}
