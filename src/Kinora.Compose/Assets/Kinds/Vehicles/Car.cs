using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

public static partial class Vehicles
{
    /// <summary>
    /// A 4.5 m family saloon (1.8 m wide, 1.43 m tall, 2.7 m wheelbase): a low lower body with arches round the
    /// wheels, a narrower glasshouse with a raked windscreen and a sloping rear screen on its shoulders (the
    /// tumblehome and the deep glass that separate a car from a van's or a truck's slab sides), pillars and roof in
    /// body colour, lamps, grille, number plates, door seams and handles.
    /// </summary>
    private static void Car(ModelBuilder m, ref SeededRandom r)
    {
        var glass = m.Paint(Paints.Glass);
        var trim = m.Paint(Paints.Srgb(28, 28, 30, 0.6f, 0, "trim"));
        var tyre = m.Paint(Paints.Rubber);
        var rim = m.Paint(Paints.Srgb(55, 57, 60, 0.4f, 0.5f, "rim"));
        var spokes = m.Paint(Paints.Alloy);
        var plate = m.Paint(Paints.Srgb(240, 240, 235, 0.4f, 0, "plate"));
        const float W = 1.8f, R = 0.34f, arch = 0.41f, belt = 0.9f;
        float[] axles = [1.36f, -1.34f];
        var roof = r.RangeF(1.4f, 1.44f);
        var lower = WheelArches.LowerEdge(2.22f, -2.2f, 0.22f, axles, R, arch);
        Rounded(m.Body, WheelArches.Profile(lower,
            -2.27f, 0.32f, -2.32f, 0.5f, -2.3f, 0.74f, -2.2f, 0.88f, -1.95f, belt + 0.04f, -0.6f, belt + 0.03f,
            0.6f, belt, 1.15f, belt - 0.02f, 1.7f, 0.83f, 2.15f, 0.75f, 2.3f, 0.63f, 2.33f, 0.46f, 2.29f, 0.3f), W, 0.2f, 14);
        WheelArches.Wells(trim, axles, R, arch, W, 0.22f);
        // Glasshouse: glass all round, narrower than the shoulders; roof and pillars in body colour.
        glass.Extrude(P(1.22f, belt - 0.03f, 0.12f, roof - 0.03f, -0.82f, roof - 0.03f, -1.98f, belt + 0.02f), W - 0.3f, Matrix4x4.Identity);
        Rounded(m.Body, P(0.16f, roof - 0.06f, -0.87f, roof - 0.06f, -0.9f, roof, 0.12f, roof), W - 0.32f, 0.05f, 3);
        foreach (var s in new[] { 1f, -1f })
        {
            var z = s * (W / 2 - 0.16f);
            m.Body.Capsule(new Vector3(1.22f, belt - 0.01f, z), new Vector3(0.12f, roof - 0.03f, z * 0.97f), 0.035f, 0.03f, 8); // A-pillar
            m.Body.Box(new Vector3(-0.38f, (belt + roof) / 2, z), new Vector3(0.05f, (roof - belt) / 2, 0.012f));               // B-pillar
            m.Body.Extrude(P(-1.98f, belt + 0.02f, -1.5f, belt + 0.02f, -0.8f, roof - 0.04f, -0.86f, roof - 0.02f), 0.02f, Matrix4x4.CreateTranslation(0, 0, z + s * 0.005f)); // C-pillar
            trim.Box(new Vector3(-0.35f, belt, s * (W / 2 - 0.15f)), new Vector3(1.5f, 0.012f, 0.012f)); // window seal
            m.Body.Ellipsoid(new Vector3(1.05f, belt + 0.07f, s * (W / 2 + 0.03f)), new Vector3(0.07f, 0.055f, 0.1f)); // mirror
            foreach (var x in axles)
                RoadWheel.Add(tyre, rim, spokes, new Vector3(x, R, s * (W / 2 - 0.13f)), R, 0.22f, s);
            foreach (var x in new[] { 1.05f, -0.38f, -1.6f })
                trim.Box(new Vector3(x, 0.56f, s * (W / 2 + 0.001f)), new Vector3(0.006f, 0.32f, 0.004f)); // door seams
            foreach (var x in new[] { 0.2f, -1.05f })
                m.Paint(Paints.Chrome).Box(new Vector3(x, 0.78f, s * (W / 2 + 0.006f)), new Vector3(0.1f, 0.014f, 0.008f));
            trim.Box(new Vector3(0, 0.27f, s * (W / 2 - 0.02f)), new Vector3(0.93f, 0.05f, 0.03f)); // sill
            m.Paint(Paints.Srgb(250, 248, 235, 0.1f, 0, "headlight")).Box(new Vector3(2.19f, 0.7f, s * 0.6f), new Vector3(0.1f, 0.045f, 0.2f), rotZ: -0.35f);
            m.Paint(Paints.Srgb(190, 15, 15, 0.25f, 0, "taillight")).Box(new Vector3(-2.24f, 0.78f, s * 0.64f), new Vector3(0.07f, 0.06f, 0.22f));
            m.Paint(Paints.Srgb(240, 150, 30, 0.3f, 0, "indicator")).Box(new Vector3(2.22f, 0.4f, s * 0.72f), new Vector3(0.06f, 0.025f, 0.07f));
        }
        trim.Box(new Vector3(2.29f, 0.55f, 0), new Vector3(0.05f, 0.08f, 0.42f)); // grille
        m.Paint(Paints.Chrome).Box(new Vector3(2.32f, 0.63f, 0), new Vector3(0.02f, 0.012f, 0.44f));
        trim.Box(new Vector3(2.25f, 0.28f, 0), new Vector3(0.08f, 0.05f, 0.8f));
        trim.Box(new Vector3(-2.25f, 0.3f, 0), new Vector3(0.08f, 0.06f, 0.8f));
        plate.Box(new Vector3(2.34f, 0.4f, 0), new Vector3(0.01f, 0.06f, 0.24f));
        plate.Box(new Vector3(-2.33f, 0.48f, 0), new Vector3(0.01f, 0.06f, 0.24f));
    }
}
