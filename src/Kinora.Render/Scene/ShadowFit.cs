using System.Numerics;

namespace Kinora.Render.Scene;

/// <summary>
/// Fits the sun's orthographic shadow frustum around the bodies that cast shadows (their bounding spheres at this
/// frame). The ground only receives, so the map spends all its texels on the casters and the ground right around
/// them. The extent is rounded up to a step and the centre snapped to whole texels, so a moving body does not make
/// the shadows of the others shimmer from frame to frame.
/// </summary>
public static class ShadowFit
{
    /// <summary>Extent rounding step, m.</summary>
    private const float ExtentStep = 0.5f;
    /// <summary>Margin around the casters, m: room for the penumbra filter footprint.</summary>
    private const float Margin = 0.25f;
    /// <summary>Largest half extent, m: past this the texels get too coarse to be worth it; far bodies lose shadows.</summary>
    private const float MaxHalfExtent = 60f;

    /// <summary>Returns false when there is nothing to cast a shadow.</summary>
    public static bool TryFit(ReadOnlySpan<Vector4> casterSpheres, Vector3 sunDirection, int mapSize, Vector3 focus,
        out Matrix4x4 lightViewProjection, out float texelWorldSize)
    {
        lightViewProjection = Matrix4x4.Identity;
        texelWorldSize = 0;
        if (casterSpheres.Length == 0) return false;

        var min = new Vector3(float.MaxValue);
        var max = new Vector3(float.MinValue);
        foreach (var s in casterSpheres)
        {
            // Bodies far from what the camera looks at would stretch the map over empty land; leave them out.
            var centre = new Vector3(s.X, s.Y, s.Z);
            if (s.W < 0) continue; // casts no shadow
            if (Vector3.DistanceSquared(centre, focus) > MaxHalfExtent * MaxHalfExtent * 4) continue;
            min = Vector3.Min(min, centre - new Vector3(s.W));
            max = Vector3.Max(max, centre + new Vector3(s.W));
        }
        if (min.X > max.X) return false;

        var sun = Vector3.Normalize(sunDirection);
        var centreWorld = (min + max) * 0.5f;
        var radius = MathF.Min((max - min).Length() * 0.5f + Margin, MaxHalfExtent);
        radius = MathF.Ceiling(radius / ExtentStep) * ExtentStep;

        var up = MathF.Abs(sun.Y) > 0.99f ? Vector3.UnitZ : Vector3.UnitY;
        var view = Matrix4x4.CreateLookAt(Vector3.Zero, -sun, up);
        // Snap the centre, in light space, to whole texels.
        texelWorldSize = 2 * radius / mapSize;
        var c = Vector3.Transform(centreWorld, view);
        c.X = MathF.Round(c.X / texelWorldSize) * texelWorldSize;
        c.Y = MathF.Round(c.Y / texelWorldSize) * texelWorldSize;
        // Light space looks down −Z: the casters span c.Z ± radius; the ground under them lies further along −Z,
        // up to about radius / sin(elevation) beyond, so the depth range reaches that far (capped).
        var sinElevation = MathF.Max(sun.Y, 0.1f);
        var depthBeyond = MathF.Min(radius / sinElevation + radius, 4 * MaxHalfExtent);
        var projection = Matrix4x4.CreateOrthographicOffCenter(c.X - radius, c.X + radius, c.Y - radius, c.Y + radius,
            -(c.Z + radius), -(c.Z - radius - depthBeyond));
        lightViewProjection = view * projection;
        return true;
    }
}
