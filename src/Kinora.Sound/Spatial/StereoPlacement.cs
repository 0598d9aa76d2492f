using System.Numerics;
using Kinora.Motion;

namespace Kinora.Sound.Spatial;

/// <summary>
/// Where a mono source sits in the stereo image as heard from the camera: constant-power panning (left² + right²
/// = 1, so a sound keeps its loudness as it crosses the screen) by the sine of its azimuth, and inverse-distance
/// attenuation (1/r, −6 dB per doubling) beyond <see cref="ReferenceDistance"/>.
/// </summary>
public readonly record struct StereoPlacement(float Left, float Right)
{
    /// <summary>Metres within which a source is at full level (no boost for sounds at the lens).</summary>
    public const float ReferenceDistance = 1f;

    public static StereoPlacement Centre => new(MathF.Sqrt(0.5f), MathF.Sqrt(0.5f));

    public static StereoPlacement From(Vector3 source, CameraPose camera)
    {
        var toSource = source - camera.Eye;
        var distance = toSource.Length();
        var forward = camera.Target - camera.Eye;
        // Right-handed, Y up: forward × up points to screen right.
        var right = Vector3.Cross(forward, camera.Up);
        var attenuation = ReferenceDistance / MathF.Max(ReferenceDistance, distance);
        if (distance < 1e-6f || right.LengthSquared() < 1e-12f)
            return new(Centre.Left * attenuation, Centre.Right * attenuation);
        var pan = Math.Clamp(Vector3.Dot(toSource / distance, Vector3.Normalize(right)), -1f, 1f);
        // pan −1 → θ = 0 (all left), +1 → θ = π/2 (all right).
        var theta = (pan + 1) * MathF.PI / 4;
        return new(MathF.Cos(theta) * attenuation, MathF.Sin(theta) * attenuation);
    }

    /// <summary>Adds a mono signal into an interleaved stereo buffer starting at frame <paramref name="startFrame"/>.</summary>
    public void MixInto(ReadOnlySpan<float> mono, Span<float> stereo, int startFrame)
    {
        var frames = Math.Min(mono.Length, stereo.Length / 2 - startFrame);
        var o = startFrame * 2;
        for (var i = 0; i < frames; i++, o += 2)
        {
            stereo[o] += mono[i] * Left;
            stereo[o + 1] += mono[i] * Right;
        }
    }
}
