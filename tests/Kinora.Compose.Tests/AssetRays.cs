using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Tests;

/// <summary>A ray cast into a built model (Möller–Trumbore per triangle, either winding): which part a camera ray
/// meets first, so a test can say what a viewer sees through a gap, and how far along the ray.</summary>
internal static class AssetRays
{
    public static ModelPart? FirstHit(Model model, Vector3 origin, Vector3 dir) => Cast(model, origin, dir).Part;

    /// <summary>Height of the highest surface straight down through (x, z), or null where the ray misses.</summary>
    public static float? TopAt(Model model, float x, float z)
    {
        const float above = 1000;
        var (part, t) = Cast(model, new Vector3(x, above, z), -Vector3.UnitY);
        return part is null ? null : above - t;
    }

    public static (ModelPart? Part, float Distance) Cast(Model model, Vector3 origin, Vector3 dir)
    {
        ModelPart? best = null;
        var bestT = float.MaxValue;
        foreach (var part in model.Parts)
        {
            var pos = part.Mesh.Positions.Span;
            var idx = part.Mesh.Indices.Span;
            for (var i = 0; i + 2 < idx.Length; i += 3)
            {
                var a = Vector3.Transform(pos[(int)idx[i]], part.Local);
                var b = Vector3.Transform(pos[(int)idx[i + 1]], part.Local);
                var c = Vector3.Transform(pos[(int)idx[i + 2]], part.Local);
                var e1 = b - a;
                var e2 = c - a;
                var p = Vector3.Cross(dir, e2);
                var det = Vector3.Dot(e1, p);
                if (MathF.Abs(det) < 1e-12f) continue;
                var s = origin - a;
                var u = Vector3.Dot(s, p) / det;
                if (u < 0 || u > 1) continue;
                var q = Vector3.Cross(s, e1);
                var v = Vector3.Dot(dir, q) / det;
                if (v < 0 || u + v > 1) continue;
                var t = Vector3.Dot(e2, q) / det;
                if (t > 0 && t < bestT) { bestT = t; best = part; }
            }
        }
        return (best, bestT);
    }
}
