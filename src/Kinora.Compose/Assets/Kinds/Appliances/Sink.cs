using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

public static partial class Appliances
{
    /// <summary>
    /// A bathroom sink on its vanity unit (90 × 50 cm, worktop at 84 cm, tap to 1.1 m). Earlier the basin was a flat
    /// disc on a wooden cabinet, and a pedestal basin was named a bowl (0.42).
    /// </summary>
    private static void Sink(ModelBuilder m, ref SeededRandom r)
    {
        var chrome = m.Paint(Paints.Chrome);
        // Bathroom vanity: a white cabinet with two doors and chrome pulls, a pale stone top with an upstand at the
        // back, an oval white basin sunk into it (its rim and shadowed hollow show from eye height) and a tall
        // mixer tap arching over the basin.
        var doors = m.Paint(Paints.Srgb(245, 245, 242, 0.35f, 0, "cabinet"));
        var top = m.Paint(Paints.Srgb(200, 198, 192, 0.2f, 0, "worktop"));
        const float H = 0.84f, hw = 0.45f, hd = 0.25f;
        doors.Box(new Vector3(0, (H - 0.03f) / 2 + 0.05f, 0), new Vector3(hw - 0.01f, (H - 0.03f) / 2 - 0.05f, hd - 0.01f));
        m.Paint(Paints.Black).Box(new Vector3(0, 0.03f, -0.02f), new Vector3(hw - 0.04f, 0.03f, hd - 0.04f));
        var gap = m.Paint(Paints.Srgb(120, 120, 118, 0.5f, 0, "gap"));
        gap.Box(new Vector3(0, 0.45f, hd - 0.009f), new Vector3(0.003f, 0.33f, 0.002f));
        foreach (var x in new[] { -0.05f, 0.05f }) chrome.Box(new Vector3(x, 0.62f, hd), new Vector3(0.005f, 0.06f, 0.01f));
        top.Box(new Vector3(0, H - 0.015f, 0.01f), new Vector3(hw + 0.01f, 0.015f, hd + 0.01f));
        top.Box(new Vector3(0, H + 0.05f, -hd + 0.01f), new Vector3(hw + 0.01f, 0.05f, 0.01f)); // upstand
        // The basin: an oval shell open at the top whose rim stands 1 cm proud of the worktop.
        var shell = new List<Vector2> { new(0, H - 0.16f), new(0.06f, H - 0.16f) };
        const int n = 10;
        for (var i = 0; i <= n; i++) { var a = i / (float)n * MathF.PI / 2; shell.Add(new(0.06f + 0.16f * MathF.Sin(a), H - 0.16f + 0.17f * (1 - MathF.Cos(a)))); }
        shell.Add(new(0.205f, H + 0.01f));
        for (var i = n; i >= 0; i--) { var a = i / (float)n * MathF.PI / 2; shell.Add(new(0.05f + 0.155f * MathF.Sin(a), H - 0.145f + 0.155f * (1 - MathF.Cos(a)))); }
        shell.Add(new(0, H - 0.145f));
        m.Body.Lathe(shell, Matrix4x4.CreateScale(1, 1, 0.72f) * Matrix4x4.CreateTranslation(0, 0, 0.03f), 48);
        m.Paint(Paints.Srgb(60, 60, 62, 0.3f, 0.8f, "drain")).Cylinder(Matrix4x4.CreateScale(0.02f, 0.002f, 0.02f) * Matrix4x4.CreateTranslation(0, H - 0.144f, 0.03f), 1, 16);
        Tap(chrome, new Vector3(0, H, -0.17f), 0.26f, 0.16f);
        chrome.Rod(new Vector3(0.07f, H, -0.17f), new Vector3(0.07f, H + 0.07f, -0.17f), 0.016f, 0.014f, 12);
        chrome.Capsule(new Vector3(0.07f, H + 0.07f, -0.17f), new Vector3(0.13f, H + 0.08f, -0.17f), 0.008f, 0.008f, 8);
    }

    /// <summary>A chrome tap: a column rising <paramref name="height"/> and arching forward (+Z) <paramref name="reach"/> into a spout.</summary>
    private static void Tap(MeshBuilder chrome, Vector3 foot, float height, float reach)
    {
        chrome.Cylinder(Matrix4x4.CreateScale(0.03f, 0.01f, 0.03f) * Matrix4x4.CreateTranslation(foot), 1, 16);
        var arc = reach / 2;
        var start = foot + new Vector3(0, height - arc, 0);
        chrome.Rod(foot, start, 0.016f, 0.014f, 12);
        var prev = start;
        for (var i = 1; i <= 8; i++)
        {
            var a = i / 8f * MathF.PI;
            var p = foot + new Vector3(0, height - arc + arc * MathF.Sin(a), arc - arc * MathF.Cos(a));
            chrome.Capsule(prev, p, 0.014f, 0.014f, 10);
            prev = p;
        }
        chrome.Rod(prev, prev - new Vector3(0, 0.04f, 0), 0.014f, 0.016f, 12);
    }
}
