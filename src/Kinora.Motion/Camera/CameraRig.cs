using System.Numerics;
using Kinora.Compose;
using Kinora.Plan;

namespace Kinora.Motion.Camera;

/// <summary>
/// Films the simulation: one <see cref="CameraPose"/> per frame from the first shot's <see cref="CameraSpec"/>.
/// It frames what moves over the whole clip (the corners of every non-static body's model box, turned with the body,
/// across all frames, so a bouncing ball stays in frame from its apex to the floor), from a classic three-quarter,
/// slightly elevated viewpoint in front (+Z) and to the right (+X). Moves that turn the view (orbit, pan, tilt,
/// crane…) fit the upright cylinder around those corners, which looks the same from every side: its radius fills
/// the frame's width, its height the frame's height, so a bus is as wide as the frame rather than a sphere as tall
/// as its length. A still frame fits the corners themselves from its viewpoint. Moves then vary the pose over time
/// without ever losing the subject.
/// Pure function of the world and the poses: deterministic.
/// </summary>
public static class CameraRig
{
    /// <summary>Degrees to the right of straight-on (+Z), the classic three-quarter view.</summary>
    private const double AzimuthDeg = 20;
    /// <summary>Degrees above the horizontal: high enough to read the floor, low enough to feel like eye level.</summary>
    private const double ElevationDeg = 18;
    /// <summary>Outdoors among scenery the camera stands lower, so the top of a 35 mm frame clears the horizon by
    /// about 7° and skylines, tree crowns and peaks read as the place; at 18° only the ground behind the subject shows.</summary>
    private const double SetElevationDeg = 12;
    /// <summary>Where the land runs far (a valley and ranges below a mountain path, a dune sea, a snowfield, the sea),
    /// the place is its skyline: the camera stands lower still, so about a third of the frame is above the horizon
    /// and distant peaks and dunes stand in it; at 12° a hiker's frame was all near ground and grass.</summary>
    private const double SkylineElevationDeg = 7;
    /// <summary>An empty room is shown as one stands in its doorway: the eye near head height, so the far wall and the
    /// furniture against it fill the frame; from 18° the floor took half of it and ceilings never showed.</summary>
    private const double RoomVistaElevationDeg = 8;
    /// <summary>m; land that runs at least this far before it dissolves is open country (<see cref="SkylineElevationDeg"/>).
    /// Streets, parks and forests end at 60 m.</summary>
    private const float FarLand = 200;
    /// <summary>The look-at point sits this fraction of the bounds' radius below their centre, which moves the
    /// subject up in frame and shows more floor where contacts happen.</summary>
    private const double LowerFraction = 0.15;
    /// <summary>m; the smallest subject radius framed, so one small still object is not a macro shot. Measured on the
    /// asset bench: holding 13 small things at 0.6 m from 18° named 8 of them; filling the frame from 45° above (a
    /// product photo) named 2, at 0 or 0.6 m minimum distance alike: the detector knows them from the table-top
    /// views of everyday photos, not from macro shots of giant floor grain.</summary>
    private const double MinSubjectRadius = 0.15;
    /// <summary>m; the nearest framed point stays at least this far from the eye: twice the renderer's near clip plane
    /// (0.05 m, Kinora.Render's CameraMath), so nothing of a close-up is cut by it.</summary>
    private const double MinClearance = 0.1;
    /// <summary>A still frame's box fit holds the corners at this share of the fill the sphere and cylinder fits use:
    /// the box is tight where a sphere is loose, and a subject pressed to the frame's edges loses the room around it
    /// that photographs show (on the asset bench, crops of the same renders to a box fill of 0.85 and 0.7 were named
    /// about as often, 8 and 9 of 34, and 0.35 named 6).</summary>
    private const double BoxFillShare = 0.9;
    /// <summary>Orbit rate, degrees per second: a slow 48° over 8 s.</summary>
    internal const double OrbitDegPerSecond = 6;
    /// <summary>Largest push-in for dolly/zoom, as a fraction of the distance (or of the FOV's tangent).</summary>
    private const double MaxPush = 0.2;
    /// <summary>The subject may grow to at most this share of the frame during a push-in.</summary>
    private const double MaxFill = 0.95;
    /// <summary>Crane shot: the camera rises from this elevation to the next, degrees.</summary>
    private const double CraneFromDeg = 4, CraneToDeg = 40;
    /// <summary>Elevation of a drone's view, degrees.</summary>
    private const double AerialDeg = 50;
    /// <summary>A drone holds back this much farther than the fit, so the ground around the subject reads.</summary>
    private const double AerialBackOff = 1.4;
    /// <summary>Handheld sway as a share of the framed radius (eye) and of the aim (look-at), and its rates in Hz.</summary>
    private const double ShakeEye = 0.02, ShakeAim = 0.012;
    /// <summary>s; time constant of the tracking camera's exponential smoothing (a camera operator's lag).</summary>
    private const double TrackingLagSeconds = 0.4;

    private static bool IsCloseUp(string framing) => framing.ToLowerInvariant() is "close-up" or "closeup" or "close" or "close up";

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
        var fill = FillFor(spec.Framing);
        var duration = Math.Max(1e-6, (double)frameCount / fps);
        var camera = new CameraPose[frameCount];
        if (frameCount == 0) return camera;

        var move = spec.Move.ToLowerInvariant();
        // A place with nobody in it is an establishing shot: left to itself the camera pushes slowly in on the view,
        // which a still frame of an empty set never gives.
        if (move == "auto" && world.Entities.Count == 0 && world.Environment.Vista is not null) move = "dolly";
        var n = world.Entities.Count;
        var subject = move is "tracking" or "track" or "follow" ? TrackedBody(world, spec.Target, poses, frameCount) : -1;
        var corners = world.Entities.Select(ModelBox.LocalCorners).ToArray();
        if (IsCloseUp(spec.Framing))
            for (var i = 0; i < n; i++)
                if ((spec.Target is null || world.Entities[i].CastId == spec.Target) && ModelBox.PortraitCorners(world.Entities[i]) is { } portrait)
                    corners[i] = portrait;
        var bounds = Bounds(world, poses, frameCount, corners);
        Vector3[] centres = [bounds.Centre];
        var radius = bounds.Radius;
        var following = false;
        if (subject >= 0)
        {
            var path = Smoothed(poses, n, subject, frameCount, 1.0 / fps);
            var follow = FollowRadius(corners[subject], poses, n, subject, path);
            // Following pays only when the subject travels farther than it lags (a fast fall lags by metres):
            // otherwise the fixed framing of everything is both steadier and tighter.
            if (follow < radius) { centres = path; radius = follow; following = true; }
        }
        else if (move == "auto")
        {
            // No move asked for: follow the moving group's centre (a dog and the ball it chases stay in frame
            // together) when that frames tighter than the whole path; otherwise hold the fixed framing.
            var (path, follow) = GroupFollow(world, poses, frameCount, 1.0 / fps, corners);
            if (follow < radius) { centres = path; radius = follow; following = true; }
        }

        var push = Math.Clamp(1 - fill / MaxFill, 0, MaxPush);
        if (n == 0 && world.Environment.Vista is { FromGround: true } landmark && move is not ("crane" or "crane up" or "jib" or "aerial" or "drone"))
            // A landmark's place with nobody in it: a visitor's photo of it from where the cast would stand.
            return BackdropShot.Establish(landmark, Vector3.Zero, new BackdropShot.Request([], [], move, frameCount, fps, aspect, halfTan, push));
        if (BackdropBehind(world, bounds, move, spec.Framing) is { } backdrop)
        {
            // A landmark far taller than the cast stands behind it: a low camera looking up holds both.
            var (cast, path) = FollowedFrame(bounds, following ? centres : []);
            return BackdropShot.Shoot(backdrop, world.Environment, new BackdropShot.Request(cast, path, move, frameCount, fps, aspect, halfTan, push));
        }

        // The look-at sits δ below the centre, which moves the subject up in the frame.
        var lower = LowerFraction * radius;
        var fitRadius = radius + lower;
        var env = world.Environment;
        var eyeElevationDeg = env is { Indoor: false, Scenery.Count: > 0 }
            ? MathF.Max(env.LandReach, env.GroundHalfSize) >= FarLand ? SkylineElevationDeg : SetElevationDeg
            : n == 0 && env.Vista is not null ? RoomVistaElevationDeg : ElevationDeg;
        var baseElevation = (move is "aerial" or "drone" ? AerialDeg : eyeElevationDeg) * Math.PI / 180;
        // An empty set is seen from the side its dresser chose (down an alley's length, along a cliff line); anything
        // cast keeps the classic three-quarter view.
        var baseAzimuth = (n == 0 && env.Vista is { AzimuthDeg: { } vistaAzimuth } ? vistaAzimuth : AzimuthDeg) * Math.PI / 180;
        // A fixed subject is the upright cylinder around its corners (points relative to the look-at), which every
        // azimuth of an orbit sees alike; a followed one, a sphere of radius R = r + δ about its moving look-at.
        var view = CylinderPoints(bounds.Reach, bounds.Below - lower, bounds.Above + lower);
        var viewLookAt = Vector3.Zero;
        double distance;
        if (following)
            // A sphere at distance d spans asin(R/d) from the axis; we want tan of that = fill·tan(half FOV).
            distance = fitRadius / Math.Sin(Math.Atan(fill * halfTan * Math.Min(1, aspect)));
        else if (move is "crane" or "crane up" or "jib")
            distance = Math.Max(FitDistance(view, viewLookAt, baseAzimuth, CraneFromDeg * Math.PI / 180, fill, halfTan, aspect),
                FitDistance(view, viewLookAt, baseAzimuth, CraneToDeg * Math.PI / 180, fill, halfTan, aspect));
        else
            distance = FitDistance(view, viewLookAt, baseAzimuth, baseElevation, fill, halfTan, aspect);
        if (move is "auto" or "static" or "fixed")
        {
            // A still frame only has to hold the corners as seen from its one viewpoint: taken when that is tighter
            // than the cylinder (or than following the group), so wide, low subjects fill the frame's width. The
            // corners are centred in the frame (equal margins on opposite sides), so a tall oven seen from above
            // is not pushed against the top edge while floor shows below it.
            // Compared at the same fill as the cylinder's; the box's own margin applies once it is chosen.
            var (_, tightest) = CentredFit(bounds.Points, bounds.Centre, baseAzimuth, baseElevation, fill, halfTan, aspect, 4 * MinSubjectRadius);
            if (tightest < distance)
            {
                var (boxLookAt, boxDistance) = CentredFit(bounds.Points, bounds.Centre, baseAzimuth, baseElevation, fill * BoxFillShare, halfTan, aspect, 4 * MinSubjectRadius);
                centres = [boxLookAt];
                radius = bounds.Radius;
                lower = 0;
                fitRadius = radius;
                distance = boxDistance;
                (view, viewLookAt) = (bounds.Points, boxLookAt);
                following = false;
            }
        }
        // Room the subject leaves in the frame, as angles from the axis: what a pan or tilt may sweep.
        var (subjectWide, subjectHigh) = following
            ? (Math.Asin(Math.Min(1, fitRadius / distance)), Math.Asin(Math.Min(1, fitRadius / distance)))
            : AngularHalfSize(view, viewLookAt, baseAzimuth, baseElevation, distance);
        var panRoom = 0.5 * Math.Max(0, Math.Atan(halfTan * aspect) - subjectWide);
        var tiltRoom = 0.5 * Math.Max(0, Math.Atan(halfTan) - subjectHigh);

        for (var f = 0; f < frameCount; f++)
        {
            var t = (double)f / fps;
            var u = Smoothstep(t / duration);
            var centre = centres[Math.Min(f, centres.Length - 1)];
            var lookAt = centre - new Vector3(0, (float)lower, 0);
            var azimuth = baseAzimuth;
            var elevation = eyeElevationDeg * Math.PI / 180;
            var d = distance;
            var tanScale = 1.0;
            double panYaw = 0, tiltPitch = 0;
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
                    d *= AerialBackOff;
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
    /// The set's landmark to hold behind the cast (<see cref="BackdropShot.BoxFor"/>), or null: none, nothing cast (the
    /// establishing shot frames the set's vista itself), a close-up (a portrait, not a postcard), or a move that leaves
    /// the ground (a crane or a drone has its own view of the place).
    /// </summary>
    private static Vista? BackdropBehind(World world, Framed bounds, string move, string framing)
    {
        if (bounds.Frames.Length == 0 || bounds.Frames[0] < 0 || IsCloseUp(framing)) return null;
        if (move is "crane" or "crane up" or "jib" or "aerial" or "drone") return null;
        float bottom = float.MaxValue, top = float.MinValue;
        foreach (var p in bounds.Points) (bottom, top) = (MathF.Min(bottom, p.Y), MathF.Max(top, p.Y));
        return BackdropShot.BoxFor(world.Environment, bottom, top);
    }

    /// <summary>
    /// The framed corners as they stand relative to a followed path (each moved back by how far the path has gone
    /// since frame 0, horizontally), and the path's per-frame horizontal offsets; with no path, the corners as they are.
    /// </summary>
    private static (Vector3[] Cast, Vector3[] Path) FollowedFrame(Framed bounds, Vector3[] path)
    {
        if (path.Length == 0) return (bounds.Points, []);
        var offsets = new Vector3[path.Length];
        for (var f = 0; f < path.Length; f++) offsets[f] = (path[f] - path[0]) with { Y = 0 };
        var cast = new Vector3[bounds.Points.Length];
        for (var i = 0; i < cast.Length; i++) cast[i] = bounds.Points[i] - offsets[Math.Min(bounds.Frames[i], path.Length - 1)];
        return (cast, offsets);
    }

    /// <summary>What a fixed framing must hold: the moving bodies' model corners over every frame.</summary>
    /// <param name="Points">World corners, each body's taken again only once it has moved or turned.</param>
    /// <param name="Frames">The frame each point was taken at, parallel to <paramref name="Points"/>; −1 for a set's
    /// vista framed because nothing is cast.</param>
    /// <param name="Centre">Centre of the box around them; <paramref name="Radius"/> reaches the farthest corner.</param>
    /// <param name="Reach">Farthest corner from the vertical line through the centre.</param>
    /// <param name="Below">How far the lowest corner is below the centre; <paramref name="Above"/>, the highest above.</param>
    private readonly record struct Framed(Vector3[] Points, int[] Frames, Vector3 Centre, double Radius, double Reach, double Below, double Above);

    /// <summary>
    /// The moving bodies' model corners over every frame (all bodies if none moves), turned with each body:
    /// a long bus parked at an angle is held by its true extent, not by the sphere around its length.
    /// </summary>
    private static Framed Bounds(World world, ReadOnlySpan<Pose> poses, int frameCount, Vector3[][] corners)
    {
        var n = world.Entities.Count;
        var anyDynamic = false;
        foreach (var e in world.Entities) anyDynamic |= !e.IsStatic;
        // A static part of a moving thing's own cast entry (a pendulum's stand, a cradle's frame, a billiard table)
        // belongs in the picture with it; other static things (furniture, the floor's props) do not widen the shot.
        var rigged = world.Entities.Where(e => !e.IsStatic).Select(e => e.CastId).ToHashSet();
        var strays = Strays(world, poses, frameCount);
        var points = new List<Vector3>();
        var frames = new List<int>();
        for (var i = 0; i < n; i++)
        {
            if (anyDynamic && world.Entities[i].IsStatic && !world.Entities[i].InShot && !rigged.Contains(world.Entities[i].CastId)) continue;
            if (strays.Contains(i)) continue;
            Pose? last = null;
            for (var f = 0; f < frameCount; f++)
            {
                var pose = poses[f * n + i];
                if (IsParked(pose.Position)) continue;
                // A body at rest adds the same corners every frame: take them again only after it moved 1 cm or turned.
                if (last is { } l && Vector3.DistanceSquared(l.Position, pose.Position) < 1e-4f
                    && MathF.Abs(Quaternion.Dot(l.Rotation, pose.Rotation)) > 0.99995f) continue;
                last = pose;
                foreach (var c in corners[i])
                {
                    points.Add(pose.Position + Vector3.Transform(c, pose.Rotation));
                    frames.Add(f);
                }
            }
        }
        if (points.Count == 0)
        {
            // Nothing cast: the set's establishing view (its landmark, the room's best side), else a metre of floor.
            var (lo, hi) = world.Environment.Vista is { } vista ? (vista.Min, vista.Max) : (new Vector3(-1, 0, -1), new Vector3(1, 1, 1));
            for (var c = 0; c < 8; c++)
            {
                points.Add(new Vector3((c & 1) == 0 ? lo.X : hi.X, (c & 2) == 0 ? lo.Y : hi.Y, (c & 4) == 0 ? lo.Z : hi.Z));
                frames.Add(-1);
            }
        }

        var min = new Vector3(float.MaxValue);
        var max = new Vector3(float.MinValue);
        foreach (var p in points) { min = Vector3.Min(min, p); max = Vector3.Max(max, p); }
        var centre = (min + max) / 2;
        double radius = MinSubjectRadius, reach = MinSubjectRadius;
        foreach (var p in points)
        {
            radius = Math.Max(radius, Vector3.Distance(p, centre));
            reach = Math.Max(reach, new Vector2(p.X - centre.X, p.Z - centre.Z).Length());
        }
        var half = Math.Max(MinSubjectRadius, (max.Y - min.Y) / 2);
        return new Framed(points.ToArray(), frames.ToArray(), centre, radius, reach, half, half);
    }

    /// <summary>
    /// Members of a big group (a dozen or more moving bodies of one cast entry: poured marbles, a flock) that wander
    /// farthest from where the group began: the quarter with the largest excursion. A camera operator frames the heap
    /// and lets a few rolling marbles leave the frame rather than pulling back until the heap is a speck.
    /// </summary>
    private static HashSet<int> Strays(World world, ReadOnlySpan<Pose> poses, int frameCount)
    {
        const int BigGroup = 12;
        var n = world.Entities.Count;
        var strays = new HashSet<int>();
        foreach (var group in Enumerable.Range(0, n).Where(i => !world.Entities[i].IsStatic).GroupBy(i => world.Entities[i].CastId))
        {
            var members = group.ToArray();
            if (members.Length < BigGroup) continue;
            var start = Vector2.Zero;
            foreach (var i in members) start += new Vector2(poses[i].Position.X, poses[i].Position.Z);
            start /= members.Length;
            var excursion = new (double Reach, int Body)[members.Length];
            for (var m = 0; m < members.Length; m++)
            {
                double reach = 0;
                for (var f = 0; f < frameCount; f++)
                {
                    var p = poses[f * n + members[m]].Position;
                    if (!IsParked(p)) reach = Math.Max(reach, (new Vector2(p.X, p.Z) - start).Length());
                }
                excursion[m] = (reach, members[m]);
            }
            Array.Sort(excursion);
            for (var m = members.Length - members.Length / 4; m < members.Length; m++) strays.Add(excursion[m].Body);
        }
        return strays;
    }

    /// <summary>
    /// Points on the upright cylinder (radius <paramref name="reach"/>, from <paramref name="below"/> under the
    /// look-at to <paramref name="above"/> over it) that stand for it in <see cref="FitDistance"/>: 16 around each rim,
    /// pushed out by 1/cos(π/16) so the polygon holds the circle.
    /// </summary>
    private static Vector3[] CylinderPoints(double reach, double below, double above)
    {
        const int around = 16;
        var r = (float)(reach / Math.Cos(Math.PI / around));
        var points = new Vector3[2 * around];
        for (var k = 0; k < around; k++)
        {
            var a = 2 * Math.PI * k / around;
            var (x, z) = (r * (float)Math.Cos(a), r * (float)Math.Sin(a));
            points[2 * k] = new Vector3(x, -(float)below, z);
            points[2 * k + 1] = new Vector3(x, (float)above, z);
        }
        return points;
    }

    /// <summary>
    /// The look-at and distance that hold every point inside <paramref name="fill"/> of the frame from the default
    /// <paramref name="azimuth"/> at <paramref name="elevation"/>, with the points centred: equal angular margins left and right, top and
    /// bottom. In the view's basis (x right, y up, z towards the eye) an eye at (ex, ey, ez) sees a point p inside
    /// the frame when |x − ex| ≤ A·(ez − z) for A = fill·tan(half horizontal FOV) (and the same in y with the vertical
    /// tangent B). Every p bounds ex from both sides, so ez ≥ (max(x + A·z) − min(x − A·z)) / 2A and, at any ez that
    /// satisfies both axes, ex = (max(x + A·z) + min(x − A·z)) / 2 centres them on the axis that binds (a closed form);
    /// <see cref="Balance"/> then centres the axis with room to spare.
    /// The look-at is the point on the axis at the depth of <paramref name="centre"/>, which is where the lens focuses;
    /// it stays at least <paramref name="minDistance"/> from the eye (the subject then fills less, still centred).
    /// </summary>
    private static (Vector3 LookAt, double Distance) CentredFit(Vector3[] points, Vector3 centre, double azimuth, double elevation, double fill, double halfTan, double aspect, double minDistance)
    {
        var (toEye, right, up) = ViewBasis(azimuth, elevation);
        var a = fill * halfTan * aspect;
        var b = fill * halfTan;
        double xHi = double.MinValue, xLo = double.MaxValue, yHi = double.MinValue, yLo = double.MaxValue, zMax = double.MinValue;
        foreach (var p in points)
        {
            double x = Vector3.Dot(p, right), y = Vector3.Dot(p, up), z = Vector3.Dot(p, toEye);
            xHi = Math.Max(xHi, x + a * z);
            xLo = Math.Min(xLo, x - a * z);
            yHi = Math.Max(yHi, y + b * z);
            yLo = Math.Min(yLo, y - b * z);
            zMax = Math.Max(zMax, z);
        }
        var ez = Math.Max(Math.Max((xHi - xLo) / (2 * a), (yHi - yLo) / (2 * b)), zMax + MinClearance);
        ez = Math.Max(ez, Vector3.Dot(centre, toEye) + minDistance);
        // On the axis that does not bind, the points fit with room to spare and the midpoint above is centred only in
        // the a-weighted sense: find the shift that makes the outermost angles equal on both sides.
        var eye = right * (float)Balance(points, right, toEye, ez, (xHi + xLo) / 2)
            + up * (float)Balance(points, up, toEye, ez, (yHi + yLo) / 2) + toEye * (float)ez;
        var distance = Math.Max(MinClearance, ez - Vector3.Dot(centre, toEye));
        return (eye - toEye * (float)distance, distance);
    }

    /// <summary>
    /// The eye's coordinate along <paramref name="axis"/> at which the points' outermost tangents on either side are
    /// equal, from an eye at depth <paramref name="ez"/>: max((x − e)/(ez − z)) + min((x − e)/(ez − z)) falls as e
    /// grows, so bisection about <paramref name="guess"/> finds its zero.
    /// </summary>
    private static double Balance(Vector3[] points, Vector3 axis, Vector3 toEye, double ez, double guess)
    {
        double Skew(double e)
        {
            double hi = double.MinValue, lo = double.MaxValue;
            foreach (var p in points)
            {
                var t = (Vector3.Dot(p, axis) - e) / Math.Max(1e-6, ez - Vector3.Dot(p, toEye));
                hi = Math.Max(hi, t);
                lo = Math.Min(lo, t);
            }
            return hi + lo;
        }
        double span = 0;
        foreach (var p in points) span = Math.Max(span, Math.Abs(Vector3.Dot(p, axis) - guess));
        double from = guess - span, to = guess + span;
        for (var i = 0; i < 40; i++)
        {
            var mid = (from + to) / 2;
            if (Skew(mid) > 0) from = mid; else to = mid;
        }
        return (from + to) / 2;
    }

    /// <summary>Unit vector from the look-at point towards the eye (azimuth from +Z towards +X, elevation up).</summary>
    internal static Vector3 ToEye(double azimuth, double elevation) => new(
        (float)(Math.Sin(azimuth) * Math.Cos(elevation)),
        (float)Math.Sin(elevation),
        (float)(Math.Cos(azimuth) * Math.Cos(elevation)));

    /// <summary>
    /// The distance at which every point stays inside <paramref name="fill"/> of the frame, seen from the default
    /// <paramref name="azimuth"/> at <paramref name="elevation"/> looking at <paramref name="lookAt"/>. A point nearer the camera by z
    /// sees the frame's half-size shrink to (d − z)·tan·fill, so each point asks for d ≥ z + offset / (tan·fill).
    /// </summary>
    private static double FitDistance(Vector3[] points, Vector3 lookAt, double azimuth, double elevation, double fill, double halfTan, double aspect)
    {
        var (toEye, right, up) = ViewBasis(azimuth, elevation);
        double distance = 0;
        foreach (var p in points)
        {
            var v = p - lookAt;
            var z = Vector3.Dot(v, toEye);
            distance = Math.Max(distance, z + Math.Abs(Vector3.Dot(v, right)) / (fill * halfTan * aspect));
            distance = Math.Max(distance, z + Math.Abs(Vector3.Dot(v, up)) / (fill * halfTan));
        }
        return distance;
    }

    /// <summary>Half the angle the points span across and up the frame from <paramref name="distance"/>, radians.</summary>
    private static (double Wide, double High) AngularHalfSize(Vector3[] points, Vector3 lookAt, double azimuth, double elevation, double distance)
    {
        var (toEye, right, up) = ViewBasis(azimuth, elevation);
        double wide = 0, high = 0;
        foreach (var p in points)
        {
            var v = p - lookAt;
            var depth = Math.Max(1e-3, distance - Vector3.Dot(v, toEye));
            wide = Math.Max(wide, Math.Atan(Math.Abs(Vector3.Dot(v, right)) / depth));
            high = Math.Max(high, Math.Atan(Math.Abs(Vector3.Dot(v, up)) / depth));
        }
        return (wide, high);
    }

    /// <summary>The default viewpoint's axes: towards the eye, screen right and screen up.</summary>
    private static (Vector3 ToEye, Vector3 Right, Vector3 Up) ViewBasis(double azimuth, double elevation)
    {
        var toEye = ToEye(azimuth, elevation);
        var right = Vector3.Normalize(Vector3.Cross(-toEye, Vector3.UnitY));
        return (toEye, right, Vector3.Cross(right, -toEye));
    }

    /// <summary>
    /// The smoothed centroid of every body that moves (more than 1 cm over the clip), and the radius about it that
    /// holds all of them in every frame.
    /// </summary>
    private static (Vector3[] Path, double Radius) GroupFollow(World world, ReadOnlySpan<Pose> poses, int frameCount, double dt, Vector3[][] corners)
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
        for (var f = 0; f < frameCount; f++) path[f] = Centroid(f, poses);
        path = ZeroLag(path, alpha, (int)Math.Ceiling(3 * TrackingLagSeconds / dt));
        double radius = MinSubjectRadius;
        for (var f = 0; f < frameCount; f++)
            foreach (var i in movers.Concat(rig))
                radius = Math.Max(radius, FarthestCorner(poses[f * n + i], corners[i], path[f]));
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
    internal static (Vector3 Eye, Vector3 Aim) Handheld(double t, double radius)
    {
        static float Wobble(double t, double a, double b, double c) =>
            (float)(0.5 * Math.Sin(2 * Math.PI * a * t) + 0.3 * Math.Sin(2 * Math.PI * b * t + 1.3) + 0.2 * Math.Sin(2 * Math.PI * c * t + 2.1));
        var e = (float)(radius * ShakeEye);
        var a = (float)(radius * ShakeAim);
        return (new Vector3(Wobble(t, 0.7, 1.9, 2.9), Wobble(t, 0.9, 1.3, 2.3), Wobble(t, 0.8, 1.7, 2.6)) * e,
                new Vector3(Wobble(t, 1.1, 2.1, 2.7), Wobble(t, 0.75, 1.6, 2.5), 0) * a);
    }

    /// <summary>Smoothed path of one body (see <see cref="ZeroLag"/>).</summary>
    private static Vector3[] Smoothed(ReadOnlySpan<Pose> poses, int n, int body, int frameCount, double dt)
    {
        var alpha = (float)(1 - Math.Exp(-dt / TrackingLagSeconds));
        var raw = new Vector3[frameCount];
        for (var f = 0; f < frameCount; f++) raw[f] = poses[f * n + body].Position;
        return ZeroLag(raw, alpha, (int)Math.Ceiling(3 * TrackingLagSeconds / dt));
    }

    /// <summary>
    /// First-order smoothing (time constant <see cref="TrackingLagSeconds"/>) run forwards and then backwards: the
    /// camera is planned after the whole motion is known, like a dolly track laid for a rehearsed run, so it need not
    /// trail its subject (a dog running at 4.5 m/s trailed a one-way smoothed path by 1.8 m and the framing widened by
    /// that much: the dog was a speck). Both ends are padded with the path mirrored through its end point (which
    /// continues a steady run in a straight line), so neither the start nor the stop leads or lags.
    /// </summary>
    private static Vector3[] ZeroLag(Vector3[] raw, float alpha, int pad)
    {
        var count = raw.Length;
        if (count == 0) return raw;
        pad = Math.Min(pad, count - 1);
        var padded = new Vector3[count + 2 * pad];
        for (var k = 0; k < pad; k++)
        {
            padded[pad - 1 - k] = 2 * raw[0] - raw[k + 1];
            padded[pad + count + k] = 2 * raw[^1] - raw[count - 2 - k];
        }
        raw.CopyTo(padded, pad);
        var s = padded[0];
        for (var f = 0; f < padded.Length; f++) padded[f] = s += (padded[f] - s) * alpha;
        s = padded[^1];
        for (var f = padded.Length - 1; f >= 0; f--) padded[f] = s += (padded[f] - s) * alpha;
        return padded[pad..(pad + count)];
    }

    /// <summary>Radius about the smoothed path that always holds the followed body: its largest lag plus its size.</summary>
    private static double FollowRadius(Vector3[] corners, ReadOnlySpan<Pose> poses, int n, int body, Vector3[] path)
    {
        double radius = MinSubjectRadius;
        for (var f = 0; f < path.Length; f++)
            radius = Math.Max(radius, FarthestCorner(poses[f * n + body], corners, path[f]));
        return radius;
    }

    /// <summary>Distance from <paramref name="from"/> to the farthest model corner of a body at <paramref name="pose"/>.</summary>
    private static double FarthestCorner(Pose pose, Vector3[] corners, Vector3 from)
    {
        double farthest = 0;
        foreach (var c in corners)
            farthest = Math.Max(farthest, Vector3.Distance(pose.Position + Vector3.Transform(c, pose.Rotation), from));
        return farthest;
    }

    internal static double Smoothstep(double x)
    {
        x = Math.Clamp(x, 0, 1);
        return x * x * (3 - 2 * x);
    }
}
