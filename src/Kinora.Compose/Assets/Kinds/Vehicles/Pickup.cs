using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

public static partial class Vehicles
{
    /// <summary>
    /// A full-size pickup (5.8 m long, 2.0 m wide, 1.9 m tall, 3.6 m wheelbase, 0.84 m tyres): a tall square nose
    /// with a big chrome-framed grille, a crew cab, and the open bed behind it whose walls, tailgate and floor
    /// show from above: the high hood, the big wheels with deep arches and the open box are what name a truck.
    /// </summary>
    private static void Pickup(ModelBuilder m, ref SeededRandom r)
    {
        var glass = m.Paint(Paints.Glass);
        var trim = m.Paint(Paints.Srgb(28, 28, 30, 0.6f, 0, "trim"));
        var tyre = m.Paint(Paints.Rubber);
        var rim = m.Paint(Paints.Srgb(55, 57, 60, 0.4f, 0.5f, "rim"));
        var spokes = m.Paint(Paints.Alloy);
        var chrome = m.Paint(Paints.Chrome);
        const float W = 2.0f, R = 0.42f, arch = 0.5f, belt = 1.3f, roof = 1.9f, bedTop = 1.28f, cabBack = -0.45f, tail = -2.75f;
        float[] axles = [1.75f, -1.85f];
        var lower = WheelArches.LowerEdge(2.78f, tail, 0.48f, axles, R, arch);
        // Body sides: full height (to the belt) from the cab forward, bed-floor height behind it.
        Rounded(m.Body, WheelArches.Profile(lower,
            tail, 0.9f, cabBack, 0.9f, cabBack, belt, 1.0f, belt + 0.02f, 2.55f, 1.24f, 2.8f, 1.18f, 2.82f, 0.55f), W, 0.1f, 6);
        WheelArches.Wells(trim, axles, R, arch, W, 0.25f);
        // The bed: two side walls, the tailgate and a dark floor, open on top.
        m.Body.Box(new Vector3(tail + 0.04f, (0.85f + bedTop) / 2, 0), new Vector3(0.04f, (bedTop - 0.85f) / 2, W / 2));
        trim.Box(new Vector3((tail + cabBack) / 2, 0.92f, 0), new Vector3((cabBack - tail) / 2 - 0.06f, 0.02f, W / 2 - 0.08f));
        foreach (var s in new[] { 1f, -1f })
        {
            var z = s * (W / 2 - 0.04f);
            m.Body.Box(new Vector3((tail + cabBack) / 2, (0.85f + bedTop) / 2, z), new Vector3((cabBack - tail) / 2, (bedTop - 0.85f) / 2, 0.04f));
            trim.Box(new Vector3((tail + cabBack) / 2, bedTop + 0.01f, z), new Vector3((cabBack - tail) / 2, 0.012f, 0.05f)); // bed rail cap
        }
        // Cab: glass all round under a body-coloured roof, pillars.
        glass.Extrude(P(1.05f, belt - 0.02f, 0.3f, roof - 0.04f, cabBack + 0.05f, roof - 0.04f, cabBack + 0.02f, belt - 0.02f), W - 0.22f, Matrix4x4.Identity);
        Rounded(m.Body, P(0.32f, roof - 0.06f, cabBack + 0.03f, roof - 0.06f, cabBack + 0.03f, roof, 0.3f, roof), W - 0.2f, 0.05f, 3);
        foreach (var s in new[] { 1f, -1f })
        {
            var z = s * (W / 2 - 0.11f);
            m.Body.Capsule(new Vector3(1.05f, belt, z), new Vector3(0.3f, roof - 0.04f, z), 0.04f, 0.035f, 8);       // A-pillar
            m.Body.Box(new Vector3(0.3f, (belt + roof) / 2, z), new Vector3(0.05f, (roof - belt) / 2, 0.012f));     // B-pillar
            m.Body.Box(new Vector3(cabBack + 0.06f, (belt + roof) / 2, z), new Vector3(0.06f, (roof - belt) / 2, 0.012f)); // C-pillar
            m.Body.Box(new Vector3(0.95f, belt + 0.12f, s * (W / 2 + 0.08f)), new Vector3(0.06f, 0.1f, 0.07f));       // mirror
            trim.Box(new Vector3(0.95f, belt + 0.05f, s * (W / 2 + 0.02f)), new Vector3(0.03f, 0.02f, 0.05f));
            foreach (var x in axles)
                RoadWheel.Add(tyre, rim, spokes, new Vector3(x, R, s * (W / 2 - 0.16f)), R, 0.3f, s);
            foreach (var x in new[] { 1.05f, 0.3f, cabBack + 0.02f })
                trim.Box(new Vector3(x, 0.9f, s * (W / 2 + 0.001f)), new Vector3(0.006f, 0.38f, 0.004f)); // door seams
            foreach (var x in new[] { 0.75f, -0.05f })
                chrome.Box(new Vector3(x, 1.15f, s * (W / 2 + 0.006f)), new Vector3(0.1f, 0.016f, 0.008f));
            trim.Box(new Vector3(0.3f, 0.42f, s * (W / 2 + 0.03f)), new Vector3(0.7f, 0.03f, 0.08f)); // running board
            m.Paint(Paints.Srgb(250, 248, 235, 0.1f, 0, "headlight")).Box(new Vector3(2.8f, 1.02f, s * 0.74f), new Vector3(0.04f, 0.1f, 0.2f));
            m.Paint(Paints.Srgb(190, 15, 15, 0.25f, 0, "taillight")).Box(new Vector3(tail - 0.01f, 1.1f, s * (W / 2 - 0.08f)), new Vector3(0.02f, 0.14f, 0.06f));
        }
        // Grille: a chrome frame round dark bars between the lamps; chrome bumper; plate.
        chrome.Box(new Vector3(2.83f, 0.98f, 0), new Vector3(0.02f, 0.2f, 0.56f));
        trim.Box(new Vector3(2.845f, 0.98f, 0), new Vector3(0.01f, 0.16f, 0.5f));
        for (var i = 0; i < 4; i++) chrome.Box(new Vector3(2.855f, 0.88f + i * 0.065f, 0), new Vector3(0.006f, 0.008f, 0.5f));
        chrome.Box(new Vector3(2.86f, 0.62f, 0), new Vector3(0.06f, 0.1f, W / 2 - 0.02f));
        chrome.Box(new Vector3(tail - 0.04f, 0.62f, 0), new Vector3(0.06f, 0.08f, W / 2 - 0.02f));
        m.Paint(Paints.Srgb(240, 240, 235, 0.4f, 0, "plate")).Box(new Vector3(2.925f, 0.62f, 0), new Vector3(0.005f, 0.07f, 0.16f));
    }
}
