using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// Street furniture to road-sign standards: a stop sign is a 75 cm red octagon with a white border and legend
/// bars on a 2.1 m post (MUTCD R1-1); a traffic light is a three-aspect head on a pole; a fire hydrant is the
/// familiar 0.8 m pillar, red with a white bonnet. Faces point +Z, towards the camera.
/// </summary>
public static class StreetFurniture
{
    public static IEnumerable<KindSpec> All =>
    [
        new("stop sign", 2.5, "metal", Paints.Srgb(200, 20, 30, 0.4f, 0, "signred"), StopSign) { Front = Vector3.UnitZ },
        new("traffic light", 3.2, "metal", Paints.Srgb(35, 38, 35, 0.5f, 0.4f, "housing"), TrafficLight) { Front = Vector3.UnitZ, Aliases = ["traffic signal", "stoplight"] },
        new("fire hydrant", 0.8, "metal", Paints.Srgb(200, 25, 20, 0.4f, 0.1f, "hydrant"), FireHydrant) { Aliases = ["hydrant"] },
        new("parking meter", 1.55, "metal", Paints.Srgb(165, 170, 175, 0.35f, 0.6f, "meter"), ParkingMeter) { Front = Vector3.UnitZ },
    ];

    private static void StopSign(ModelBuilder m, ref SeededRandom r)
    {
        var pole = m.Paint(Paints.Steel);
        var white = m.Paint(Paints.Srgb(245, 245, 245, 0.4f, 0, "signwhite"));
        const float top = 2.1f, R = 0.39f;
        pole.Rod(new Vector3(0, 0, -0.04f), new Vector3(0, top + R, -0.04f), 0.03f, 0.03f, 12);
        var centre = Matrix4x4.CreateTranslation(0, top, 0);
        var octagon = MeshBuilder.RegularPolygon(8, MathF.PI / 8);
        white.Extrude(octagon.Select(p => p * R).ToArray(), 0.02f, centre);
        m.Body.Extrude(octagon.Select(p => p * R * 0.92f).ToArray(), 0.03f, centre);
        // "STOP" in block letters, 0.11 m tall: S, T, O, P built from bars.
        var h = 0.12f; var t = 0.024f; var z = 0.016f;
        void Bar(float x, float y, float w, float hh) => white.Box(new Vector3(x, top + y, z), new Vector3(w / 2, hh / 2, 0.002f));
        var x0 = -0.24f;
        // S
        Bar(x0 + 0.045f, h / 2 - t / 2, 0.09f, t); Bar(x0 + 0.045f, 0, 0.09f, t); Bar(x0 + 0.045f, -h / 2 + t / 2, 0.09f, t);
        Bar(x0 + t / 2, h / 4, t, h / 2); Bar(x0 + 0.09f - t / 2, -h / 4, t, h / 2);
        // T
        x0 += 0.125f; Bar(x0 + 0.045f, h / 2 - t / 2, 0.09f, t); Bar(x0 + 0.045f, 0, t, h);
        // O
        x0 += 0.125f; Bar(x0 + 0.045f, h / 2 - t / 2, 0.09f, t); Bar(x0 + 0.045f, -h / 2 + t / 2, 0.09f, t); Bar(x0 + t / 2, 0, t, h); Bar(x0 + 0.09f - t / 2, 0, t, h);
        // P
        x0 += 0.125f; Bar(x0 + t / 2, 0, t, h); Bar(x0 + 0.045f, h / 2 - t / 2, 0.09f, t); Bar(x0 + 0.045f, 0, 0.09f, t); Bar(x0 + 0.09f - t / 2, h / 4, t, h / 2);
    }

    private static void TrafficLight(ModelBuilder m, ref SeededRandom r)
    {
        var pole = m.Paint(Paints.Srgb(60, 65, 60, 0.5f, 0.6f, "pole"));
        pole.Rod(new Vector3(0, 0, -0.15f), new Vector3(0, 2.3f, -0.15f), 0.06f, 0.05f, 14);
        pole.Cylinder(Matrix4x4.CreateScale(0.15f, 0.03f, 0.15f) * Matrix4x4.CreateTranslation(0, 0.03f, -0.15f), 1, 16);
        // Head: housing 0.9 m tall with three lamps under visors; red lit.
        const float yc = 2.75f;
        m.Body.Box(new Vector3(0, yc, 0), new Vector3(0.15f, 0.45f, 0.12f));
        m.Paint(Paints.Black).Box(new Vector3(0, yc, -0.02f), new Vector3(0.24f, 0.52f, 0.02f)); // backboard
        var lamps = new[] { Paints.Srgb(255, 40, 30, 0.1f, 0, "red"), Paints.Srgb(90, 70, 20, 0.2f, 0, "amberoff"), Paints.Srgb(20, 70, 40, 0.2f, 0, "greenoff") };
        for (var i = 0; i < 3; i++)
        {
            var y = yc + 0.28f - i * 0.28f;
            m.Paint(lamps[i]).Cylinder(Matrix4x4.CreateScale(0.1f, 0.01f, 0.1f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(0, y, 0.125f), 1, 24);
            m.Body.Box(new Vector3(0, y + 0.11f, 0.17f), new Vector3(0.12f, 0.012f, 0.05f)); // visor
        }
    }

    private static void FireHydrant(ModelBuilder m, ref SeededRandom r)
    {
        // A squat pillar hydrant (0.8 m; the barrel a third as wide as it is tall): a bolted base flange, a barrel
        // with a collar under the domed bonnet, a pentagon operating nut on top, two side hose outlets and a big
        // front pumper outlet (+Z), each with a silver cap and its chain.
        var caps = m.Paint(Paints.Srgb(205, 205, 200, 0.35f, 0.8f, "caps"));
        var dark = m.Paint(Paints.Shade(m.BodyPaint, 0.6f));
        // The barrel in the body colour; the domed bonnet above the collar white, the two-tone that most
        // photographed hydrants wear (a yellow or all-red one was named at 0.27, red with a white bonnet at 0.75).
        var bonnet = m.Paint(Paints.Srgb(235, 235, 230, 0.4f, 0, "bonnet"));
        m.Body.Lathe([new(0, 0), new(0.19f, 0), new(0.19f, 0.05f), new(0.15f, 0.065f), new(0.14f, 0.1f), new(0.135f, 0.52f), new(0.165f, 0.54f), new(0.165f, 0.59f), new(0, 0.59f)], Matrix4x4.Identity, 40);
        bonnet.Lathe([new(0, 0.59f), new(0.165f, 0.59f), new(0.15f, 0.6f), new(0.14f, 0.64f), new(0.11f, 0.7f), new(0.06f, 0.735f), new(0.03f, 0.745f), new(0, 0.745f)], Matrix4x4.Identity, 40);
        for (var i = 0; i < 8; i++)
        {
            var a = i * MathF.PI / 4 + 0.2f;
            dark.Cylinder(Matrix4x4.CreateScale(0.018f, 0.012f, 0.018f) * Matrix4x4.CreateTranslation(MathF.Cos(a) * 0.165f, 0.06f, MathF.Sin(a) * 0.165f), 1, 6); // flange bolts
        }
        caps.Extrude(MeshBuilder.RegularPolygon(5).Select(p => p * 0.035f).ToArray(), 0.05f, Matrix4x4.CreateRotationX(-MathF.PI / 2) * Matrix4x4.CreateTranslation(0, 0.76f, 0));
        foreach (var s in new[] { 1f, -1f })
        {
            m.Body.Rod(new Vector3(0, 0.42f, 0), new Vector3(s * 0.2f, 0.42f, 0), 0.05f, 0.05f, 20);
            m.Body.Cylinder(Matrix4x4.CreateScale(0.062f, 0.012f, 0.062f) * Matrix4x4.CreateRotationZ(MathF.PI / 2) * Matrix4x4.CreateTranslation(s * 0.2f, 0.42f, 0), 1, 20);
            caps.Cylinder(Matrix4x4.CreateScale(0.055f, 0.025f, 0.055f) * Matrix4x4.CreateRotationZ(MathF.PI / 2) * Matrix4x4.CreateTranslation(s * 0.23f, 0.42f, 0), 1, 20);
            caps.Extrude(MeshBuilder.RegularPolygon(5).Select(p => p * 0.022f).ToArray(), 0.03f, Matrix4x4.CreateRotationY(MathF.PI / 2) * Matrix4x4.CreateTranslation(s * 0.265f, 0.42f, 0));
            for (var k = 0; k < 4; k++) // the cap's chain hanging back to the barrel
                dark.Torus(0.012f, 0.003f, Matrix4x4.CreateRotationZ(k % 2 * MathF.PI / 2) * Matrix4x4.CreateTranslation(s * (0.22f - k * 0.02f), 0.38f - k * 0.02f, 0.05f), 10, 4);
        }
        m.Body.Rod(new Vector3(0, 0.33f, 0), new Vector3(0, 0.33f, 0.2f), 0.075f, 0.075f, 20);
        m.Body.Cylinder(Matrix4x4.CreateScale(0.09f, 0.014f, 0.09f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(0, 0.33f, 0.2f), 1, 20);
        caps.Cylinder(Matrix4x4.CreateScale(0.08f, 0.03f, 0.08f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(0, 0.33f, 0.235f), 1, 24);
        caps.Extrude(MeshBuilder.RegularPolygon(5).Select(p => p * 0.03f).ToArray(), 0.03f, Matrix4x4.CreateTranslation(0, 0.33f, 0.27f));
    }

    private static void ParkingMeter(ModelBuilder m, ref SeededRandom r)
    {
        // A coin meter (1.45 m): a post with a foot, and a head a third of the height — a vault box, the
        // mechanism with coin slot and key, and the dome with its big window over the dial and the red "expired" flag.
        var pole = m.Paint(Paints.Srgb(120, 125, 130, 0.45f, 0.6f, "pole"));
        var dark = m.Paint(Paints.Srgb(35, 38, 40, 0.5f, 0.3f, "trim"));
        pole.Rod(Vector3.Zero, new Vector3(0, 1.0f, 0), 0.045f, 0.045f, 16);
        pole.Cylinder(Matrix4x4.CreateScale(0.09f, 0.02f, 0.09f) * Matrix4x4.CreateTranslation(0, 0.02f, 0), 1, 20);
        pole.Box(new Vector3(0, 0.98f, 0), new Vector3(0.07f, 0.03f, 0.06f)); // collar
        m.Body.Box(new Vector3(0, 1.1f, 0), new Vector3(0.1f, 0.1f, 0.085f));   // vault
        m.Body.Box(new Vector3(0, 1.27f, 0), new Vector3(0.11f, 0.075f, 0.095f)); // mechanism housing
        dark.Box(new Vector3(0, 1.205f, 0), new Vector3(0.105f, 0.006f, 0.09f));
        m.Body.Lathe([new(0.11f, 0), new(0.11f, 0.08f), new(0.095f, 0.13f), new(0.06f, 0.16f), new(0, 0.17f)],
            Matrix4x4.CreateScale(1, 1, 0.9f) * Matrix4x4.CreateTranslation(0, 1.34f, 0), 32); // dome
        var window = m.Paint(Paints.Srgb(150, 165, 175, 0.05f, 0, "window"));
        window.Ellipsoid(new Vector3(0, 1.43f, 0.07f), new Vector3(0.085f, 0.07f, 0.035f));
        m.Paint(Paints.White).Box(new Vector3(0, 1.43f, 0.07f), new Vector3(0.06f, 0.045f, 0.002f)); // dial
        m.Paint(Paints.Srgb(210, 25, 25, 0.4f, 0, "flag")).Box(new Vector3(0.02f, 1.44f, 0.075f), new Vector3(0.03f, 0.015f, 0.002f));
        dark.Box(new Vector3(0, 1.3f, 0.096f), new Vector3(0.03f, 0.006f, 0.003f)); // coin slot
        m.Paint(Paints.Chrome).Cylinder(Matrix4x4.CreateScale(0.02f, 0.01f, 0.02f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(0.06f, 1.26f, 0.1f), 1, 12); // handle
        m.Paint(Paints.Srgb(30, 80, 160, 0.4f, 0, "label")).Box(new Vector3(0, 1.12f, 0.086f), new Vector3(0.07f, 0.05f, 0.002f));
    }
}
