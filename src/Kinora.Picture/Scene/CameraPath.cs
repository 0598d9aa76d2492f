using System.Numerics;
using Kinora.Motion;
using Kinora.Picture.Analysis;

namespace Kinora.Picture.Scene;

/// <summary>
/// The camera for a picture that comes alive: frame 0 is exactly the picture's own viewpoint, then a slow move from
/// the plan's camera words. Distances scale with the nearest thing in the picture, so a landscape and a table-top
/// both get a move that shows parallax without the near layer flying past the lens: a push-in ends with the
/// nearest layer ~12 % larger.
/// </summary>
public static class CameraPath
{
    /// <summary>Share of the nearest distance the camera travels in a push-in (1 / (1 − 0.11) ≈ 12 % larger).</summary>
    public const float PushShare = 0.11f;
    /// <summary>Share of the nearest distance a sideways move (pan, orbit) travels.</summary>
    public const float SideShare = 0.1f;

    /// <summary>The move's name as Kinora does it for a picture.</summary>
    public static string Describe(string? move) => Kind(move) switch
    {
        Move.Static => "held still on the picture",
        Move.PullBack => "slow pull-back from the picture",
        Move.PanLeft => "slow pan left across the picture",
        Move.PanRight => "slow pan right across the picture",
        Move.Orbit => "slow orbit around the picture's middle distance",
        Move.TiltUp => "slow tilt up",
        Move.TiltDown => "slow tilt down",
        Move.Rise => "slow rise above the picture's viewpoint",
        _ => "slow push-in on the picture",
    };

    /// <param name="near">Distance of the nearest things in the picture (5th percentile), m.</param>
    /// <param name="middle">Distance of the middle ground (median), m: orbits turn around it.</param>
    public static CameraPose[] Plan(Viewpoint view, string? move, float near, float middle, int frameCount, float marginShare)
    {
        var poses = new CameraPose[frameCount];
        var kind = Kind(move);
        // Turning by half the margin's angle leaves the other half as slack.
        var turn = 0.5f * (MathF.Atan(view.TanX * (1 + 2 * marginShare)) - MathF.Atan(view.TanX));
        for (var f = 0; f < frameCount; f++)
        {
            var t = frameCount <= 1 ? 0 : (float)f / (frameCount - 1);
            var s = t * t * (3 - 2 * t); // ease in and out
            var eye = view.Eye;
            var forward = view.Forward;
            switch (kind)
            {
                case Move.Push: eye += forward * (PushShare * near * s); break;
                case Move.PullBack: eye -= forward * (PushShare * 0.8f * near * s); break;
                case Move.PanLeft or Move.PanRight:
                    var sign = kind == Move.PanLeft ? -1 : 1;
                    eye += Viewpoint.Right * (sign * 0.5f * SideShare * near * s);
                    forward = Vector3.Transform(forward, Quaternion.CreateFromAxisAngle(Vector3.UnitY, -sign * turn * s));
                    break;
                case Move.Orbit:
                    var pivot = view.Eye + view.Forward * middle;
                    var angle = SideShare * near / MathF.Max(middle, near) * s;
                    var spin = Quaternion.CreateFromAxisAngle(Vector3.UnitY, angle);
                    eye = pivot + Vector3.Transform(view.Eye - pivot, spin);
                    forward = Vector3.Transform(forward, spin);
                    break;
                case Move.TiltUp or Move.TiltDown:
                    var tilt = (kind == Move.TiltUp ? 1 : -1) * turn * s;
                    forward = Vector3.Transform(forward, Quaternion.CreateFromAxisAngle(Viewpoint.Right, tilt));
                    break;
                case Move.Rise: eye += Vector3.UnitY * (SideShare * near * s); break;
            }
            poses[f] = new CameraPose(eye, eye + forward * 10, Vector3.UnitY, view.VerticalFov);
        }
        return poses;
    }

    private enum Move { Push, Static, PullBack, PanLeft, PanRight, Orbit, TiltUp, TiltDown, Rise }

    private static Move Kind(string? move) => move?.Trim().ToLowerInvariant() switch
    {
        "static" or "still" or "locked" => Move.Static,
        "dolly out" or "pull back" or "pull out" or "zoom out" => Move.PullBack,
        "pan left" or "truck left" => Move.PanLeft,
        "pan" or "pan right" or "truck right" or "tracking" or "track" => Move.PanRight,
        "orbit" or "arc" => Move.Orbit,
        "tilt up" or "tilt" => Move.TiltUp,
        "tilt down" => Move.TiltDown,
        "crane" or "crane up" or "jib" or "aerial" or "drone" => Move.Rise,
        _ => Move.Push,
    };
}
