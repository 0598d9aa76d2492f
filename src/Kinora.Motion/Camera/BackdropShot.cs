using System.Numerics;
using Kinora.Compose;

namespace Kinora.Motion.Camera;

/// <summary>
/// A small cast before something far taller that names the place ("a boat on the Seine with the Eiffel Tower in
/// background", a walker under a lighthouse, a dancer under a ballroom's chandeliers): the camera stands low, near the
/// cast's chest height, and looks up so the landmark's top and the cast's feet are both in frame, the cast in the lower
/// part. Framed the usual way (the cast filling the frame from 12° above) only the landmark's foot showed, or nothing.
/// <para>
/// It solves for the eye's distance from the cast along a bearing beside the line from the landmark through the cast
/// (so the two stand side by side in the frame, not one hiding the other), then aims the view so the content's outermost
/// tangents are balanced (as <see cref="CameraRig"/>'s still fits do) and reads off the lens that makes them span the
/// frame, between an 85 mm and a 24 mm. From far to near the cast grows; the first distance at which it fills
/// <see cref="TargetShare"/> of the frame's height is taken: the cast small in the lower part, the landmark's top at the
/// top. On the Seine the plan's 35 mm gave either a boat filling the frame or a tower under a third of it in empty sky.
/// </para>
/// Explicit moves keep their meaning (a pan sweeps, a zoom narrows) within the room the fit leaves, so the landmark stays
/// in frame through them; pure function of its inputs.
/// </summary>
internal static class BackdropShot
{
    /// <summary>The landmark's top must stand at least this many cast heights above the cast's base: below that the
    /// cast's own framing shows it already.</summary>
    private const double TallerThan = 2.5;
    /// <summary>m; an indoor establishing box at least this tall is a hall (a ballroom's chandeliers, a gym's hoops),
    /// whose height names it; a home's rooms stop under 2.5 m and keep the cast's own framing.</summary>
    private const float HighRoom = 4;
    /// <summary>Content stays inside this share of the half-frame on each side (a little sky over the top, ground under
    /// the feet).</summary>
    private const double Fill = 0.9;
    /// <summary>Largest vertical half-FOV tangent: a 24 mm lens on full frame (53° vertical), the widest that still reads
    /// as a cinematic frame rather than a distorted one.</summary>
    private const double MaxHalfTan = 12.0 / 24.0;
    /// <summary>Smallest: an 85 mm lens (16° vertical). The postcard view of a landmark over a boat is a long lens from far
    /// off, which makes the landmark loom over the cast; with the plan's 35 mm a cast of the target size left the
    /// landmark a third of the frame under empty sky.</summary>
    private const double MinHalfTan = 12.0 / 85.0;
    /// <summary>Share of the frame's height the cast's height should fill: small against the landmark, still a figure
    /// a viewer reads. At a quarter (and an eighth at least) a boat on the Seine and a panda at a cafe table came out a
    /// tenth of the frame, lost under the tower; a third still leaves the tower whole above them.</summary>
    private const double TargetShare = 0.32, MinShare = 0.16;
    /// <summary>In a hall the person is the subject and the room the setting ("a woman dances in a ballroom"): at a
    /// quarter of the frame she was lost among the columns, at 0.4 the chandeliers still show over her.</summary>
    private const double HallShare = 0.4;
    /// <summary>The content's lowest point stays this share of the half-frame above the bottom edge, more than the top's
    /// margin: a boat needs water under it, a walker ground to walk on.</summary>
    private const double BottomRoom = 0.85;
    /// <summary>Degrees the eye stands off the line from the landmark through the cast, so they stand side by side.</summary>
    private const double BesideDeg = 10;
    /// <summary>Degrees; the eye's bearing from the cast stays this close to +Z, the side every set is dressed for.</summary>
    private const double MaxBearingDeg = 50;
    /// <summary>m; the landmark stays nearer the eye than this (the renderer's far plane is 1000 m).</summary>
    private const double FarthestSeen = 900;
    /// <summary>A pan or tilt fits the content into this share of the fill on its axis, leaving room to sweep.</summary>
    private const double SweepShare = 0.75;
    /// <summary>Candidate eye distances tried between the nearest and the farthest, log-spaced.</summary>
    private const int Distances = 48;

    /// <summary>The box to keep in frame behind a cast spanning <paramref name="castBottom"/>..<paramref name="castTop"/>,
    /// or null: the set's <see cref="WorldEnvironment.Backdrop"/>, or indoors a hall's establishing box, when it stands
    /// far taller than the cast.</summary>
    public static Vista? BoxFor(WorldEnvironment env, double castBottom, double castTop)
    {
        var box = env.Backdrop ?? (IsHall(env) ? env.Vista : null);
        if (box is not { } b) return null;
        var height = Math.Max(castTop - castBottom, 0.1);
        return b.Max.Y - castBottom >= TallerThan * height ? b : null;
    }

    private static bool IsHall(WorldEnvironment env) => env.Backdrop is null && env.Indoor && env.Vista is { } v && v.Max.Y >= HighRoom;

    /// <summary>What the fit holds and how the shot moves.</summary>
    /// <param name="Cast">The cast's corners over the clip, each at the position it has relative to the followed path.</param>
    /// <param name="Path">Per frame, how far the followed cast has moved from frame 0 (horizontal); empty when fixed.</param>
    /// <param name="Push">The moves' push (<see cref="CameraRig"/>'s dolly/zoom range).</param>
    public readonly record struct Request(Vector3[] Cast, Vector3[] Path, string Move, int FrameCount, double Fps,
        double Aspect, double LensHalfTan, double Push);

    /// <summary>One camera pose per frame holding the cast and <paramref name="box"/>.</summary>
    public static CameraPose[] Shoot(Vista box, WorldEnvironment env, Request r)
    {
        var target = IsHall(env) ? HallShare : TargetShare;
        var cast = r.Cast;
        var (lo, hi) = (new Vector3(float.MaxValue), new Vector3(float.MinValue));
        foreach (var p in cast) { lo = Vector3.Min(lo, p); hi = Vector3.Max(hi, p); }
        var centre = (lo + hi) / 2;
        var castHeight = Math.Max(0.1, hi.Y - lo.Y);
        // The eye at about the cast's chest height, as a person holding the camera would stand.
        var eyeY = lo.Y + Math.Clamp(0.75 * castHeight, 0.6, 1.6);
        var landmark = LandmarkPoints(box, r.Path);
        var bearing = Bearing(box.Centre, centre);
        var toEye = new Vector3((float)Math.Sin(bearing), 0, (float)Math.Cos(bearing));
        var (fillX, fillY, dolly) = Room(r);

        double reach = 0;
        foreach (var p in cast) reach = Math.Max(reach, new Vector2(p.X - centre.X, p.Z - centre.Z).Length());
        var nearest = reach + Math.Max(1, castHeight);
        var farthest = Math.Max(nearest * 1.01, Math.Min(40 * castHeight, FarthestSeen - HorizontalDistance(box.Centre, centre)));
        // From far to near the cast grows; the first distance at which it fills the target share, with the lens that
        // makes cast and landmark span the frame, is the shot.
        Fit? chosen = null, best = null;
        for (var k = 0; k < Distances; k++)
        {
            var d = farthest * Math.Pow(nearest / farthest, k / (Distances - 1.0));
            var eye = new Vector3(centre.X, (float)eyeY, centre.Z) + toEye * (float)d;
            var shifts = dolly ? new[] { toEye * (float)(d * r.Push), -toEye * (float)(d * r.Push) } : [Vector3.Zero];
            var fit = Solve(eye, cast, landmark, shifts, bearing, r.Aspect, fillX, fillY, MinHalfTan) with { Distance = d };
            if (fit.HalfTan > MaxHalfTan) continue;
            if (best is not { } b || fit.Share > b.Share) best = fit;
            if (fit.Share >= target) { chosen = fit; break; }
        }
        // Nothing reached the target share: the biggest cast there is, unless even that is too small to read; then
        // the cast keeps its size at the bottom of the frame and the landmark rises as far up it as the lens allows.
        var shot = chosen ?? (best is { Share: >= MinShare } big ? big : CastFirst(centre, eyeY, toEye, castHeight, cast, bearing, r));
        return Poses(shot, r, centre, toEye, cast, landmark);
    }

    /// <summary>Degrees; the widest lens an establishing view of a landmark takes before the eye steps back from the spot:
    /// a 28 mm, wide enough for a tower across a river, not so wide that the square in front swallows it.</summary>
    private const double EstablishHalfTan = 12.0 / 28.0;
    /// <summary>m; the eye's height over the action spot in a visitor's view of a landmark.</summary>
    private const float VisitorEye = 1.6f;

    /// <summary>
    /// Nothing cast, a landmark to show (<see cref="Vista.FromGround"/>): a visitor's photo from the action spot (where the
    /// set keeps the line of sight open), the eye at head height, looking up at the box. The eye steps back along the
    /// line from the landmark through the spot only as far as the landmark needs to fit a 28 mm frame; the lens then
    /// narrows until the landmark fills the frame's height, so a far tower looms as it does through a long lens.
    /// </summary>
    public static CameraPose[] Establish(Vista box, Vector3 spot, Request r)
    {
        var landmark = LandmarkPoints(box, []);
        var bearing = Bearing(box.Centre, spot);
        var toEye = new Vector3((float)Math.Sin(bearing), 0, (float)Math.Cos(bearing));
        var (fillX, fillY, dolly) = Room(r);
        var farthest = Math.Max(2, Math.Min(200, FarthestSeen - HorizontalDistance(box.Centre, spot)));
        Fit shot = default;
        for (var k = 0; k < Distances; k++)
        {
            var d = Math.Pow(farthest, k / (Distances - 1.0));
            var eye = spot + new Vector3(0, VisitorEye, 0) + toEye * (float)d;
            var shifts = dolly ? new[] { toEye * (float)(d * r.Push), -toEye * (float)(d * r.Push) } : [Vector3.Zero];
            shot = Solve(eye, [], landmark, shifts, bearing, r.Aspect, fillX, fillY, MinHalfTan) with { Distance = d };
            if (shot.HalfTan <= Math.Max(r.LensHalfTan, EstablishHalfTan)) break;
        }
        // The sway of a handheld view and the orbit's pivot are the landmark's; a metre of sway scale, not its size.
        var pivot = box.Centre;
        return Poses(shot, r, pivot, toEye, [pivot + new Vector3(0, 1, 0)], landmark);
    }

    /// <summary>The share of the half-frame the content may fill on each axis under the move (a zoom's push narrows the
    /// frame, a pan or tilt keeps room to sweep), and whether the eye dollies.</summary>
    private static (double FillX, double FillY, bool Dolly) Room(Request r)
    {
        var fill = Fill * (r.Move.StartsWith("zoom", StringComparison.Ordinal) ? 1 - r.Push : 1);
        return (r.Move is "pan" or "pan left" or "pan right" ? fill * SweepShare : fill,
            r.Move is "tilt" or "tilt up" or "tilt down" ? fill * SweepShare : fill,
            r.Move is "dolly" or "push" or "push in" or "dolly in" or "dolly out" or "pull back" or "pull out");
    }

    /// <summary>A solved framing: the eye (at frame 0), the aim, the lens, the cast's share of the frame's height and the
    /// eye's distance from the cast.</summary>
    private readonly record struct Fit(Vector3 Eye, double Azimuth, double Pitch, double HalfTan, double Share, double Distance);

    /// <summary>Bearing of the eye from the cast (radians from +Z towards +X): beside the line from the landmark through
    /// the cast, kept to the sets' front.</summary>
    private static double Bearing(Vector3 landmark, Vector3 cast)
    {
        var behind = Math.Atan2(cast.X - landmark.X, cast.Z - landmark.Z);
        return Math.Clamp(behind + BesideDeg * Math.PI / 180, -MaxBearingDeg * Math.PI / 180, MaxBearingDeg * Math.PI / 180);
    }

    private static double HorizontalDistance(Vector3 a, Vector3 b) => new Vector2(a.X - b.X, a.Z - b.Z).Length();

    /// <summary>
    /// The landmark's box as the moving eye sees it: its corners, each seen from every sampled eye offset of the followed
    /// path (as points relative to the frame-0 eye). A box far wider than tall (a skyline) is held by a middle piece as
    /// wide as half its height: its top is what must show, not every tower to its ends.
    /// </summary>
    private static Vector3[] LandmarkPoints(Vista box, Vector3[] path)
    {
        var (lo, hi) = (box.Min, box.Max);
        var half = Math.Min((hi.X - lo.X) / 2, 0.5f * (hi.Y - lo.Y));
        var (x0, x1) = (box.Centre.X - half, box.Centre.X + half);
        var corners = new Vector3[8];
        for (var c = 0; c < 8; c++)
            corners[c] = new Vector3((c & 1) == 0 ? x0 : x1, (c & 2) == 0 ? lo.Y : hi.Y, (c & 4) == 0 ? lo.Z : hi.Z);
        if (path.Length == 0) return corners;
        // Nine samples along the path cover a steady glide; the box moves in the frame by parallax only.
        const int samples = 9;
        var points = new List<Vector3>(corners.Length * samples);
        for (var s = 0; s < samples; s++)
        {
            var shift = path[(int)Math.Round((path.Length - 1) * s / (samples - 1.0))];
            foreach (var c in corners) points.Add(c - shift);
        }
        return [.. points];
    }

    /// <summary>
    /// The aim and lens that hold the cast and the landmark from <paramref name="eye"/> (and from it moved by each of
    /// <paramref name="shifts"/>): yaw and pitch balance the outermost tangents on each axis; the half-FOV tangent is the
    /// larger of what the content needs over its fill and the plan's lens.
    /// </summary>
    private static Fit Solve(Vector3 eye, Vector3[] cast, Vector3[] landmark, Vector3[] shifts, double bearing,
        double aspect, double fillX, double fillY, double lensHalfTan)
    {
        double azimuth = bearing, pitch = 0;
        for (var pass = 0; pass < 3; pass++)
        {
            azimuth = Bisect(a => Extent(eye, cast, landmark, shifts, a, pitch).X, bearing - 1.2, bearing + 1.2, rising: true);
            pitch = Bisect(p => Extent(eye, cast, landmark, shifts, azimuth, p).Y, -1.2, 1.2, rising: false);
        }
        var (needX, needY) = Need(eye, cast, landmark, shifts, azimuth, pitch);
        var halfTan = Math.Max(lensHalfTan, Math.Max(needX / (fillX * aspect), needY / fillY));
        var (_, _, up, forward) = Basis(azimuth, pitch);
        double top = double.MinValue, bottom = double.MaxValue;
        foreach (var p in cast)
        {
            var v = p - eye;
            var y = Vector3.Dot(v, up) / Math.Max(1e-3, Vector3.Dot(v, forward));
            (top, bottom) = (Math.Max(top, y), Math.Min(bottom, y));
        }
        return new Fit(eye, azimuth, pitch, halfTan, (top - bottom) / (2 * halfTan), 0);
    }

    /// <summary>
    /// The cast too small to read with the landmark whole: the eye at the distance where the cast fills
    /// <see cref="TargetShare"/> of the widest lens's frame, the view raised until the cast's feet sit at the bottom of the
    /// fill, so as much of the landmark as fits rises above it.
    /// </summary>
    private static Fit CastFirst(Vector3 centre, double eyeY, Vector3 toEye, double castHeight, Vector3[] cast, double bearing, Request r)
    {
        var halfTan = Math.Max(r.LensHalfTan, Math.Min(MaxHalfTan, r.LensHalfTan * 1.25));
        var d = castHeight / (TargetShare * 2 * halfTan);
        var eye = new Vector3(centre.X, (float)eyeY, centre.Z) + toEye * (float)d;
        var fit = Solve(eye, cast, [], [Vector3.Zero], bearing, r.Aspect, Fill, Fill, halfTan);
        var azimuth = fit.Azimuth;
        // Raise the aim until the lowest cast point reaches the bottom of the fill (y/z = −Fill·T falls as pitch rises).
        var pitch = Bisect(p =>
        {
            var (_, _, up, forward) = Basis(azimuth, p);
            var lowest = double.MaxValue;
            foreach (var q in cast) lowest = Math.Min(lowest, Vector3.Dot(q - eye, up) / Math.Max(1e-3, Vector3.Dot(q - eye, forward)));
            return lowest + BottomRoom * Fill * fit.HalfTan;
        }, -1.2, 1.2, rising: false);
        return fit with { Pitch = pitch, Distance = d };
    }

    /// <summary>The poses: the fitted eye carried along the followed path, the aim turned by the move.</summary>
    private static CameraPose[] Poses(Fit fit, Request r, Vector3 centre, Vector3 toEye, Vector3[] cast, Vector3[] landmark)
    {
        var n = r.FrameCount;
        var camera = new CameraPose[n];
        var duration = Math.Max(1e-6, n / r.Fps);
        // Room a pan or tilt may sweep: what the content leaves of the frame on that axis, as an angle.
        var (needX, needY) = Need(fit.Eye, cast, landmark, [Vector3.Zero], fit.Azimuth, fit.Pitch);
        var panRoom = Math.Max(0, Math.Atan(fit.HalfTan * r.Aspect * Fill) - Math.Atan(needX));
        var tiltRoom = Math.Max(0, Math.Atan(fit.HalfTan * Fill) - Math.Atan(needY));
        // A yaw about the vertical lifts points high in a raised view (the tower's tip climbs as it swings aside):
        // narrow the sweep until its ends still hold everything.
        for (var i = 0; i < 12 && !Holds(fit, fit.Azimuth + panRoom, fit.Pitch, r.Aspect, cast, landmark); i++) panRoom *= 0.8;
        for (var i = 0; i < 12 && !Holds(fit, fit.Azimuth - panRoom, fit.Pitch, r.Aspect, cast, landmark); i++) panRoom *= 0.8;
        var radius = Math.Max(0.15, Vector3.Distance(centre, cast[0]));
        for (var f = 0; f < n; f++)
        {
            var t = f / r.Fps;
            var u = CameraRig.Smoothstep(t / duration);
            var shift = r.Path.Length > 0 ? r.Path[Math.Min(f, r.Path.Length - 1)] : Vector3.Zero;
            var eye = fit.Eye + shift;
            var azimuth = fit.Azimuth;
            double tanScale = 1, yaw = 0, pitch = 0;
            switch (r.Move)
            {
                case "orbit" or "arc":
                {
                    // Round the cast, the aim turning with the eye: the landmark drifts across by parallax.
                    var turn = CameraRig.OrbitDegPerSecond * Math.PI / 180 * t;
                    var rotate = Matrix4x4.CreateRotationY((float)turn);
                    var pivot = centre + shift;
                    eye = pivot + Vector3.Transform(eye - pivot, rotate);
                    azimuth += turn;
                    break;
                }
                case "dolly" or "push" or "push in" or "dolly in":
                    eye += toEye * (float)(fit.Distance * r.Push * (1 - 2 * u));
                    break;
                case "dolly out" or "pull back" or "pull out":
                    eye -= toEye * (float)(fit.Distance * r.Push * (1 - 2 * u));
                    break;
                case "zoom" or "zoom in":
                    tanScale = 1 + r.Push * (1 - 2 * u);
                    break;
                case "zoom out":
                    tanScale = 1 - r.Push * (1 - 2 * u);
                    break;
                case "pan" or "pan right":
                    yaw = panRoom * (1 - 2 * u);
                    break;
                case "pan left":
                    yaw = -panRoom * (1 - 2 * u);
                    break;
                case "tilt up" or "tilt":
                    pitch = -tiltRoom * (1 - 2 * u);
                    break;
                case "tilt down":
                    pitch = tiltRoom * (1 - 2 * u);
                    break;
            }
            var (_, _, _, forward) = Basis(azimuth + yaw, fit.Pitch + pitch);
            var aim = Vector3.Zero;
            if (r.Move is "handheld" or "shaky")
            {
                var (shakeEye, shakeAim) = CameraRig.Handheld(t, radius);
                eye += shakeEye;
                aim = shakeAim;
            }
            // The target sits on the axis at the cast's depth: the renderer focuses and fits its shadows there.
            var focus = Math.Max(0.5, Vector3.Dot(centre + shift - eye, forward));
            camera[f] = new CameraPose(eye, eye + forward * (float)focus + aim, Vector3.UnitY, (float)(2 * Math.Atan(fit.HalfTan * tanScale)));
        }
        return camera;
    }

    /// <summary>
    /// The view's axes for an aim: <paramref name="azimuth"/> is the bearing of the eye from what it looks at (as
    /// <see cref="CameraRig"/>'s), <paramref name="pitch"/> raises the view (radians).
    /// </summary>
    private static (Vector3 ToEye, Vector3 Right, Vector3 Up, Vector3 Forward) Basis(double azimuth, double pitch)
    {
        var forward = -CameraRig.ToEye(azimuth, -pitch);
        var right = Vector3.Normalize(Vector3.Cross(forward, Vector3.UnitY));
        return (-forward, right, Vector3.Cross(right, forward), forward);
    }

    /// <summary>Sum of the largest and smallest tangent on each axis (zero when balanced) of every point seen from the
    /// eye and its shifts.</summary>
    private static (double X, double Y) Extent(Vector3 eye, Vector3[] cast, Vector3[] landmark, Vector3[] shifts, double azimuth, double pitch)
    {
        var (_, right, up, forward) = Basis(azimuth, pitch);
        double xHi = double.MinValue, xLo = double.MaxValue, yHi = double.MinValue, yLo = double.MaxValue;
        foreach (var s in shifts)
            foreach (var set in new[] { cast, landmark })
                foreach (var p in set)
                {
                    var v = p - eye - s;
                    var z = Math.Max(1e-3, Vector3.Dot(v, forward));
                    double x = Vector3.Dot(v, right) / z, y = Low(Vector3.Dot(v, up) / z);
                    (xHi, xLo, yHi, yLo) = (Math.Max(xHi, x), Math.Min(xLo, x), Math.Max(yHi, y), Math.Min(yLo, y));
                }
        return (xHi + xLo, yHi + yLo);
    }

    /// <summary>Largest |tangent| on each axis of every point seen from the eye and its shifts.</summary>
    private static (double X, double Y) Need(Vector3 eye, Vector3[] cast, Vector3[] landmark, Vector3[] shifts, double azimuth, double pitch)
    {
        var (_, right, up, forward) = Basis(azimuth, pitch);
        double x = 0, y = 0;
        foreach (var s in shifts)
            foreach (var set in new[] { cast, landmark })
                foreach (var p in set)
                {
                    var v = p - eye - s;
                    var z = Math.Max(1e-3, Vector3.Dot(v, forward));
                    (x, y) = (Math.Max(x, Math.Abs(Vector3.Dot(v, right) / z)), Math.Max(y, Math.Abs(Low(Vector3.Dot(v, up) / z))));
                }
        return (x, y);
    }

    /// <summary>A tangent below the axis stretched by 1/<see cref="BottomRoom"/>, so fitting both halves alike leaves the
    /// bottom its larger margin.</summary>
    private static double Low(double y) => y < 0 ? y / BottomRoom : y;

    /// <summary>Whether every point stays inside the frame (to 97 % of its half-size) from the fit's eye with this aim.</summary>
    private static bool Holds(Fit fit, double azimuth, double pitch, double aspect, Vector3[] cast, Vector3[] landmark)
    {
        var (x, y) = Need(fit.Eye, cast, landmark, [Vector3.Zero], azimuth, pitch);
        return x <= 0.97 * fit.HalfTan * aspect && y <= 0.97 * fit.HalfTan;
    }

    /// <summary>Zero of a monotonic function on [from, to] by bisection (40 halvings: far below a pixel).</summary>
    private static double Bisect(Func<double, double> g, double from, double to, bool rising)
    {
        for (var i = 0; i < 40; i++)
        {
            var mid = (from + to) / 2;
            if (g(mid) > 0 == rising) to = mid; else from = mid;
        }
        return (from + to) / 2;
    }
}
