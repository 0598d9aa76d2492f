using System.Numerics;
using Kinora.Compose;
using Kinora.Plan;

namespace Kinora.Motion.Camera;

/// <summary>
/// Films the simulation: one <see cref="CameraPose"/> per frame from the first shot's <see cref="CameraSpec"/>.
/// It frames what moves over the whole clip (the bounding sphere of every non-static body across all frames, so a
/// bouncing ball stays in frame from its apex to the floor), from a classic three-quarter, slightly elevated
/// viewpoint in front (+Z) and to the right (+X), at the distance where that sphere fills the framing's share of
/// the frame's shorter side. Moves then vary the pose over time without ever losing the sphere.
/// Pure function of the world and the poses: deterministic.
/// </summary>
public static class CameraRig
{
    /// <summary>Degrees to the right of straight-on (+Z), the classic three-quarter view.</summary>
    private const double AzimuthDeg = 20;
    /// <summary>Degrees above the horizontal: high enough to read the floor, low enough to feel like eye level.</summary>
    private const double ElevationDeg = 18;
    /// <summary>The look-at point sits this fraction of the bounds' radius below their centre, which moves the
    /// subject up in frame and shows more floor where contacts happen.</summary>
    private const double LowerFraction = 0.15;
    /// <summary>m; the smallest subject radius framed, so one small still object is not a macro shot.</summary>
    private const double MinSubjectRadius = 0.15;
    /// <summary>Orbit rate, degrees per second: a slow 48° over 8 s.</summary>
    private const double OrbitDegPerSecond = 6;
    /// <summary>Largest push-in for dolly/zoom, as a fraction of the distance (or of the FOV's tangent).</summary>
    private const double MaxPush = 0.2;
    /// <summary>The subject may grow to at most this share of the frame during a push-in.</summary>
    private const double MaxFill = 0.95;
    /// <summary>Crane shot: the camera rises from this elevation to the next, degrees.</summary>
    private const double CraneFromDeg = 4, CraneToDeg = 40;
    /// <summary>Elevation of a drone's view, degrees.</summary>
    private const double AerialDeg = 50;
    /// <summary>Handheld sway as a share of the framed radius (eye) and of the aim (look-at), and its rates in Hz.</summary>
    private const double ShakeEye = 0.02, ShakeAim = 0.012;
    /// <summary>s; time constant of the tracking camera's exponential smoothing (a camera operator's lag).</summary>
    private const double TrackingLagSeconds = 0.4;

    /// <summary>Share of the frame's shorter side the subject's bounding sphere fills, by shot size.</summary>
    public static double FillFor(string framing) => framing.ToLowerInvariant() switch
    {
        "wide" or "extreme wide" or "establishing" => 0.35,
        "close-up" or "closeup" or "close" or "close up" => 0.85,
        _ => 0.75,
    };

    /// <param name="poses">frameCount × bodies poses, frame-major, bodies in <c>World.Entities</c> order.</param>
    public static CameraPose[] Shoot(World world, ReadOnlySpan<Pose> poses, int frameCount)
    {
        var plan = world.Plan;
        var spec = plan.Shots.Count > 0 ? plan.Shots[0].Camera : new CameraSpec();
        var aspect = (double)plan.Format.Width / plan.Format.Height;
        var fps = Math.Max(1, plan.Format.Fps);
        var vfov = Lens.VerticalFov(spec.LensMm, aspect);
        var halfTan = Math.Tan(vfov / 2);
        var shorterHalfTan = halfTan * Math.Min(1, aspect); // the side the subject must fit
        var fill = FillFor(spec.Framing);
        var duration = Math.Max(1e-6, (double)frameCount / fps);
        var camera = new CameraPose[frameCount];
        if (frameCount == 0) return camera;

        var move = spec.Move.ToLowerInvariant();
        var n = world.Entities.Count;
        var subject = move is "tracking" or "track" or "follow" ? TrackedBody(world, spec.Target, poses, frameCount) : -1;
        Vector3[] centres;
        double radius;
        var (boundsCentre, boundsRadius, boundsMin, boundsMax) = Bounds(world, poses, frameCount);
        centres = [boundsCentre];
        radius = boundsRadius;
        if (subject >= 0)
        {
            var path = Smoothed(poses, n, subject, frameCount, 1.0 / fps);
            var follow = FollowRadius(world.Entities[subject], poses, n, subject, path);
            // Following pays only when the subject travels farther than it lags (a fast fall lags by metres):
            // otherwise the fixed framing of everything is both steadier and tighter.
            if (follow < boundsRadius) { centres = path; radius = follow; }
        }
        else if (move == "auto")
        {
            // No move asked for: follow the moving group's centre (a dog and the ball it chases stay in frame
            // together) when that frames tighter than the whole path; otherwise hold the fixed framing.
            var (path, follow) = GroupFollow(world, poses, frameCount, 1.0 / fps);
            if (follow < boundsRadius) { centres = path; radius = follow; }
        }

        // The look-at sits δ below the centre; a sphere of radius R = r + δ about the look-at still holds the bounds.
        var lower = LowerFraction * radius;
        var fitRadius = radius + lower;
        // A sphere of radius R at distance d spans asin(R/d) from the axis; we want tan of that = fill·tan(half FOV).
        var distance = fitRadius / Math.Sin(Math.Atan(fill * shorterHalfTan));
        if (move is "auto" or "static" or "fixed")
        {
            // (Moves that sweep the frame — pans, tilts, orbits — size their sweep from the sphere fit, so keep it.)
            // A still frame around the whole clip's box is taken when it is tighter than the sphere fit (or than
            // following the group): wide, low subjects fill the frame's width instead of a third of it.
            var boxLower = LowerFraction * boundsRadius;
            var boxLookAt = boundsCentre - new Vector3(0, (float)boxLower, 0);
            var boxDistance = Math.Max(BoxDistance(boundsMin, boundsMax, boxLookAt, fill, halfTan, aspect), 4 * MinSubjectRadius);
            if (boxDistance < distance)
            {
                centres = [boundsCentre];
                radius = boundsRadius;
                lower = boxLower;
                fitRadius = radius + lower;
                distance = boxDistance;
            }
        }
        var push = Math.Clamp(1 - fill / MaxFill, 0, MaxPush);

        for (var f = 0; f < frameCount; f++)
        {
            var t = (double)f / fps;
            var u = Smoothstep(t / duration);
            var centre = centres[Math.Min(f, centres.Length - 1)];
            var lookAt = centre - new Vector3(0, (float)lower, 0);
            var azimuth = AzimuthDeg * Math.PI / 180;
            var elevation = ElevationDeg * Math.PI / 180;
            var d = distance;
            var tanScale = 1.0;
            double panYaw = 0, tiltPitch = 0;
            // Room the subject leaves in the frame, as angles from the axis: what a pan or tilt may sweep.
            var subjectHalf = Math.Atan(fill * shorterHalfTan);
            var panRoom = 0.5 * Math.Max(0, Math.Atan(halfTan * aspect) - subjectHalf);
            var tiltRoom = 0.5 * Math.Max(0, Math.Atan(halfTan) - subjectHalf);
            switch (move)
            {
                case "orbit" or "arc":
                    azimuth += OrbitDegPerSecond * Math.PI / 180 * t;
                    break;
                case "dolly" or "push" or "push in" or "dolly in":
                    d *= 1 + push * (1 - 2 * u); // from (1 + p)·d to (1 − p)·d
                    break;
                case "dolly out" or "pull back" or "pull out":
                    d *= 1 - push * (1 - 2 * u);
                    break;
                case "zoom" or "zoom in":
                    tanScale = 1 + push * (1 - 2 * u); // the lens lengthens: the FOV's tangent shrinks
                    break;
                case "zoom out":
                    tanScale = 1 - push * (1 - 2 * u);
                    break;
                case "pan" or "pan right":
                    // Yaw about the eye from +A (looking left of the subject) to −A (right of it).
                    panYaw = panRoom * (1 - 2 * u);
                    break;
                case "pan left":
                    panYaw = -panRoom * (1 - 2 * u);
                    break;
                case "tilt up" or "tilt":
                    tiltPitch = -tiltRoom * (1 - 2 * u); // from below the subject to above it
                    break;
                case "tilt down":
                    tiltPitch = tiltRoom * (1 - 2 * u);
                    break;
                case "crane" or "crane up" or "jib":
                    elevation = (CraneFromDeg + (CraneToDeg - CraneFromDeg) * u) * Math.PI / 180;
                    break;
                case "aerial" or "drone":
                    elevation = AerialDeg * Math.PI / 180;
                    azimuth += OrbitDegPerSecond * 0.5 * Math.PI / 180 * t;
                    d *= 1.4;
                    break;
            }

            var eye = lookAt + ToEye(azimuth, elevation) * (float)d;
            if (move is "handheld" or "shaky")
            {
                var (shakeEye, shakeAim) = Handheld(t, fitRadius);
                eye += shakeEye;
                lookAt += shakeAim;
            }
            if (panYaw != 0)
            {
                var rotate = Matrix4x4.CreateRotationY((float)panYaw);
                lookAt = eye + Vector3.TransformNormal(lookAt - eye, rotate);
            }
            if (tiltPitch != 0)
            {
                var forward = lookAt - eye;
                var right = Vector3.Normalize(Vector3.Cross(forward, Vector3.UnitY));
                lookAt = eye + Vector3.Transform(forward, Quaternion.CreateFromAxisAngle(right, (float)tiltPitch)); // + raises the view
            }
            var fov = 2 * Math.Atan(halfTan * tanScale);
            camera[f] = new CameraPose(eye, lookAt, Vector3.UnitY, (float)fov);
        }
        return camera;
    }

    /// <summary>
    /// Bounding sphere of the moving bodies over every frame (all bodies if none moves): centred on the box that
    /// holds them, radius the farthest body surface from that centre.
    /// </summary>
    private static (Vector3 Centre, double Radius, Vector3 Min, Vector3 Max) Bounds(World world, ReadOnlySpan<Pose> poses, int frameCount)
    {
        var n = world.Entities.Count;
        var anyDynamic = false;
        foreach (var e in world.Entities) anyDynamic |= !e.IsStatic;
        // A static part of a moving thing's own cast entry (a pendulum's stand, a cradle's frame, a billiard table)
        // belongs in the picture with it; other static things (furniture, the floor's props) do not widen the shot.
        var rigged = world.Entities.Where(e => !e.IsStatic).Select(e => e.CastId).ToHashSet();
        bool Skip(int i) => anyDynamic && world.Entities[i].IsStatic && !rigged.Contains(world.Entities[i].CastId);
        var min = new Vector3(float.MaxValue);
        var max = new Vector3(float.MinValue);
        for (var f = 0; f < frameCount; f++)
            for (var i = 0; i < n; i++)
            {
                if (Skip(i)) continue;
                var r = world.Entities[i].Shape.BoundingRadius;
                var p = poses[f * n + i].Position;
                if (IsParked(p)) continue;
                min = Vector3.Min(min, p - new Vector3(r));
                max = Vector3.Max(max, p + new Vector3(r));
            }
        if (min.X > max.X) return (new Vector3(0, 0.5f, 0), 1, new Vector3(-1, 0, -1), new Vector3(1, 1, 1)); // empty world: a metre of floor

        var centre = (min + max) / 2;
        double radius = MinSubjectRadius;
        for (var f = 0; f < frameCount; f++)
            for (var i = 0; i < n; i++)
            {
                if (Skip(i) || IsParked(poses[f * n + i].Position)) continue;
                var reach = Vector3.Distance(poses[f * n + i].Position, centre) + world.Entities[i].Shape.BoundingRadius;
                radius = Math.Max(radius, reach);
            }
        return (centre, radius, min, max);
    }

    /// <summary>Unit vector from the look-at point towards the eye (azimuth from +Z towards +X, elevation up).</summary>
    private static Vector3 ToEye(double azimuth, double elevation) => new(
        (float)(Math.Sin(azimuth) * Math.Cos(elevation)),
        (float)Math.Sin(elevation),
        (float)(Math.Cos(azimuth) * Math.Cos(elevation)));

    /// <summary>
    /// The distance at which every corner of the box stays inside <paramref name="fill"/> of the frame, seen from
    /// the default viewpoint at <paramref name="lookAt"/>: a row of dominoes or a bus is wide and low, and fitting
    /// its bounding sphere to the frame's height leaves it a thin line across the middle.
    /// </summary>
    private static double BoxDistance(Vector3 min, Vector3 max, Vector3 lookAt, double fill, double halfTan, double aspect)
    {
        var toEye = ToEye(AzimuthDeg * Math.PI / 180, ElevationDeg * Math.PI / 180);
        var right = Vector3.Normalize(Vector3.Cross(-toEye, Vector3.UnitY));
        var up = Vector3.Cross(right, -toEye);
        double distance = 0;
        for (var c = 0; c < 8; c++)
        {
            var corner = new Vector3((c & 1) == 0 ? min.X : max.X, (c & 2) == 0 ? min.Y : max.Y, (c & 4) == 0 ? min.Z : max.Z);
            var v = corner - lookAt;
            // A corner nearer the camera by z sees the frame's half-size shrink to (d − z)·tan·fill.
            var z = Vector3.Dot(v, toEye);
            distance = Math.Max(distance, z + Math.Abs(Vector3.Dot(v, right)) / (fill * halfTan * aspect));
            distance = Math.Max(distance, z + Math.Abs(Vector3.Dot(v, up)) / (fill * halfTan));
        }
        return distance;
    }

    /// <summary>
    /// The smoothed centroid of every body that moves (more than 1 cm over the clip), and the radius about it that
    /// holds all of them in every frame.
    /// </summary>
    private static (Vector3[] Path, double Radius) GroupFollow(World world, ReadOnlySpan<Pose> poses, int frameCount, double dt)
    {
        var n = world.Entities.Count;
        var movers = new List<int>();
        for (var i = 0; i < n; i++)
        {
            // Bodies that spend any of the clip out of the world (a breakable's whole or pieces) are not followed.
            if (world.Entities[i].IsStatic || AnyParked(poses, i, n, frameCount)) continue;
            for (var f = 1; f < frameCount; f++)
                if (Vector3.DistanceSquared(poses[f * n + i].Position, poses[i].Position) > 0.01f * 0.01f) { movers.Add(i); break; }
        }
        if (movers.Count == 0) return ([], double.MaxValue);
        var alpha = (float)(1 - Math.Exp(-dt / TrackingLagSeconds));
        var path = new Vector3[frameCount];
        Vector3 Centroid(int f, ReadOnlySpan<Pose> p)
        {
            var c = Vector3.Zero;
            foreach (var i in movers) c += p[f * n + i].Position;
            return c / movers.Count;
        }
        // The movers' own static parts (a pendulum's stand, a cradle's frame) stay in the picture too.
        var casts = movers.Select(i => world.Entities[i].CastId).ToHashSet();
        var rig = Enumerable.Range(0, n).Where(i => world.Entities[i].IsStatic && casts.Contains(world.Entities[i].CastId)).ToList();
        var s = Centroid(0, poses);
        double radius = MinSubjectRadius;
        for (var f = 0; f < frameCount; f++)
        {
            s += (Centroid(f, poses) - s) * alpha;
            path[f] = s;
            foreach (var i in movers)
                radius = Math.Max(radius, Vector3.Distance(poses[f * n + i].Position, s) + world.Entities[i].Shape.BoundingRadius);
            foreach (var i in rig)
                radius = Math.Max(radius, Vector3.Distance(poses[f * n + i].Position, s) + world.Entities[i].Shape.BoundingRadius);
        }
        return (path, radius);
    }

    /// <summary>m; bodies below this are parked out of the world (Physics' removed bodies, walkers' physics twins).</summary>
    private const float ParkedBelow = -100;

    private static bool IsParked(Vector3 p) => p.Y < ParkedBelow;

    private static bool AnyParked(ReadOnlySpan<Pose> poses, int body, int n, int frameCount)
    {
        for (var f = 0; f < frameCount; f++)
            if (IsParked(poses[f * n + body].Position)) return true;
        return false;
    }

    /// <summary>The body a tracking shot follows: the target by entity or cast id, else the first body that moves.</summary>
    private static int TrackedBody(World world, string? target, ReadOnlySpan<Pose> poses, int frameCount)
    {
        var n = world.Entities.Count;
        if (target is not null)
            for (var i = 0; i < n; i++)
                if (world.Entities[i].Id == target || world.Entities[i].CastId == target) return i;
        for (var i = 0; i < n; i++)
        {
            if (world.Entities[i].IsStatic) continue;
            var start = poses[i].Position;
            for (var f = 1; f < frameCount; f++)
                if (Vector3.DistanceSquared(poses[f * n + i].Position, start) > 0.01f * 0.01f) return i; // moved > 1 cm
        }
        return -1;
    }

    /// <summary>
    /// Handheld sway: sums of incommensurate sines (0.7–2.9 Hz, the band of a person's breathing and grip) on the
    /// eye and the aim. Deterministic in t, smooth, and small enough that the subject stays framed.
    /// </summary>
    private static (Vector3 Eye, Vector3 Aim) Handheld(double t, double radius)
    {
        static float Wobble(double t, double a, double b, double c) =>
            (float)(0.5 * Math.Sin(2 * Math.PI * a * t) + 0.3 * Math.Sin(2 * Math.PI * b * t + 1.3) + 0.2 * Math.Sin(2 * Math.PI * c * t + 2.1));
        var e = (float)(radius * ShakeEye);
        var a = (float)(radius * ShakeAim);
        return (new Vector3(Wobble(t, 0.7, 1.9, 2.9), Wobble(t, 0.9, 1.3, 2.3), Wobble(t, 0.8, 1.7, 2.6)) * e,
                new Vector3(Wobble(t, 1.1, 2.1, 2.7), Wobble(t, 0.75, 1.6, 2.5), 0) * a);
    }

    /// <summary>Exponentially smoothed path of one body (first-order lag, time constant <see cref="TrackingLagSeconds"/>).</summary>
    private static Vector3[] Smoothed(ReadOnlySpan<Pose> poses, int n, int body, int frameCount, double dt)
    {
        var alpha = (float)(1 - Math.Exp(-dt / TrackingLagSeconds));
        var path = new Vector3[frameCount];
        var s = poses[body].Position;
        for (var f = 0; f < frameCount; f++)
        {
            s += (poses[f * n + body].Position - s) * alpha;
            path[f] = s;
        }
        return path;
    }

    /// <summary>Radius about the smoothed path that always holds the followed body: its largest lag plus its size.</summary>
    private static double FollowRadius(Entity e, ReadOnlySpan<Pose> poses, int n, int body, Vector3[] path)
    {
        double lag = 0;
        for (var f = 0; f < path.Length; f++)
            lag = Math.Max(lag, Vector3.Distance(poses[f * n + body].Position, path[f]));
        return Math.Max(MinSubjectRadius, lag + e.Shape.BoundingRadius);
    }

    private static double Smoothstep(double x)
    {
        x = Math.Clamp(x, 0, 1);
        return x * x * (3 - 2 * x);
    }
}
