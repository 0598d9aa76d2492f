using System.Numerics;
using Kinora.Motion;
using Kinora.Plan;

namespace Kinora.Render.Scene;

/// <summary>
/// Where the lens focuses and how much it blurs, from the shot's camera: a "rack focus" shot pulls focus between the
/// nearest and the aimed-at subject over its middle third; close-ups get a shallow depth of field on their subject;
/// other shots are sharp everywhere (0 blur, so the post pass skips the work). Thin lens (a 24 mm-tall sensor, the
/// focal length from the field of view): a point at distance d, with focus at s, blurs to a circle of
/// f²/(N(s − f)) · |1 − s/d| on the sensor.
/// </summary>
public static class DepthOfField
{
    /// <summary>Sensor height, m (full frame).</summary>
    private const float SensorHeight = 0.024f;
    /// <summary>f-numbers: wide open for a focus pull, a little stopped down for a close-up.</summary>
    private const float RackFNumber = 1.8f, CloseUpFNumber = 2.8f;
    /// <summary>Largest blur the post pass draws, px at 720 rows (its taps spread over this).</summary>
    public const float MaxBlurPixels = 18f;

    public static ShotSpec? ShotAt(ScenePlan plan, double seconds)
    {
        // Indexed, not foreach: an interface enumerator would allocate every frame.
        ShotSpec? last = null;
        for (var i = 0; i < plan.Shots.Count; i++)
        {
            var shot = plan.Shots[i];
            if (seconds >= shot.Start && seconds < shot.Start + shot.Seconds) return shot;
            last = shot;
        }
        return last;
    }

    public static bool Racks(ShotSpec shot) =>
        shot.Camera.Move.Contains("rack", StringComparison.OrdinalIgnoreCase) || shot.Camera.Move.Contains("focus", StringComparison.OrdinalIgnoreCase);

    public static bool IsCloseUp(ShotSpec shot) =>
        shot.Camera.Framing.Contains("close", StringComparison.OrdinalIgnoreCase) || shot.Camera.Framing.Contains("macro", StringComparison.OrdinalIgnoreCase);

    /// <summary>The <see cref="Backend.FrameConstants.Lens"/> vector for a frame.</summary>
    public static Vector4 At(ScenePlan plan, double seconds, in CameraPose camera, ReadOnlySpan<Pose> poses, int height)
    {
        if (ShotAt(plan, seconds) is not { } shot) return Vector4.Zero;
        var rack = Racks(shot);
        if (!rack && !IsCloseUp(shot)) return Vector4.Zero;

        var forward = camera.Target - camera.Eye;
        if (forward.LengthSquared() < 1e-8f) return Vector4.Zero;
        forward = Vector3.Normalize(forward);
        var subject = MathF.Max(Vector3.Dot(camera.Target - camera.Eye, forward), 0.2f);
        var focus = subject;
        if (rack)
        {
            var (from, to) = RackEnds(camera.Eye, forward, subject, poses);
            var u = shot.Seconds > 0 ? (float)((seconds - shot.Start) / shot.Seconds) : 1f;
            var t = Math.Clamp((u - 1f / 3) * 3, 0, 1);
            t = t * t * (3 - 2 * t);
            // Focus rings move evenly in 1/distance (dioptres), which is also how the blur changes.
            focus = 1 / float.Lerp(1 / from, 1 / to, t);
        }

        var f = SensorHeight * 0.5f / MathF.Tan(Math.Clamp(camera.VerticalFov, 0.05f, 2.5f) * 0.5f);
        var n = rack ? RackFNumber : CloseUpFNumber;
        var blurAtInfinity = f * f / (n * MathF.Max(focus - f, 0.01f)) / SensorHeight * height;
        return new Vector4(focus, MathF.Min(blurAtInfinity, MaxBlurPixels * height / 720f), 0, 0);
    }

    /// <summary>Focus distances a rack pulls between: from the nearest body clearly in front of the subject to the
    /// subject; with nothing in front, from the subject out to the farthest body behind it; with neither, from a
    /// foreground at 40 % of the subject's distance to the subject.</summary>
    private static (float From, float To) RackEnds(Vector3 eye, Vector3 forward, float subject, ReadOnlySpan<Pose> poses)
    {
        float nearest = float.MaxValue, farthest = 0;
        foreach (var pose in poses)
        {
            var depth = Vector3.Dot(pose.Position - eye, forward);
            if (depth < 0.3f) continue;
            nearest = MathF.Min(nearest, depth);
            farthest = MathF.Max(farthest, depth);
        }
        if (nearest < subject * 0.7f) return (nearest, subject);
        if (farthest > subject * 1.4f) return (subject, farthest);
        return (subject * 0.4f, subject);
    }
}
