using System.Numerics;
using Kinora.Motion;

namespace Kinora.Render.Scene;

/// <summary>Camera matrices from a <see cref="CameraPose"/> (right-handed, Y up, depth 0 at near and 1 at far).</summary>
public static class CameraMath
{
    /// <summary>Near clip plane, m: close enough for a camera a hand's width from a toy, far enough to keep depth precision.</summary>
    public const float NearPlane = 0.05f;
    /// <summary>Far clip plane, m: beyond the largest ground (±60 m default) seen diagonally from a raised camera, and
    /// beyond the far land of a mountain set (ranges and canyons 1–3 km off, seen from above their rims), which a
    /// 1 km plane cut off into a band of bare haze. Depth precision is set by the near plane: 19 m at 4 km still
    /// parts terrain's faces.</summary>
    public const float FarPlane = 4000f;

    public static Matrix4x4 View(in CameraPose camera)
    {
        var up = camera.Up.LengthSquared() > 1e-8f ? camera.Up : Vector3.UnitY;
        var forward = camera.Target - camera.Eye;
        // A camera looking straight along its up vector has no defined roll; pick another up so the matrix exists.
        if (forward.LengthSquared() < 1e-10f) forward = -Vector3.UnitZ;
        if (Vector3.Cross(Vector3.Normalize(forward), Vector3.Normalize(up)).LengthSquared() < 1e-8f)
            up = MathF.Abs(forward.Z) < 0.9f * forward.Length() ? Vector3.UnitZ : Vector3.UnitX;
        return Matrix4x4.CreateLookAt(camera.Eye, camera.Eye + forward, up);
    }

    public static Matrix4x4 Projection(in CameraPose camera, float aspect)
    {
        var fov = Math.Clamp(camera.VerticalFov, 0.01f, 3.0f);
        return Matrix4x4.CreatePerspectiveFieldOfView(fov, aspect, NearPlane, FarPlane);
    }

    /// <summary>Depth along the viewing axis, m, from window depth (0 at <see cref="NearPlane"/>, 1 at
    /// <see cref="FarPlane"/>, as System.Numerics' perspective projection maps it); +∞ for 1 (nothing drawn).</summary>
    public static float ViewDepth(float windowDepth) => windowDepth >= 1f
        ? float.PositiveInfinity
        : FarPlane * NearPlane / (FarPlane - windowDepth * (FarPlane - NearPlane));

    /// <summary>
    /// Where a world point lands in the image, in pixels with (0, 0) at the top-left corner of the top-left pixel;
    /// false when it is behind the camera. Tests and overlays use this to find things in frames.
    /// </summary>
    public static bool Project(in CameraPose camera, int width, int height, Vector3 world, out Vector2 pixel)
    {
        var viewProjection = View(camera) * Projection(camera, (float)width / height);
        var clip = Vector4.Transform(new Vector4(world, 1), viewProjection);
        pixel = default;
        if (clip.W <= 1e-6f) return false;
        var ndcX = clip.X / clip.W;
        var ndcY = clip.Y / clip.W;
        pixel = new Vector2((ndcX * 0.5f + 0.5f) * width, (0.5f - ndcY * 0.5f) * height);
        return true;
    }
}
