using System.Numerics;

namespace Kinora.Render.Backend;

/// <summary>
/// The ground plane (y = 0) is one quad that fills half the frame, so one list of occluders and lamps for it would
/// be all of them. Drawn as a grid of screen tiles instead (a scissor each), every tile gets the lists for the patch
/// of ground it shows: the box around the four corner rays' hits, or, where a ray passes over the horizon, the far
/// plane's corners too (the patch then runs out to the ground's edge).
/// </summary>
public static class GroundTiles
{
    /// <summary>Tiles across and down the frame: 16 draws of two triangles, each with its own lists.</summary>
    public const int Columns = 4, Rows = 4;

    /// <summary>World-space box of the ground seen through the NDC rectangle [x0, x1] × [y0, y1]; false when the
    /// camera is not above the ground (then every patch may see anything).</summary>
    public static bool Bounds(in Matrix4x4 inverseViewProjection, Vector3 eye, float groundHalfSize,
        float x0, float y0, float x1, float y1, out Vector3 min, out Vector3 max)
    {
        min = new Vector3(float.MaxValue, 0, float.MaxValue);
        max = new Vector3(float.MinValue, 0, float.MinValue);
        if (eye.Y <= 1e-4f) return false;
        Span<Vector3> far = stackalloc Vector3[4];
        far[0] = Unproject(inverseViewProjection, x0, y0);
        far[1] = Unproject(inverseViewProjection, x1, y0);
        far[2] = Unproject(inverseViewProjection, x0, y1);
        far[3] = Unproject(inverseViewProjection, x1, y1);
        var anyMiss = false;
        foreach (var f in far)
        {
            var dir = f - eye;
            var t = dir.Y < 0 ? -eye.Y / dir.Y : float.PositiveInfinity;
            if (t <= 1) Include(ref min, ref max, eye + dir * t);
            else anyMiss = true;
        }
        // The patch reaches the far plane between a missing ray and its neighbours: every far corner bounds it.
        if (anyMiss) foreach (var f in far) Include(ref min, ref max, f);
        var edge = new Vector3(groundHalfSize, 0, groundHalfSize);
        min = Vector3.Clamp(min, -edge, edge);
        max = Vector3.Clamp(max, -edge, edge);
        return min.X <= max.X && min.Z <= max.Z;
    }

    private static void Include(ref Vector3 min, ref Vector3 max, Vector3 p)
    {
        min = new Vector3(MathF.Min(min.X, p.X), 0, MathF.Min(min.Z, p.Z));
        max = new Vector3(MathF.Max(max.X, p.X), 0, MathF.Max(max.Z, p.Z));
    }

    private static Vector3 Unproject(in Matrix4x4 inverseViewProjection, float x, float y)
    {
        var p = Vector4.Transform(new Vector4(x, y, 1, 1), inverseViewProjection);
        return new Vector3(p.X, p.Y, p.Z) / p.W;
    }
}
