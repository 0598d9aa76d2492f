using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Places.Venues;

/// <summary>
/// A basketball court's markings (FIBA: 4.9 m key, 5.8 m to the free-throw line, 6.75 m three-point arc round a hoop
/// 1.575 m in from the baseline), painted 5 cm wide on the floor, running from a baseline at z = 0 towards +Z. Flat:
/// they may lie under the action.
/// </summary>
internal static class CourtLines
{
    private const float Line = 0.04f, Top = 0.006f;
    public const float HoopIn = 1.575f, Key = 4.9f, FreeThrow = 5.8f, Arc = 6.75f, HalfWidth = 7.5f;

    private static readonly Material Paint = Paints.Srgb(245, 245, 240, 0.4f, 0, "courtline");
    private static readonly Material KeyPaint = Paints.Srgb(165, 45, 40, 0.35f, 0, "courtkey");

    /// <summary>Lays the half court's markings into <paramref name="into"/>, its baseline at z = <paramref name="baseline"/>,
    /// to <paramref name="reach"/> m in front of it.</summary>
    public static void Lay(Kit into, float cx, float baseline, float reach)
    {
        var white = into.Paint(Paint);
        Strip(white, cx - HalfWidth, cx + HalfWidth, baseline, baseline);
        foreach (var s in new[] { -1f, 1f }) Strip(white, cx + s * HalfWidth, cx + s * HalfWidth, baseline, baseline + reach);
        into.Paint(KeyPaint).Box(new Vector3(cx, Top - 0.002f, baseline + FreeThrow / 2), new Vector3(Key / 2, 0.002f, FreeThrow / 2));
        foreach (var s in new[] { -1f, 1f }) Strip(white, cx + s * Key / 2, cx + s * Key / 2, baseline, baseline + FreeThrow);
        Strip(white, cx - Key / 2, cx + Key / 2, baseline + FreeThrow, baseline + FreeThrow);
        Ring(white, new Vector3(cx, 0, baseline + FreeThrow), 1.8f, 0, MathF.PI);
        // The three-point line: straight in the corners, then the arc round the hoop.
        var hoop = new Vector3(cx, 0, baseline + HoopIn);
        const float corner = 6.6f;
        var rise = MathF.Sqrt(Arc * Arc - corner * corner);
        foreach (var s in new[] { -1f, 1f }) Strip(white, cx + s * corner, cx + s * corner, baseline, hoop.Z + rise);
        var start = MathF.Atan2(rise, corner);
        Ring(white, hoop, Arc, start, MathF.PI - start);
    }

    /// <summary>A straight line from (x0, z0) to (x1, z1).</summary>
    private static void Strip(Assets.Meshes.MeshBuilder m, float x0, float x1, float z0, float z1)
    {
        var centre = new Vector3((x0 + x1) / 2, Top, (z0 + z1) / 2);
        m.Box(centre, new Vector3(MathF.Abs(x1 - x0) / 2 + Line, 0.002f, MathF.Abs(z1 - z0) / 2 + Line));
    }

    /// <summary>An arc of radius <paramref name="r"/> from angle a0 to a1 (0 = +X, π/2 = +Z) in short straight pieces.</summary>
    private static void Ring(Assets.Meshes.MeshBuilder m, Vector3 centre, float r, float a0, float a1)
    {
        var n = (int)MathF.Ceiling((a1 - a0) * r / 0.3f);
        for (var i = 0; i < n; i++)
        {
            var a = a0 + (i + 0.5f) * (a1 - a0) / n;
            var p = centre + new Vector3(MathF.Cos(a) * r, Top, MathF.Sin(a) * r);
            m.Box(p, new Vector3(Line, 0.002f, (a1 - a0) * r / n / 2 + 0.01f), 0, -a);
        }
    }
}
