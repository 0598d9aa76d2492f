using System.Numerics;
using Kinora.Compose.Assets.Meshes;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// Side profiles with wheel arches. A road vehicle is named by its wheels: a body whose sill runs straight over
/// them hides the tyres behind a panel (a bus became a bench). Cutting a round arch into the profile above each
/// axle shows the whole tyre from the side; a dark well inside the arch stops the eye seeing through to the far side.
/// </summary>
internal static class WheelArches
{
    /// <summary>
    /// The lower edge of a side profile from <paramref name="front"/> (larger x) to <paramref name="rear"/> at
    /// height <paramref name="sill"/>, rising round an arch of radius <paramref name="archRadius"/> about each axle
    /// (x in <paramref name="axles"/>, any order; centre height <paramref name="axleY"/>).
    /// </summary>
    public static List<Vector2> LowerEdge(float front, float rear, float sill, IEnumerable<float> axles, float axleY, float archRadius, int steps = 12)
    {
        var edge = new List<Vector2> { new(front, sill) };
        var dy = Math.Clamp((sill - axleY) / archRadius, -1f, 1f);
        var start = MathF.Asin(dy); // angle (from +x, counter-clockwise) where the circle meets the sill
        foreach (var x in axles.OrderByDescending(a => a))
        {
            if (sill >= axleY + archRadius) break;
            for (var i = 0; i <= steps; i++)
            {
                var a = start + (MathF.PI - 2 * start) * i / steps;
                edge.Add(new(x + archRadius * MathF.Cos(a), axleY + archRadius * MathF.Sin(a)));
            }
        }
        edge.Add(new(rear, sill));
        return edge;
    }

    /// <summary>Dark wells inside the arches, across the body short of its sides by <paramref name="inset"/>.</summary>
    public static void Wells(MeshBuilder dark, IEnumerable<float> axles, float axleY, float archRadius, float width, float inset)
    {
        foreach (var x in axles)
            dark.Box(new Vector3(x, axleY + archRadius * 0.45f, 0), new Vector3(archRadius * 0.98f, archRadius * 0.55f, width / 2 - inset));
    }

    /// <summary>A profile from a lower edge (front to rear) and an upper outline (rear to front).</summary>
    public static Vector2[] Profile(List<Vector2> lower, params float[] upperXy)
    {
        var p = new List<Vector2>(lower);
        for (var i = 0; i + 1 < upperXy.Length; i += 2) p.Add(new(upperXy[i], upperXy[i + 1]));
        return [.. p];
    }
}
