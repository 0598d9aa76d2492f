using System.Numerics;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// The figure-of-eight outline of a guitar's or a fiddle's body: the union of a lower and an upper bout (two circles
/// on the body's axis), whose meeting makes the waist. Two circles are enough for the silhouette a person names at a
/// glance; how deep the waist cuts in (a violin's C-bouts, a guitar's gentle waist) follows from their spacing.
/// </summary>
public static class Bouts
{
    /// <summary>
    /// Outline in the XY plane, body axis along +Y, from the bottom of the lower bout (y = 0) to the top of the upper.
    /// </summary>
    public static Vector2[] Outline(float lowerRadius, float upperRadius, float centreSpacing, int steps = 36)
    {
        var c1 = lowerRadius;
        var c2 = lowerRadius + centreSpacing;
        var top = c2 + upperRadius;
        float HalfWidth(float y)
        {
            var a = lowerRadius * lowerRadius - (y - c1) * (y - c1);
            var b = upperRadius * upperRadius - (y - c2) * (y - c2);
            return MathF.Sqrt(MathF.Max(0, MathF.Max(a, b)));
        }
        var right = new List<Vector2>();
        for (var i = 0; i <= steps; i++)
        {
            // Cosine spacing: more points near the ends, where the outline turns fastest.
            var y = top * (1 - MathF.Cos(MathF.PI * i / steps)) / 2;
            right.Add(new Vector2(HalfWidth(y), y));
        }
        var outline = new List<Vector2>();
        foreach (var p in right) if (p.X > 1e-4f || outline.Count == 0) outline.Add(p);
        for (var i = right.Count - 2; i > 0; i--)
            if (right[i].X > 1e-4f) outline.Add(right[i] with { X = -right[i].X });
        return [.. outline];
    }

    /// <summary>Height of the outline (bottom of the lower bout to the top of the upper).</summary>
    public static float Length(float lowerRadius, float upperRadius, float centreSpacing) => lowerRadius + centreSpacing + upperRadius;
}
