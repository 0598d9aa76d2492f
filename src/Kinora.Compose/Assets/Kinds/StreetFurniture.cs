using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// Street furniture to road-sign standards: a stop sign is a 75 cm red octagon with a white border and legend
/// bars on a 2.1 m post (MUTCD R1-1); a traffic light is a three-aspect head on a pole; a fire hydrant is the
/// familiar 0.75 m pillar. Faces point +Z, towards the camera.
/// </summary>
public static class StreetFurniture
{
    public static IEnumerable<KindSpec> All =>
    [
        new("stop sign", 2.5, "metal", Paints.Srgb(200, 20, 30, 0.4f, 0, "signred"), StopSign) { Front = Vector3.UnitZ },
        new("traffic light", 3.2, "metal", Paints.Srgb(35, 38, 35, 0.5f, 0.4f, "housing"), TrafficLight) { Front = Vector3.UnitZ, Aliases = ["traffic signal", "stoplight"] },
        new("fire hydrant", 0.75, "metal", Paints.Srgb(210, 30, 25, 0.45f, 0.2f, "hydrant"), FireHydrant) { Aliases = ["hydrant"] },
        new("parking meter", 1.4, "metal", Paints.Srgb(120, 125, 130, 0.4f, 0.7f, "meter") with { Pattern = "brushed" }, ParkingMeter) { Front = Vector3.UnitZ },
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
        // Barrel with a flanged base, bonnet dome, top nut, two side outlets and a front pumper outlet (+Z).
        var steel = m.Paint(Paints.Srgb(200, 200, 200, 0.35f, 0.8f, "caps"));
        m.Body.Lathe([new(0, 0), new(0.16f, 0), new(0.16f, 0.05f), new(0.12f, 0.06f), new(0.11f, 0.1f), new(0.11f, 0.5f), new(0.14f, 0.52f), new(0.14f, 0.55f), new(0.12f, 0.57f), new(0.1f, 0.65f), new(0.05f, 0.69f), new(0, 0.7f)], Matrix4x4.Identity, 28);
        steel.Cylinder(Matrix4x4.CreateScale(0.03f, 0.03f, 0.03f) * Matrix4x4.CreateTranslation(0, 0.72f, 0), 1, 6);
        foreach (var s in new[] { 1f, -1f })
        {
            m.Body.Rod(new Vector3(0, 0.38f, 0), new Vector3(s * 0.17f, 0.38f, 0), 0.045f, 0.045f, 16);
            steel.Cylinder(Matrix4x4.CreateScale(0.05f, 0.02f, 0.05f) * Matrix4x4.CreateRotationZ(MathF.PI / 2) * Matrix4x4.CreateTranslation(s * 0.19f, 0.38f, 0), 1, 6);
        }
        m.Body.Rod(new Vector3(0, 0.33f, 0), new Vector3(0, 0.33f, 0.17f), 0.065f, 0.065f, 16);
        steel.Cylinder(Matrix4x4.CreateScale(0.07f, 0.02f, 0.07f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(0, 0.33f, 0.19f), 1, 6);
    }

    private static void ParkingMeter(ModelBuilder m, ref SeededRandom r)
    {
        var pole = m.Paint(Paints.Srgb(60, 65, 70, 0.5f, 0.6f, "pole"));
        pole.Rod(Vector3.Zero, new Vector3(0, 1.05f, 0), 0.04f, 0.04f, 12);
        m.Body.Box(new Vector3(0, 1.2f, 0), new Vector3(0.11f, 0.17f, 0.09f));
        m.Body.Ellipsoid(new Vector3(0, 1.37f, 0), new Vector3(0.11f, 0.06f, 0.09f));
        m.Paint(Paints.Glass).Ellipsoid(new Vector3(0, 1.3f, 0.08f), new Vector3(0.07f, 0.06f, 0.02f));
        m.Paint(Paints.Srgb(220, 180, 40, 0.4f, 0, "label")).Box(new Vector3(0, 1.13f, 0.091f), new Vector3(0.07f, 0.04f, 0.002f));
    }
}
