using System.Numerics;
using Kinora.Compose.Assets.Meshes;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// A car's road wheel as a photo shows it: a tyre with rounded shoulders and a low sidewall (not a torus
/// doughnut), and inside it a dark-faced alloy rim with five spokes and a centre cap. The axle runs along Z;
/// <paramref name="outward"/> (±1) says which side faces out.
/// </summary>
internal static class RoadWheel
{
    public static void Add(MeshBuilder tyre, MeshBuilder rim, MeshBuilder spokes, Vector3 centre, float radius, float width, float outward)
    {
        var h = width / 2;
        var rimR = radius * 0.66f;
        // Tyre section from the inner bead round the tread to the outer bead (profile x = radius, y = across).
        tyre.Lathe([new(rimR, -h * 0.9f), new(radius * 0.93f, -h), new(radius, -h * 0.7f), new(radius, h * 0.7f), new(radius * 0.93f, h), new(rimR, h * 0.9f)],
            Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(centre), 40);
        var face = centre + new Vector3(0, 0, outward * h * 0.95f);
        rim.Cylinder(Matrix4x4.CreateScale(rimR, h * 0.2f, rimR) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(face - new Vector3(0, 0, outward * h * 0.2f)), 1, 32);
        spokes.Torus(rimR * 0.97f, radius * 0.035f, Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(face), 40, 6); // rim lip
        for (var i = 0; i < 5; i++)
        {
            var a = MathF.PI / 2 + i * 2 * MathF.PI / 5;
            var d = new Vector3(MathF.Cos(a), MathF.Sin(a), 0);
            spokes.Box(Matrix4x4.CreateScale(rimR * 0.42f, radius * 0.07f, h * 0.08f) * Matrix4x4.CreateRotationZ(a) * Matrix4x4.CreateTranslation(face + d * rimR * 0.5f));
        }
        spokes.Cylinder(Matrix4x4.CreateScale(rimR * 0.22f, h * 0.1f, rimR * 0.22f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(face), 1, 16);
    }
}
