using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Places.Leisure;

/// <summary>
/// A roller-coaster: a red twin-rail track climbing a lift hill, dropping into hills that shrink as it runs, with a
/// vertical loop in the middle, on white lattice columns; a train of cars waits on the lift hill. Laid along X
/// between two x (the far back of a fairground), swaying a little in z so it does not read as a ruled line.
/// </summary>
public static class Coaster
{
    private static readonly Material Rail = Paints.Srgb(205, 35, 35, 0.4f, 0.3f, "coasterrail");
    private static readonly Material Support = Paints.Srgb(230, 230, 228, 0.5f, 0.2f, "coastersupport");
    private static readonly Material Car = Paints.Srgb(30, 90, 200, 0.35f, 0.1f, "coastercar");

    /// <summary>Builds the ride into <paramref name="into"/> from <paramref name="x0"/> to <paramref name="x1"/>
    /// along z = <paramref name="z"/>; it climbs to about 24 m.</summary>
    public static void Add(Kit into, float x0, float x1, float z)
    {
        var span = x1 - x0;
        // Height along the run: lift hill to 24 m over the first sixth, then hills of falling height.
        float Height(float t) => t < 0.16f ? 2 + 22 * Ease(t / 0.16f)
            : 2 + 20 * MathF.Pow(MathF.Cos((t - 0.16f) * 11.5f) * 0.5f + 0.5f, 1.3f) * (1.05f - (t - 0.16f) * 1.1f);
        Vector3 At(float t) => new(x0 + span * t, Height(t), z + 3 * MathF.Sin(t * 9));
        const int Steps = 110;
        var rail = into.Paint(Rail);
        var support = into.Paint(Support);
        var loopAt = 0.62f;
        for (var i = 0; i < Steps; i++)
        {
            var (ta, tb) = ((float)i / Steps, (float)(i + 1) / Steps);
            var (a, b) = (At(ta), At(tb));
            var side = Vector3.Normalize(Vector3.Cross(b - a, Vector3.UnitY)) * 0.6f;
            rail.Rod(a + side, b + side, 0.12f, 0.12f, 6);
            rail.Rod(a - side, b - side, 0.12f, 0.12f, 6);
            rail.Rod(a - side, a + side, 0.06f, 0.06f, 4);
            // Columns every few steps, each a pair of legs braced across.
            if (i % 4 == 0 && a.Y > 2.5f)
            {
                support.Rod(new Vector3(a.X, 0, a.Z) + side * 1.6f, a + side, 0.16f, 0.12f, 6);
                support.Rod(new Vector3(a.X, 0, a.Z) - side * 1.6f, a - side, 0.16f, 0.12f, 6);
                for (var y = 3f; y < a.Y - 1; y += 4)
                    support.Rod(new Vector3(a.X, y, a.Z) + side * 1.5f * (1 - y / a.Y), new Vector3(a.X, y + 3, a.Z) - side * 1.5f * (1 - (y + 3) / a.Y), 0.07f, 0.07f, 4);
            }
        }
        // The loop: a circle standing in the XY plane where the track meets the ground between hills.
        var loopBase = At(loopAt);
        const float LoopRadius = 7;
        var centre = new Vector3(loopBase.X, 1.5f + LoopRadius, loopBase.Z + 4);
        for (var i = 0; i < 40; i++)
        {
            var (a0, a1) = (i * MathF.Tau / 40, (i + 1) * MathF.Tau / 40);
            var (p, q) = (centre + new Vector3(MathF.Sin(a0), -MathF.Cos(a0), 0) * LoopRadius, centre + new Vector3(MathF.Sin(a1), -MathF.Cos(a1), 0) * LoopRadius);
            // The loop drifts sideways as it turns, as a real one does, so the rails do not meet themselves.
            var drift = new Vector3(0, 0, 1.4f * i / 40);
            foreach (var s in new[] { -0.6f, 0.6f })
                rail.Rod(p + drift + new Vector3(0, 0, s), q + drift + new Vector3(0, 0, s), 0.12f, 0.12f, 6);
        }
        support.Rod(new Vector3(centre.X - 4, 0, centre.Z + 0.7f), centre + new Vector3(0, LoopRadius * 0.2f, 0.7f), 0.2f, 0.15f, 6);
        support.Rod(new Vector3(centre.X + 4, 0, centre.Z + 0.7f), centre + new Vector3(0, LoopRadius * 0.2f, 0.7f), 0.2f, 0.15f, 6);
        // The train: four cars climbing the lift hill.
        for (var c = 0; c < 4; c++)
        {
            var t = 0.08f + c * 0.012f;
            var (p, q) = (At(t), At(t + 0.01f));
            var dir = Vector3.Normalize(q - p);
            var pitch = MathF.Atan2(dir.Y, dir.X);
            into.Paint(Car).Box(p + new Vector3(0, 0.55f, 0), new Vector3(1.0f, 0.4f, 0.75f), pitch, 0);
        }
    }

    /// <summary>0 to 1 with a rounded start and crest (the lift hill's profile).</summary>
    private static float Ease(float v) => v * v * (3 - 2 * v);
}
