using System.Numerics;

namespace Kinora.Compose.Layout;

/// <summary>A support's main top: its height, its middle, and the row along X holding most of it.</summary>
public readonly record struct SurfaceTop(float Y, Vector2 Middle, float RowZ, float RowX0, float RowX1);

/// <summary>
/// Where a thing set "on" a piece of furniture actually stands. A support's bounding box top is the highest point
/// of its model (a sofa's backrest, a bed's headboard), not the surface one sits or walks on. The surface is found
/// from the model itself: heights on a grid over its footprint, by rays cast straight down onto its triangles, and
/// the height level that most of the grid lands on is its top (a sofa's seat, a table's top, a bed's mattress). The
/// row along X (the direction walkers travel) with most of that level is where the subject goes, at its −X end, so a
/// walk runs the length of it.
/// </summary>
public static class SupportSurface
{
    /// <summary>Grid samples per side over the support's footprint.</summary>
    private const int Samples = 11;
    /// <summary>m: heights within this of each other are one level (cushions are not perfectly flat).</summary>
    private const float LevelTolerance = 0.04f;
    /// <summary>m: how far the surface along the chosen row may rise or dip from the level and still be walked on
    /// (the dip between two seat cushions, a pillow's edge).</summary>
    private const float RowTolerance = 0.1f;
    /// <summary>Share of the footprint sampled: the outer rim is usually a frame or an edge roll, not the surface.</summary>
    private const float Inset = 0.85f;

    /// <summary>The support's main top surface: its height (world y), the middle of it (x, z), and the row along X
    /// with most of it (its z and x span); null when no ray hit or no one level covers a real share of the top (a
    /// ramp, a heap).</summary>
    public static SurfaceTop? Find(Entity support)
    {
        var place = Matrix4x4.CreateFromQuaternion(support.Rotation) * Matrix4x4.CreateTranslation(support.Position);
        var triangles = new List<(Vector3 A, Vector3 B, Vector3 C)>();
        var min = new Vector3(float.MaxValue);
        var max = new Vector3(float.MinValue);
        foreach (var part in support.Model.Parts)
        {
            var m = part.Local * place;
            var p = part.Mesh.Positions.Span;
            var idx = part.Mesh.Indices.Span;
            for (var t = 0; t + 2 < idx.Length; t += 3)
            {
                var (a, b, c) = (Vector3.Transform(p[(int)idx[t]], m), Vector3.Transform(p[(int)idx[t + 1]], m), Vector3.Transform(p[(int)idx[t + 2]], m));
                triangles.Add((a, b, c));
                min = Vector3.Min(min, Vector3.Min(a, Vector3.Min(b, c)));
                max = Vector3.Max(max, Vector3.Max(a, Vector3.Max(b, c)));
            }
        }
        if (triangles.Count == 0) return null;
        var centre = (min + max) / 2;
        var half = (max - min) / 2 * Inset;
        var heights = new float?[Samples, Samples];
        var levels = new List<(float Y, int Count)>();
        for (var i = 0; i < Samples; i++)
            for (var j = 0; j < Samples; j++)
            {
                var x = centre.X + half.X * (2f * i / (Samples - 1) - 1);
                var z = centre.Z + half.Z * (2f * j / (Samples - 1) - 1);
                var h = TopAt(triangles, x, z);
                heights[i, j] = h;
                if (h is not { } y) continue;
                var k = levels.FindIndex(l => MathF.Abs(l.Y - y) < LevelTolerance);
                if (k < 0) levels.Add((y, 1));
                else levels[k] = (levels[k].Y, levels[k].Count + 1);
            }
        if (levels.Count == 0) return null;
        // The most common level; a tie goes to the lower one (a seat before the top of a backrest of equal size).
        var (level, share) = levels.OrderByDescending(l => l.Count).ThenBy(l => l.Y).First();
        if (share < MinShare * levels.Sum(l => l.Count)) return null;
        // Its middle: the level's sample nearest the centroid of all of them (the centroid of an L-shaped seat may
        // fall off it).
        var (sx, sz, n) = (0f, 0f, 0);
        for (var i = 0; i < Samples; i++)
            for (var j = 0; j < Samples; j++)
                if (heights[i, j] is { } y && MathF.Abs(y - level) < LevelTolerance)
                    (sx, sz, n) = (sx + Grid(centre.X, half.X, i), sz + Grid(centre.Z, half.Z, j), n + 1);
        var (mx, mz) = (sx / n, sz / n);
        var (bx, bz, bd) = (mx, mz, float.MaxValue);
        for (var i = 0; i < Samples; i++)
            for (var j = 0; j < Samples; j++)
                if (heights[i, j] is { } y && MathF.Abs(y - level) < LevelTolerance)
                {
                    var (x, z) = (Grid(centre.X, half.X, i), Grid(centre.Z, half.Z, j));
                    var dist = (x - mx) * (x - mx) + (z - mz) * (z - mz);
                    if (dist < bd) (bx, bz, bd) = (x, z, dist);
                }
        var (bestRow, bestCount) = (0, -1);
        for (var j = 0; j < Samples; j++)
        {
            var count = 0;
            for (var i = 0; i < Samples; i++)
                if (heights[i, j] is { } y && MathF.Abs(y - level) < RowTolerance) count++;
            if (count > bestCount) (bestRow, bestCount) = (j, count);
        }
        var (x0, x1) = (float.MaxValue, float.MinValue);
        for (var i = 0; i < Samples; i++)
            if (heights[i, bestRow] is { } y && MathF.Abs(y - level) < RowTolerance)
            {
                var x = Grid(centre.X, half.X, i);
                (x0, x1) = (MathF.Min(x0, x), MathF.Max(x1, x));
            }
        return new SurfaceTop(level, new Vector2(bx, bz), Grid(centre.Z, half.Z, bestRow), x0, x1);
    }

    /// <summary>The world coordinate of grid sample <paramref name="i"/> across a footprint.</summary>
    private static float Grid(float centre, float half, int i) => centre + half * (2f * i / (Samples - 1) - 1);

    /// <summary>Share of the top's samples the main level must hold to be a surface at all.</summary>
    private const float MinShare = 0.25f;

    /// <summary>Highest hit of a ray straight down at (x, z) on the triangles, or null (2D barycentric test in XZ).</summary>
    private static float? TopAt(List<(Vector3 A, Vector3 B, Vector3 C)> triangles, float x, float z)
    {
        float? best = null;
        foreach (var (a, b, c) in triangles)
        {
            var d = (b.Z - c.Z) * (a.X - c.X) + (c.X - b.X) * (a.Z - c.Z);
            if (MathF.Abs(d) < 1e-9f) continue; // a vertical face: a downward ray grazes it
            var u = ((b.Z - c.Z) * (x - c.X) + (c.X - b.X) * (z - c.Z)) / d;
            var v = ((c.Z - a.Z) * (x - c.X) + (a.X - c.X) * (z - c.Z)) / d;
            if (u < 0 || v < 0 || u + v > 1) continue;
            var y = u * a.Y + v * b.Y + (1 - u - v) * c.Y;
            if (best is null || y > best) best = y;
        }
        return best;
    }
}
