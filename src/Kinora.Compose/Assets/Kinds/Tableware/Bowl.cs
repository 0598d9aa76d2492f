using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// A wide breakfast bowl (rim 24 cm across, 7 cm deep, wider than deep by more than three to one): white glaze,
/// filled with milk and cereal rings, a spoon resting in it with its handle over the rim. From the camera's 18°
/// an empty or soup-filled bowl was named "cup" (0.5–0.6) on the asset bench; with cereal and a spoon "bowl" 0.41
/// (fruit heaped in it 0.35–0.37): what is in a bowl, and the spoon, are how photographs show one.
/// </summary>
internal static class Bowl
{
    /// <summary>m; rim radius, depth and the filling's surface height.</summary>
    public const float Rim = 0.12f, Deep = 0.07f, Fill = 0.053f;

    public static void Cereal(ModelBuilder m, ref SeededRandom r)
    {
        Shell(m.Body);
        m.Paint(Paints.Srgb(245, 243, 235, 0.3f, 0, "milk")).Cylinder(Matrix4x4.CreateScale(Rim - 0.012f, 0.002f, Rim - 0.012f) * Matrix4x4.CreateTranslation(0, Fill, 0), 1, 48);
        var rings = m.Paint(Paints.Srgb(215, 150, 60, 0.7f, 0, "cereal"));
        for (var i = 0; i < 40; i++)
        {
            var a = r.RangeF(0, MathF.Tau); var d = 0.095f * MathF.Sqrt(r.RangeF(0, 1));
            rings.Torus(0.007f, 0.003f, Matrix4x4.CreateRotationX(r.RangeF(-0.5f, 0.5f)) * Matrix4x4.CreateTranslation(MathF.Cos(a) * d, Fill + 0.003f, MathF.Sin(a) * d), 12, 6);
        }
        // The spoon: its bowl in the milk, the handle rising over the rim towards +X.
        var spoon = m.Paint(Paints.Srgb(205, 205, 210, 0.2f, 1, "spoon"));
        var pose = Matrix4x4.CreateRotationZ(0.5f) * Matrix4x4.CreateTranslation(0.03f, Fill + 0.002f, 0.02f);
        spoon.Extrude([new(-0.09f, 0), new(-0.087f, -0.008f), new(-0.08f, -0.011f), new(-0.05f, -0.008f), new(0, -0.0035f), new(0.01f, -0.004f), new(0.01f, 0.004f), new(0, 0.0035f), new(-0.05f, 0.008f), new(-0.08f, 0.011f), new(-0.087f, 0.008f)],
            0.003f, Matrix4x4.CreateRotationX(-MathF.PI / 2) * Matrix4x4.CreateRotationZ(MathF.PI) * pose);
        spoon.Ellipsoid(Vector3.Transform(new Vector3(-0.048f, 0, 0), pose), new Vector3(0.035f, 0.006f, 0.02f), rotZ: 0.5f);
    }

    /// <summary>The ceramic as one closed lathe: outside up from the foot, over the rim, inside back down to the axis.</summary>
    private static void Shell(MeshBuilder body)
    {
        const float foot = Rim * 0.42f, wall = 0.005f;
        Vector2 Outside(float a) => new(foot + (Rim - foot) * MathF.Sin(a), 0.004f + (Deep - 0.004f) * (1 - MathF.Cos(a)));
        Vector2 Inside(float a) => new(foot - wall + (Rim - foot) * MathF.Sin(a), 0.01f + (Deep - 0.011f) * (1 - MathF.Cos(a)));
        const int n = 12;
        var shell = new List<Vector2> { new(0, 0), new(foot, 0) };
        for (var i = 0; i <= n; i++) shell.Add(Outside(i / (float)n * MathF.PI / 2));
        for (var i = n; i >= 0; i--) shell.Add(Inside(i / (float)n * MathF.PI / 2));
        shell.Add(new(0, 0.01f));
        body.Lathe(shell, Matrix4x4.Identity, 56);
    }
}
