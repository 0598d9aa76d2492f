using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

public static partial class Vehicles
{
    /// <summary>
    /// A 7.5 m box truck: a tall cab over the front axle (a near-upright windscreen, big grille, headlights, mirrors
    /// on arms, a step) with its wheel in an arch; chassis rails carrying a 5.6 m cargo box that stands clear above
    /// the rear twin axles; a fuel tank and side guard between the axles.
    /// </summary>
    private static void Truck(ModelBuilder m, ref SeededRandom r)
    {
        var glass = m.Paint(Paints.Glass);
        var trim = m.Paint(Paints.Srgb(28, 28, 30, 0.6f, 0, "trim"));
        var tyre = m.Paint(Paints.Rubber);
        var hub = m.Paint(Paints.Alloy);
        var steel = m.Paint(Paints.Steel);
        var cargo = m.Paint(Paints.Srgb(236, 236, 232, 0.5f, 0, "box"));
        const float R = 0.5f, arch = 0.6f, cabRear = 1.95f, nose = 3.8f, cabW = 2.35f, boxW = 2.5f;
        const float frontAxle = 2.85f;
        float[] rearAxles = [-1.75f, -2.85f];
        var lower = WheelArches.LowerEdge(nose - 0.02f, cabRear, 0.62f, [frontAxle], R, arch);
        Rounded(m.Body, WheelArches.Profile(lower,
            cabRear, 3.0f, nose - 0.35f, 3.05f, nose - 0.12f, 2.85f, nose - 0.02f, 1.8f, nose + 0.02f, 0.75f), cabW, 0.14f, 6);
        WheelArches.Wells(trim, [frontAxle], R, arch, cabW, 0.3f);
        glass.Box(new Vector3(nose + 0.005f, 2.38f, 0), new Vector3(0.02f, 0.46f, cabW / 2 - 0.12f)); // windscreen
        trim.Box(new Vector3(nose + 0.03f, 1.3f, 0), new Vector3(0.03f, 0.38f, 0.75f));                 // grille
        for (var i = 0; i < 5; i++) steel.Box(new Vector3(nose + 0.06f, 1.0f + i * 0.15f, 0), new Vector3(0.01f, 0.02f, 0.72f));
        trim.Box(new Vector3(nose + 0.06f, 0.68f, 0), new Vector3(0.08f, 0.16f, cabW / 2 + 0.02f));      // bumper
        m.Paint(Paints.Srgb(240, 240, 235, 0.4f, 0, "plate")).Box(new Vector3(nose + 0.15f, 0.68f, 0), new Vector3(0.01f, 0.07f, 0.26f));
        foreach (var s in new[] { 1f, -1f })
        {
            var z = s * (cabW / 2 + 0.004f);
            glass.Box(new Vector3(nose - 0.75f, 2.35f, z), new Vector3(0.5f, 0.42f, 0.006f));            // door window
            trim.Box(new Vector3(nose - 1.35f, 1.8f, z), new Vector3(0.008f, 1.0f, 0.004f));             // door seam
            m.Paint(Paints.Chrome).Box(new Vector3(nose - 1.2f, 1.75f, z + s * 0.006f), new Vector3(0.1f, 0.02f, 0.01f));
            trim.Box(new Vector3(nose - 0.9f, 0.55f, s * (cabW / 2 - 0.15f)), new Vector3(0.3f, 0.03f, 0.18f)); // step
            m.Paint(Paints.Srgb(250, 248, 235, 0.1f, 0, "headlight")).Box(new Vector3(nose + 0.04f, 1.05f, s * 0.95f), new Vector3(0.03f, 0.12f, 0.17f));
            m.Paint(Paints.Srgb(240, 150, 30, 0.3f, 0, "indicator")).Box(new Vector3(nose + 0.04f, 1.25f, s * 1.05f), new Vector3(0.03f, 0.05f, 0.07f));
            trim.Rod(new Vector3(nose - 0.2f, 2.7f, s * cabW / 2), new Vector3(nose - 0.1f, 2.6f, s * (cabW / 2 + 0.3f)), 0.02f, 0.02f, 6);
            trim.Box(new Vector3(nose - 0.1f, 2.35f, s * (cabW / 2 + 0.32f)), new Vector3(0.04f, 0.28f, 0.07f)); // mirror
            Shapes.Wheel(tyre, hub, new Vector3(frontAxle, R, s * (cabW / 2 - 0.2f)), R, 0.32f);
            foreach (var x in rearAxles) Shapes.Wheel(tyre, hub, new Vector3(x, R, s * (boxW / 2 - 0.22f)), R, 0.38f);
            trim.Box(new Vector3(-0.15f, 0.72f, s * (boxW / 2 - 0.05f)), new Vector3(1.1f, 0.05f, 0.02f)); // side guard rails
            trim.Box(new Vector3(-0.15f, 0.5f, s * (boxW / 2 - 0.05f)), new Vector3(1.1f, 0.05f, 0.02f));
            trim.Box(new Vector3(-3.55f, 0.55f, s * 1.0f), new Vector3(0.01f, 0.25f, 0.2f));              // mud flap
            m.Paint(Paints.Srgb(190, 15, 15, 0.25f, 0, "taillight")).Box(new Vector3(-3.82f, 0.95f, s * 1.0f), new Vector3(0.02f, 0.08f, 0.15f));
        }
        steel.Rod(new Vector3(0.4f, 0.65f, -0.85f), new Vector3(1.5f, 0.65f, -0.85f), 0.25f, 0.25f, 20); // fuel tank
        trim.Box(new Vector3(0, 0.85f, 0), new Vector3(3.8f, 0.12f, 0.5f));                                // chassis
        // The cargo box, with a frame of darker edges and a rear roller door.
        cargo.Box(new Vector3(-0.95f, 2.3f, 0), new Vector3(2.85f, 1.3f, boxW / 2));
        var edge = m.Paint(Paints.Srgb(170, 172, 175, 0.4f, 0.6f, "boxframe"));
        foreach (var y in new[] { 1.0f, 3.6f })
            foreach (var s in new[] { 1f, -1f }) edge.Box(new Vector3(-0.95f, y, s * boxW / 2), new Vector3(2.87f, 0.05f, 0.03f));
        foreach (var x in new[] { -3.8f, 1.9f })
            foreach (var s in new[] { 1f, -1f }) edge.Box(new Vector3(x, 2.3f, s * boxW / 2), new Vector3(0.04f, 1.32f, 0.03f));
        for (var i = 0; i < 8; i++) edge.Box(new Vector3(-3.81f, 1.2f + i * 0.3f, 0), new Vector3(0.01f, 0.012f, boxW / 2 - 0.06f));
    }
}
