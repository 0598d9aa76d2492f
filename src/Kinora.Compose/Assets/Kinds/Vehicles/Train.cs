using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

public static partial class Vehicles
{
    /// <summary>
    /// A two-car electric train (two 10 m cars, 2.9 m wide, 3.9 m to the roof) on a track: the leading cab has a
    /// raked nose with a deep windscreen, a yellow warning panel and headlights; both cars carry a row of windows,
    /// paired sliding doors, a coloured band, a curved roof and two-axle bogies; a pantograph on the leading roof.
    /// The track is two rails on sleepers on a ballast bed.
    /// </summary>
    private static void Train(ModelBuilder m, ref SeededRandom r)
    {
        var glass = m.Paint(Paints.Glass);
        var trim = m.Paint(Paints.Srgb(28, 28, 30, 0.6f, 0, "trim"));
        var steel = m.Paint(Paints.Steel);
        var shell = m.Paint(Paints.Srgb(232, 233, 235, 0.35f, 0.3f, "shell"));
        var yellow = m.Paint(Paints.Srgb(245, 200, 20, 0.4f, 0, "warning"));
        var door = m.Paint(Paints.Srgb(60, 62, 66, 0.5f, 0.3f, "door"));
        const float W = 2.9f, floor = 1.1f, top = 3.9f, wheelR = 0.42f;
        (float Rear, float Front)[] cars = [(-10.3f, -0.3f), (0.3f, 10.6f)];
        for (var c = 0; c < cars.Length; c++)
        {
            var (a, b) = cars[c];
            var lead = c == cars.Length - 1;
            var nose = lead ? b + 1.4f : b;
            // Body: a side profile with rounded roof edges; the lead car's nose rakes back to the windscreen.
            var profile = lead
                ? P(a, floor, nose, floor, nose + 0.1f, floor + 0.6f, b + 0.9f, 2.3f, b + 0.1f, 3.5f, b - 0.4f, top, a, top)
                : P(a, floor, b, floor, b, top, a, top);
            Rounded(shell, profile, W, 0.35f, 8);
            foreach (var s in new[] { 1f, -1f })
            {
                var z = s * (W / 2 + 0.004f);
                m.Body.Box(new Vector3((a + b) / 2, floor + 0.45f, z), new Vector3((b - a) / 2 - 0.05f, 0.13f, 0.005f)); // livery band
                // Windows between two pairs of doors.
                var d1 = a + 1.6f;
                var d2 = b - 1.6f;
                foreach (var dx in new[] { d1, d2 })
                {
                    door.Box(new Vector3(dx, 2.0f, z), new Vector3(0.65f, 0.95f, 0.006f));
                    glass.Box(new Vector3(dx - 0.3f, 2.35f, z + s * 0.004f), new Vector3(0.2f, 0.45f, 0.005f));
                    glass.Box(new Vector3(dx + 0.3f, 2.35f, z + s * 0.004f), new Vector3(0.2f, 0.45f, 0.005f));
                }
                for (var x = d1 + 1.3f; x < d2 - 1.0f; x += 1.5f)
                    glass.Box(new Vector3(x + 0.6f, 2.45f, z), new Vector3(0.58f, 0.42f, 0.006f));
                if (lead) glass.Box(new Vector3(b + 0.2f, 2.55f, z), new Vector3(0.4f, 0.35f, 0.006f)); // cab side window
                // Bogies: a frame and two wheelsets at each end of the car.
                foreach (var bx in new[] { a + 2.0f, b - 2.0f })
                {
                    trim.Box(new Vector3(bx, 0.65f, s * 1.0f), new Vector3(1.3f, 0.2f, 0.08f));
                    foreach (var wx in new[] { bx - 0.9f, bx + 0.9f })
                        Shapes.Wheel(steel, trim, new Vector3(wx, 0.27f + wheelR, s * 0.72f), wheelR, 0.12f);
                }
                trim.Box(new Vector3((a + b) / 2, floor - 0.1f, s * (W / 2 - 0.25f)), new Vector3((b - a) / 2 - 2.6f, 0.2f, 0.05f)); // underframe equipment
            }
            trim.Box(new Vector3((a + b) / 2, floor - 0.08f, 0), new Vector3((b - a) / 2, 0.1f, W / 2 - 0.15f));
            if (!lead) continue;
            // Cab front: warning panel over the nose, a deep windscreen, headlights, a coupler.
            yellow.Extrude(P(b + 0.5f, floor + 0.05f, nose + 0.03f, floor + 0.05f, nose + 0.13f, floor + 0.6f, b + 0.93f, 2.28f, b + 0.5f, 2.28f), W - 0.3f, Matrix4x4.Identity);
            glass.Extrude(P(b + 0.98f, 2.28f, b + 0.13f, 3.48f, b - 0.05f, 3.45f, b + 0.8f, 2.25f), W - 0.45f, Matrix4x4.CreateTranslation(0.02f, 0, 0));
            foreach (var s in new[] { 1f, -1f })
                m.Paint(Paints.Srgb(250, 248, 235, 0.1f, 0, "headlight") with { Emission = new Vector3(0.6f) })
                    .Ellipsoid(new Vector3(nose + 0.02f, floor + 0.45f, s * 0.95f), new Vector3(0.08f, 0.09f, 0.2f));
            trim.Box(new Vector3(nose + 0.2f, floor - 0.05f, 0), new Vector3(0.25f, 0.12f, 0.15f));
            steel.Capsule(new Vector3(b - 4f, top + 0.15f, 0), new Vector3(b - 3f, top + 0.9f, 0), 0.03f, 0.03f, 6); // pantograph
            steel.Capsule(new Vector3(b - 2f, top + 0.15f, 0), new Vector3(b - 3f, top + 0.9f, 0), 0.03f, 0.03f, 6);
            steel.Capsule(new Vector3(b - 3f, top + 0.9f, -0.8f), new Vector3(b - 3f, top + 0.9f, 0.8f), 0.03f, 0.03f, 6);
            trim.Box(new Vector3(b - 3f, top + 0.08f, 0), new Vector3(1.2f, 0.08f, 0.6f));
        }
        trim.Box(new Vector3(0, 2.4f, 0), new Vector3(0.35f, 1.2f, W / 2 - 0.25f)); // gangway between the cars
        // Track: ballast, sleepers, rails.
        m.Paint(Paints.Srgb(120, 115, 108, 0.95f, 0, "ballast")).Extrude(P(-11.5f, 0, 13.2f, 0, 13.2f, 0.05f, -11.5f, 0.05f), 3.2f, Matrix4x4.Identity);
        for (var x = -11.2f; x < 13f; x += 0.65f) m.Paint(Paints.Srgb(90, 85, 80, 0.8f, 0, "sleeper")).Box(new Vector3(x, 0.09f, 0), new Vector3(0.13f, 0.06f, 1.3f));
        foreach (var s in new[] { 1f, -1f }) steel.Box(new Vector3(0.85f, 0.2f, s * 0.72f), new Vector3(12.35f, 0.07f, 0.035f));
    }
}
