using System.Numerics;

namespace Kinora.Picture.Analysis;

/// <summary>
/// The camera the picture was taken from, as Kinora assumes it: at <see cref="EyeHeight"/> metres above flat
/// ground (y = 0), looking towards −Z, pitched down by <see cref="Pitch"/> radians so the ground's horizon falls on
/// the row the analysis found, with the vertical field of view of the plan's lens. Rays through pixels of this
/// camera are how the picture is lifted into 3D and how frame 0 reproduces it exactly.
/// </summary>
public sealed record Viewpoint(int Width, int Height, float EyeHeight, float Pitch, float VerticalFov)
{
    /// <summary>A standing person's eye, m: the height most photos are taken from.</summary>
    public const float StandingEyeHeight = 1.6f;
    /// <summary>Full-frame sensor height, mm (for lens → field of view).</summary>
    private const float SensorShortSideMm = 24f;

    public Vector3 Eye => new(0, EyeHeight, 0);
    public Vector3 Forward => new(0, -MathF.Sin(Pitch), -MathF.Cos(Pitch));
    public Vector3 Up => new(0, MathF.Cos(Pitch), -MathF.Sin(Pitch));
    public static Vector3 Right => Vector3.UnitX;
    public float TanY => MathF.Tan(VerticalFov / 2);
    public float TanX => TanY * Width / Height;

    /// <summary>A camera whose horizon lies on pixel row <paramref name="horizonRow"/> (may be outside the frame).
    /// The lens covers the frame's shorter side as on a full-frame camera.</summary>
    public static Viewpoint For(int width, int height, double lensMm, float horizonRow)
    {
        var shortSideFov = 2 * MathF.Atan(SensorShortSideMm / 2 / (float)Math.Clamp(lensMm, 8, 400));
        var verticalFov = width >= height ? shortSideFov : 2 * MathF.Atan(MathF.Tan(shortSideFov / 2) * height / width);
        var tanY = MathF.Tan(verticalFov / 2);
        var horizonNdc = 1 - 2 * horizonRow / height;
        return new Viewpoint(width, height, StandingEyeHeight, MathF.Atan(horizonNdc * tanY), verticalFov);
    }

    /// <summary>Direction (not unit length) of the ray through a point given in pixels, origin at the top-left corner
    /// of the frame; points outside the frame extend the same projection.</summary>
    public Vector3 Ray(float x, float y)
    {
        var a = 2 * x / Width - 1;
        var v = 1 - 2 * y / Height;
        return Forward + a * TanX * Right + v * TanY * Up;
    }

    /// <summary>Horizontal distance (along −Z, m) at which the ray through row <paramref name="y"/> meets the
    /// ground; +∞ at and above the horizon. The same for every column: rows are level.</summary>
    public float GroundDistance(float y)
    {
        var ray = Ray(Width / 2f, y);
        return ray.Y < -1e-6f ? EyeHeight / -ray.Y * -ray.Z : float.PositiveInfinity;
    }

    /// <summary>The world point seen at pixel (x, y) at horizontal distance <paramref name="distance"/> (m).</summary>
    public Vector3 PointAt(float x, float y, float distance)
    {
        var ray = Ray(x, y);
        return Eye + ray * (distance / -ray.Z);
    }
}
