using System.Numerics;
using Kinora.Compose;
using Kinora.Plan;

namespace Kinora.Motion.Animation;

/// <summary>
/// A four-legged animal sitting, the two ways animals do it:
/// <list type="bullet">
/// <item>on its haunches (a dog, a cat): the trunk tips up about its middle as far as straight forelegs allow, the
/// rump on the ground, the forelegs straight down to the paws, the hind legs folded beside it, the head held level;</item>
/// <item>upright like a person (bears and pandas by habit, and any animal holding something in its forepaws): the
/// trunk nearly vertical on the rump, the hind legs stretched forward with their soles to the front, the forepaws free
/// in front of the chest — holding a cup or a bun, which they lift to the mouth now and then (<see cref="Sip"/>).</item>
/// </list>
/// The rig (<c>QuadrupedRig</c>) has no hips of its own: the body joint carries the whole trunk, so sitting is a
/// pitch of the body about its pivot, and every leg's IK target is turned back into the body's rest frame (where the
/// leg joints turn) before the leg reaches for it. Built once per body from the model (the trunk's lowest points, the
/// muzzle, the paws); <see cref="Pose"/> allocates nothing.
/// </summary>
public sealed class AnimalSit
{
    /// <summary>Radians an upright sitter's trunk tips up from level (~70°: a seated bear leans back a little).</summary>
    public const float UprightTilt = 1.2f;
    /// <summary>Most a dog or a cat tips up on its haunches (~50°), when its forelegs are long enough.</summary>
    public const float HaunchTilt = 0.9f;
    /// <summary>s: one sip, from paws at the chest to the mouth and back, and the wait before the next.</summary>
    public const double SipPeriod = 3.6;

    /// <summary>Kinds that sit up like a person by habit (the bears: a panda eating bamboo sits so).</summary>
    private static readonly HashSet<string> UprightKinds = new(StringComparer.OrdinalIgnoreCase) { "bear", "panda", "polar bear", "teddy bear" };

    private readonly Skeleton _s;
    private readonly (double Start, double End)[] _windows;
    private readonly Vector3[] _trunk; // trunk points (rest model space) whose lowest, once tipped, sits on the ground
    private readonly Vector3 _pivot;
    private readonly Vector3 _mouth; // rest model space, just under the nose
    private readonly Matrix4x4[] _palette;
    private readonly float _headYaw; // radians the model's head is built turned to its left (− right)
    private readonly double _clipEnd;

    /// <summary>Radians the trunk tips up when fully seated.</summary>
    public float Tilt { get; }
    /// <summary>Sitting up like a person (else on the haunches).</summary>
    public bool Upright { get; }
    /// <summary>Radius (m) of what the forepaws hold (0: nothing): the paws close on its sides.</summary>
    public float HeldRadius { get; }
    /// <summary>Half the height (m) of what the paws hold: its rim comes to the lips.</summary>
    public float HeldHalfHeight { get; }

    private AnimalSit(Skeleton s, (double, double)[] windows, bool upright, float heldRadius, float heldHalfHeight, Entity entity, double clipEnd)
    {
        _s = s;
        _windows = windows;
        Upright = upright;
        HeldRadius = heldRadius;
        HeldHalfHeight = heldHalfHeight;
        _clipEnd = clipEnd;
        _pivot = s.PivotOf(s.Body);
        _palette = new Matrix4x4[s.Count];
        _trunk = TrunkPoints(entity.Model, s.Body);
        _mouth = MouthOf(entity.Model, s);
        var snout = _mouth - s.PivotOf(s.Head);
        _headYaw = MathF.Atan2(Vector3.Dot(snout, s.Left), MathF.Max(1e-3f, Vector3.Dot(snout, s.Forward)));
        Tilt = upright ? UprightTilt : HaunchTiltFor();
    }

    /// <summary>
    /// The sitting of a rigged four-legged body, or null when none of its actions sits it: a verb of sitting or
    /// resting (<see cref="ActionVerbs"/>), or a verb that brings a thing to the mouth when the paws hold that thing
    /// (<paramref name="held"/>, its entity index, −1: nothing).
    /// </summary>
    public static AnimalSit? For(World world, int body, Skeleton s, int held)
    {
        if (!s.IsQuadruped || s.Body < 0) return null;
        var entity = world.Entities[body];
        var windows = new List<(double, double)>();
        foreach (var shot in world.Plan.Shots)
            foreach (var action in shot.Actions)
                if (action.Actor == entity.CastId && (Sits(action.Verb) || held >= 0 && Brings(action.Verb)))
                    windows.Add(ActionTimes.Of(world, shot, action));
        if (windows.Count == 0) return null;
        var (radius, half) = held >= 0 ? Size(world.Entities[held]) : (0f, 0f);
        return new AnimalSit(s, [.. windows], held >= 0 || UprightKinds.Contains(entity.Kind), radius, half, entity, world.Plan.Format.Seconds - 1e-6);
    }

    /// <summary>True for the verbs an animal sits down for.</summary>
    public static bool Sits(string verb) => ActionVerbs.For(verb, null).Kind == ActionKind.Sit && !ActionVerbs.IsRide(verb);

    /// <summary>True for the verbs that bring a thing to the mouth (drink, eat, sip): done sitting, the thing in the paws.</summary>
    public static bool Brings(string verb) => ActionVerbs.For(verb, null) is { Kind: ActionKind.HandWork, Variant: Act.Variants.Face };

    private static (float Radius, float Half) Size(Entity e) => e.Shape is BoxShape b
        ? (MathF.Max(b.HalfExtents.X, b.HalfExtents.Z), b.HalfExtents.Y)
        : (e.Shape.BoundingRadius, e.Shape.HalfHeight);

    /// <summary>How seated the body is at <paramref name="t"/> (0 standing, 1 seated), eased over <see cref="BodyMotion.Blend"/>.</summary>
    public float Weight(double t)
    {
        var w = 0f;
        foreach (var (start, end) in _windows)
        {
            if (t < start || t > end) continue;
            var into = start <= 0 ? 1 : Curves.Ramp((float)(t - start), 0, (float)BodyMotion.Blend);
            var outOf = end >= _clipEnd ? 0 : Curves.Ramp((float)(t - (end - BodyMotion.Blend)), 0, (float)BodyMotion.Blend);
            w = MathF.Max(w, into * (1 - outOf));
        }
        return w;
    }

    /// <summary>
    /// How far the held thing is raised at <paramref name="t"/>: 0 at the chest, 1 at the lips. A sip every
    /// <see cref="SipPeriod"/> s: up in half a second, held a second and a half (a long sip reads in a still), down.
    /// The first starts at once, so even a short clip shows the cup at the mouth.
    /// </summary>
    public static float Sip(double t)
    {
        var u = Curves.Loop(t, SipPeriod) * (float)SipPeriod;
        return Curves.Hold(u, 0.15f, 0.7f, 2.2f, 2.75f);
    }

    /// <summary>
    /// Poses the seated body at time <paramref name="t"/>, seated by <paramref name="w"/>, into <paramref name="r"/>
    /// (identity on entry). Returns the vertical offset of the body (m, + up) that puts the rump on the ground, or on
    /// the seat it was stood on, <paramref name="seat"/> m above the floor (a chair at a café table): there the hind
    /// legs hang over the seat's edge towards the floor instead of lying along it.
    /// </summary>
    public float Pose(double t, float w, Span<Quaternion> r, float seat = 0)
    {
        var s = _s;
        var tilt = Tilt * w;
        var q = s.Pitch(tilt);
        Skeleton.Add(r, s.Body, q);
        // The rump (the trunk's lowest point once tipped) on the ground; a body that is not yet down stands.
        var lowest = float.MaxValue;
        foreach (var p in _trunk) lowest = MathF.Min(lowest, Vector3.Transform(p - _pivot, q).Y + _pivot.Y);
        var offset = (1 - w) * -GaitCycle.StandingSink(s) + w * (s.GroundY - lowest);
        var ground = s.GroundY - offset; // the floor, in the unshifted model frame
        var breath = 0.015f * Curves.Sin(t, 0.25);

        // The head held level, looking ahead (a little down at a cup in the paws), and turning idly.
        var sip = HeldRadius > 0 ? Sip(t) : 0;
        Skeleton.Add(r, s.Neck, s.Pitch(-0.7f * tilt + breath) * s.Yaw(0.12f * Curves.Sin(t, 0.07, 0.3) * w * (1 - sip)));
        Skeleton.Add(r, s.Head, s.Yaw(-_headYaw * w)); // a head modelled turned aside looks ahead again, at what it holds
        Skeleton.Add(r, s.Head, s.Pitch(-0.3f * tilt - 0.12f * w + 0.1f * sip * w + 0.04f * Curves.Sin(t, 0.17, 0.5)));
        // The tail lies back along the ground.
        Skeleton.Add(r, s.Tail, s.Pitch(-tilt) * s.Yaw(0.25f * Curves.Sin(t, 0.4, 0.1)));

        var legs = s.Legs;
        for (var i = 2; i < legs.Length; i++)
        {
            var leg = legs[i];
            var hip = Turned(leg.Hip, q);
            var target = !Upright
                // Folded beside the rump: the hock on the ground just ahead of the hip.
                ? new Vector2(hip.X + 0.5f * leg.Length, ground)
                : seat >= Sit.MinSeat
                    // Over the seat's edge, reaching down towards the floor.
                    ? new Vector2(hip.X + 0.55f * leg.MaxReach, ground - seat)
                    // Stretched forward on the ground, the knee just off straight.
                    : new Vector2(hip.X + Along(0.93f * leg.MaxReach, hip.Y - ground), ground + 0.02f);
            leg.Reach(Vector2.Lerp(leg.Tip + new Vector2(0, -offset), Rest(target, q), w), 0, r);
        }
        if (legs.Length < 2) return offset;
        if (!Upright)
        {
            // Straight forelegs down to the paws, just ahead of the shoulders.
            for (var i = 0; i < 2; i++)
            {
                var leg = legs[i];
                var shoulder = Turned(leg.Hip, q);
                leg.Reach(Vector2.Lerp(leg.Tip + new Vector2(0, -offset), Rest(new Vector2(shoulder.X + 0.08f * leg.Length, ground), q), w), 0, r);
            }
            return offset;
        }
        // Upright: the forepaws in front of the chest, or round the held thing, which goes to the mouth and back.
        _s.Rig.Palette(r, _palette);
        var lips = Vector3.Transform(_mouth, _palette[s.Head]);
        var mouth = s.Sagittal(lips);
        // The head is turned a little (a model looking towards the viewer, an idle glance): the cup goes to the mouth, not the midline.
        var centre = sip * Vector3.Dot(lips, s.Left);
        var chest = Turned(legs[0].Hip, q);
        var reach = legs[0].MaxReach;
        var low = new Vector2(chest.X + 0.55f * reach, chest.Y - 0.45f * reach);
        var held = HeldRadius > 0
            ? Vector2.Lerp(low, new Vector2(mouth.X + 0.6f * HeldRadius, mouth.Y - 0.45f * HeldHalfHeight), sip)
            : new Vector2(chest.X + 0.45f * reach, chest.Y - 0.6f * reach);
        for (var i = 0; i < 2; i++)
        {
            var leg = legs[i];
            var side = Vector3.Dot(s.PivotOf(leg.Shin), s.Left);
            // The paws close on the held thing's sides (or rest a little apart on the belly).
            var inner = HeldRadius > 0 ? centre + MathF.Sign(side) * (HeldRadius + 0.02f) : 0.6f * side;
            var target = Vector2.Lerp(leg.Tip + new Vector2(0, -offset), Rest(held, q), w);
            leg.Reach(target, 0, r);
            // The leg bends in its own plane; swing it in about the shoulder until the paw is at the held thing's side.
            var top = s.PivotOf(leg.Thigh);
            var tip = s.Forward * target.X + Vector3.UnitY * target.Y + s.Left * side;
            var wanted = tip + s.Left * ((inner - side) * w);
            Skeleton.Add(r, leg.Thigh, FromTo(tip - top, wanted - top));
        }
        return offset;
    }

    /// <summary>Where the paws hold the thing this frame, in the body's model frame (posed, unshifted): the middle of
    /// the two fore paws' tips, from a palette of the posed joints.</summary>
    public static Vector3 HeldAt(Skeleton s, ReadOnlySpan<Matrix4x4> palette)
    {
        var sum = Vector3.Zero;
        for (var i = 0; i < 2; i++)
        {
            var leg = s.Legs[i];
            var side = Vector3.Dot(s.PivotOf(leg.Shin), s.Left);
            var tip = s.Forward * leg.Tip.X + Vector3.UnitY * leg.Tip.Y + s.Left * side;
            sum += Vector3.Transform(tip, palette[leg.Shin]);
        }
        return sum / 2;
    }

    /// <summary>The mouth, posed: the model-space point just under the nose, through a palette of the posed joints.</summary>
    public Vector3 MouthAt(ReadOnlySpan<Matrix4x4> palette) => Vector3.Transform(_mouth, palette[_s.Head]);

    private Vector2 Turned(Vector2 rest, Quaternion q) => TrunkTilt.Turned(_s, rest, q);

    private Vector2 Rest(Vector2 posed, Quaternion q) => TrunkTilt.Rest(_s, posed, q);

    private static float Along(float length, float height) => MathF.Sqrt(MathF.Max(0, length * length - height * height));

    private static Quaternion FromTo(Vector3 a, Vector3 b)
    {
        a = Vector3.Normalize(a);
        b = Vector3.Normalize(b);
        var axis = Vector3.Cross(a, b);
        var sin = axis.Length();
        if (sin < 1e-6f) return Quaternion.Identity;
        return Quaternion.CreateFromAxisAngle(axis / sin, MathF.Atan2(sin, Vector3.Dot(a, b)));
    }

    /// <summary>
    /// The steepest haunch sit (up to <see cref="HaunchTilt"/>) whose straight forelegs still reach the ground from
    /// the shoulders once the rump is down: a long-legged dog sits tall, a corgi barely tips up.
    /// </summary>
    private float HaunchTiltFor()
    {
        if (_s.Legs.Length < 2) return 0.3f;
        var fore = _s.Legs[0];
        for (var tilt = HaunchTilt; tilt > 0.1f; tilt -= 0.05f)
        {
            var q = _s.Pitch(tilt);
            var lowest = float.MaxValue;
            foreach (var p in _trunk) lowest = MathF.Min(lowest, Vector3.Transform(p - _pivot, q).Y + _pivot.Y);
            if (Turned(fore.Hip, q).Y - lowest <= 0.97f * fore.MaxReach) return tilt;
        }
        return 0.1f;
    }

    /// <summary>Up to 400 rest points of the trunk: skinned vertices that follow the body joint alone.</summary>
    private static Vector3[] TrunkPoints(Model model, int body)
    {
        var points = RestPointsOf(model, body);
        if (points.Count == 0) return [Vector3.Zero];
        var step = Math.Max(1, points.Count / 400);
        return [.. points.Where((_, i) => i % step == 0)];
    }

    /// <summary>The rest-model points of the skinned vertices that follow <paramref name="joint"/> (almost) alone.</summary>
    private static List<Vector3> RestPointsOf(Model model, int joint)
    {
        var points = new List<Vector3>();
        foreach (var part in model.Parts)
        {
            if (!part.Mesh.IsSkinned) continue;
            var p = part.Mesh.Positions.Span;
            var j = part.Mesh.SkinJoints.Span;
            var wt = part.Mesh.SkinWeights.Span;
            for (var i = 0; i < p.Length; i++)
                if (Share(j[i], wt[i], joint) > 0.95f) points.Add(Vector3.Transform(p[i], part.Local));
        }
        return points;
    }

    /// <summary>The mouth in the rest model: just under the nose and back a little (the frontmost point of what
    /// follows the head, lowered).</summary>
    public static Vector3 MouthOf(Model model, Skeleton s)
    {
        var head = s.PivotOf(s.Head);
        var nose = head;
        foreach (var v in RestPointsOf(model, s.Head))
            if (Vector3.Dot(v - nose, s.Forward) > 0) nose = v;
        var length = Vector3.Distance(nose, head);
        return nose - s.Forward * (0.2f * length) - Vector3.UnitY * (0.3f * length);
    }

    private static float Share(Vector4 joints, Vector4 weights, int joint) =>
        ((int)joints.X == joint ? weights.X : 0) + ((int)joints.Y == joint ? weights.Y : 0)
        + ((int)joints.Z == joint ? weights.Z : 0) + ((int)joints.W == joint ? weights.W : 0);
}
