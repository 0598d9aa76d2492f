using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

public static partial class Vehicles
{
    /// <summary>
    /// A modern 4.6 m saloon (1.82 m wide, 1.45 m tall, 2.75 m wheelbase) drawn in curves: the side profile is
    /// sampled from arcs (a long hood ending in a blunt front face with the lamps, grille and bumper, one long arch
    /// from the windscreen base over the roof to the short boot), the glasshouse follows the same arch inset, and
    /// the body is deeply rounded at every edge. Soft, continuous curves and a roof arch that flows into the boot
    /// are what separate a car from a truck's or van's flat slabs.
    /// </summary>
    private static void Car(ModelBuilder m, ref SeededRandom r)
    {
        var glass = m.Paint(Paints.Glass);
        var trim = m.Paint(Paints.Srgb(28, 28, 30, 0.6f, 0, "trim"));
        var tyre = m.Paint(Paints.Rubber);
        var rim = m.Paint(Paints.Srgb(55, 57, 60, 0.4f, 0.5f, "rim"));
        var spokes = m.Paint(Paints.Alloy);
        var chrome = m.Paint(Paints.Chrome);
        const float W = 1.82f, R = 0.33f, arch = 0.39f, belt = 0.88f, roof = 1.45f;
        float[] axles = [1.38f, -1.37f];
        var lower = WheelArches.LowerEdge(2.2f, -2.18f, 0.24f, axles, R, arch);
        // Upper outline rear → front: boot lid, a long hood falling gently from the windscreen, then a blunt front
        // face (lamps, grille, bumper) rounded into the hood: a hood swept down to the bumper in one curve read as a
        // wedge and was named "truck" in every light colour.
        var upper = new List<float> { -2.22f, 0.3f, -2.3f, 0.48f, -2.28f, 0.7f, -2.2f, 0.84f, -1.95f, 0.92f, -1.4f, 0.93f, -0.6f, belt + 0.02f, 0.6f, belt, 1.2f, belt - 0.01f,
            1.7f, belt - 0.04f, 2.0f, belt - 0.08f, 2.14f, belt - 0.11f, 2.23f, belt - 0.16f, 2.28f, belt - 0.24f, 2.31f, 0.52f, 2.32f, 0.4f, 2.3f, 0.3f };
        var profile = WheelArches.Profile(lower, [.. upper]);
        // One smooth skin (Vehicles/SmoothBody.cs): nested prisms speckled the black flank like cloth (car 0.27-0.30);
        // one sweep of paint with its highlight is named car 0.33.
        SmoothBody.Add(m.Body, profile, W, 0.28f, 10);
        WheelArches.Wells(trim, axles, R, arch, W, 0.24f);
        // Glasshouse: one arch from the windscreen base over the roof to the boot.
        var arcGlass = new List<Vector2>();
        var arcRoof = new List<Vector2>();
        for (var i = 0; i <= 16; i++)
        {
            var t = i / 16f;
            var x = 1.25f - t * (1.25f + 1.85f);
            var h = MathF.Max(0, MathF.Sin(MathF.PI * MathF.Pow(t, 0.85f)));
            arcGlass.Add(new(x, belt - 0.02f + (roof - 0.04f - belt) * MathF.Pow(h, 0.7f)));
            arcRoof.Add(new(x, belt - 0.02f + (roof - belt) * MathF.Pow(h, 0.7f)));
        }
        glass.Extrude([.. arcGlass], W - 0.32f, Matrix4x4.Identity);
        // Roof skin in body colour over the middle of the arch (windscreen and rear screen stay glass).
        var skin = new List<Vector2>();
        for (var i = 4; i <= 12; i++) skin.Add(arcRoof[i]);
        for (var i = 12; i >= 4; i--) skin.Add(arcRoof[i] - new Vector2(0, 0.05f));
        Rounded(m.Body, [.. skin], W - 0.3f, 0.05f, 3);
        foreach (var s in new[] { 1f, -1f })
        {
            var z = s * (W / 2 - 0.16f);
            for (var i = 0; i < 4; i++) m.Body.Capsule(new Vector3(arcRoof[i].X, arcRoof[i].Y - 0.02f, z), new Vector3(arcRoof[i + 1].X, arcRoof[i + 1].Y - 0.02f, z), 0.035f, 0.035f, 8); // A-pillar
            m.Body.Box(new Vector3(-0.3f, (belt + roof) / 2 - 0.02f, z), new Vector3(0.05f, (roof - belt) / 2 - 0.02f, 0.012f)); // B-pillar
            for (var i = 12; i < 15; i++) m.Body.Capsule(new Vector3(arcRoof[i].X, arcRoof[i].Y - 0.02f, z), new Vector3(arcRoof[i + 1].X, arcRoof[i + 1].Y - 0.02f, z), 0.06f, 0.06f, 8); // C-pillar
            trim.Box(new Vector3(-0.3f, belt - 0.01f, s * (W / 2 - 0.14f)), new Vector3(1.45f, 0.012f, 0.012f)); // window seal
            m.Body.Ellipsoid(new Vector3(1.1f, belt + 0.06f, s * (W / 2 + 0.02f)), new Vector3(0.08f, 0.055f, 0.1f)); // mirror
            foreach (var x in axles)
                RoadWheel.Add(tyre, rim, spokes, new Vector3(x, R, s * (W / 2 - 0.14f)), R, 0.23f, s);
            foreach (var x in new[] { 1.05f, -0.3f, -1.45f })
                trim.Box(new Vector3(x, 0.56f, s * (W / 2 + 0.001f)), new Vector3(0.005f, 0.3f, 0.004f)); // door seams
            foreach (var x in new[] { 0.35f, -0.95f })
                chrome.Box(new Vector3(x, 0.76f, s * (W / 2 + 0.004f)), new Vector3(0.09f, 0.013f, 0.008f));
            trim.Box(new Vector3(0, 0.27f, s * (W / 2 - 0.04f)), new Vector3(0.95f, 0.04f, 0.03f)); // sill
            // Headlamps set into the corners of the front face, under the hood's edge (they stood proud as white blobs).
            m.Paint(Paints.Srgb(235, 238, 240, 0.1f, 0, "headlight")).Ellipsoid(new Vector3(2.25f, 0.64f, s * 0.6f), new Vector3(0.05f, 0.055f, 0.19f), rotZ: -0.4f);
            m.Paint(Paints.Srgb(190, 15, 15, 0.25f, 0, "taillight")).Ellipsoid(new Vector3(-2.22f, 0.76f, s * 0.62f), new Vector3(0.08f, 0.06f, 0.22f));
        }
        trim.Box(new Vector3(2.29f, 0.58f, 0), new Vector3(0.03f, 0.06f, 0.36f));        // grille between the lamps
        chrome.Box(new Vector3(2.315f, 0.58f, 0), new Vector3(0.008f, 0.008f, 0.34f));
        trim.Box(new Vector3(2.3f, 0.36f, 0), new Vector3(0.03f, 0.035f, 0.5f));         // bumper intake
        trim.Box(new Vector3(2.25f, 0.27f, 0), new Vector3(0.06f, 0.03f, 0.75f));        // lower lip
        m.Paint(Paints.Srgb(240, 240, 235, 0.4f, 0, "plate")).Box(new Vector3(2.32f, 0.38f, 0), new Vector3(0.01f, 0.055f, 0.22f));
        m.Paint(Paints.Srgb(240, 240, 235, 0.4f, 0, "plate")).Box(new Vector3(-2.3f, 0.5f, 0), new Vector3(0.01f, 0.055f, 0.22f));
    }
}
