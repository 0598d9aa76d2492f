using System.Numerics;
using Kinora.Compose;
using Kinora.Compose.Assets;
using Kinora.Motion.Behaviours;

namespace Kinora.Motion.Animation;

/// <summary>
/// One rigged body's motion over the clip: what it does when (its actions from the plan, as gaits and gestures),
/// the speech its mouth follows, and the running state of its gait (stride phase, how much it is walking). Built
/// once; <see cref="Frame"/> is called for frames in order and allocates nothing.
/// </summary>
public sealed class BodyMotion
{
    /// <summary>One plan action of this body: the gait it walks in (if the verb moves it) and the gesture it plays.</summary>
    public readonly record struct Window(double Start, double End, Gait? Gait, Act Act, bool Flies, Babble.Kind? Speaks, bool Rides,
        string? ObjectKind = null, int ObjectBody = -1);

    /// <summary>Seconds an action takes to blend in and out.</summary>
    public const double Blend = 0.3;
    /// <summary>Seconds over which a body eases between standing and striding when it starts or stops.</summary>
    private const double GaitLag = 0.15;

    public int Body { get; }
    public Entity Entity { get; }
    public Skeleton Skeleton { get; }
    private readonly Window[] _windows;
    private readonly MouthCue[] _cues;
    private readonly double _seed;
    private readonly double _beat;
    private readonly bool _person;
    private readonly double _clipEnd;
    private double _phase;
    private float _striding;
    private Gait? _gait;
    private readonly Arm? _arm;
    private float _crank;
    private readonly AnimalSit? _animalSit;
    private readonly AnimalPlay? _animalPlay;

    /// <summary>The body a pick-up action reaches for (−1: none); <see cref="Target"/> is set to its top each frame.</summary>
    public int ReachObject { get; } = -1;

    /// <summary>Where the thing to pick up is this frame: its top, in this body's model space (unsunk); null: none.</summary>
    public Vector3? Target { get; set; }

    public BodyMotion(World world, int body, Skeleton skeleton, IReadOnlyList<MouthCue> mouth)
    {
        Body = body;
        Entity = world.Entities[body];
        Skeleton = skeleton;
        _person = skeleton.Legs.Length == 2 || skeleton.UpperArmL >= 0 || skeleton.UpperArmR >= 0;
        var windows = new List<Window>();
        foreach (var shot in world.Plan.Shots)
            foreach (var action in shot.Actions)
            {
                if (action.Actor != Entity.CastId) continue;
                var pace = action.Speed ?? Locomotion.PaceOf(action.Verb) ?? 1.4;
                var gait = skeleton.IsQuadruped ? Gait.ForQuadruped(action.Verb, pace) : skeleton.Legs.Length == 2 ? Gait.ForPerson(action.Verb, pace) : null;
                var objectKind = action.Object is { } o ? KindOf(world, o) : null;
                var act = _person ? ActionVerbs.For(action.Verb, objectKind) : default;
                var flies = action.Verb.Equals("fly", StringComparison.OrdinalIgnoreCase) || action.Verb.Equals("soar", StringComparison.OrdinalIgnoreCase)
                    || action.Verb.Equals("flap", StringComparison.OrdinalIgnoreCase);
                Babble.Kind? speaks = skeleton.Jaw >= 0 && Babble.TryKind(action.Verb, out var kind) ? kind : null;
                var objectBody = action.Object is { } held ? BodyOf(world, held) : -1;
                var (start, end) = ActionTimes.Of(world, shot, action);
                windows.Add(new Window(start, end, gait, act, flies, speaks,
                    ActionVerbs.IsRide(action.Verb), objectKind, objectBody));
                if (act.Kind == ActionKind.Reach && objectBody >= 0 && objectBody != body && ReachObject < 0) ReachObject = objectBody;
            }
        _windows = [.. windows];
        _arm = _person ? Arm.Right(skeleton, Entity.Model) : null;
        _animalSit = _person ? null : AnimalSit.For(world, body, skeleton, PawHolding.HeldBy(world, body)); // a four-legged sitter
        _animalPlay = _person ? null : AnimalPlay.For(world, body, skeleton);
        _cues = [.. mouth.Where(c => c.Speaker == Entity.CastId && c.End > c.Start).OrderBy(c => c.Start)];
        _seed = StableFraction(Entity.Id);
        _clipEnd = world.Plan.Format.Seconds - 1e-6;
        _beat = 60.0 / Math.Clamp(world.Plan.Audio.Music?.Bpm ?? 110, 40, 220);
    }

    /// <summary>
    /// Poses frame <paramref name="f"/> into <paramref name="rotations"/> (starting from identity). <paramref name="moved"/>
    /// is how far (m) the body went along the ground since the last frame, <paramref name="raised"/> how high its
    /// feet stand above the floor (the layout stands a body "on" a bench: that is its seat). Returns the body's vertical offset (m, +
    /// up: a jump's flight, − the sink of bent legs) and reports leg touch-downs to <paramref name="touchdown"/>.
    /// </summary>
    public float Frame(double t, double dt, float moved, float raised, Span<Quaternion> rotations, Action<int, double, float>? touchdown)
    {
        rotations.Fill(Quaternion.Identity);
        var s = Skeleton;
        if (_animalSit is not null && _animalSit.Weight(t) is var seated && seated > 0) return _animalSit.Pose(t, seated, rotations, raised);
        // The gait: the active window's, else (moving on without a gait verb) one chosen by speed.
        var speed = dt > 0 ? moved / dt : 0;
        Gait? gait = null;
        var act = default(Act);
        var actWeight = 0f;
        var flies = false;
        Babble.Kind? speaks = null;
        var rides = false;
        var chosen = default(Window);
        var hands = default(Act);
        var handsWeight = 0f;
        foreach (var w in _windows)
        {
            if (t < w.Start || t > w.End) continue;
            gait ??= w.Gait;
            speaks ??= w.Speaks;
            rides |= w.Rides;
            flies |= w.Flies;
            if (w.Act.Kind == ActionKind.Sit && raised < Sit.MinSeat) continue; // nothing under it to sit on: it stands
            // Seated at a table or a desk the legs sit while the hands do the other act (eat, type, read).
            if (act.Kind == ActionKind.Sit && !chosen.Rides && w.Act.Kind is not (ActionKind.None or ActionKind.Sit) && !w.Act.OwnsLegs && hands.Kind == ActionKind.None)
            {
                hands = w.Act;
                handsWeight = w.Start <= 0 ? 1 : Curves.Ramp((float)(t - w.Start), 0, (float)Blend);
                continue;
            }
            if (w.Act.Kind != ActionKind.None && act.Kind == ActionKind.None)
            {
                act = w.Act;
                chosen = w;
                var into = w.Start <= 0 ? 1 : Curves.Ramp((float)(t - w.Start), 0, (float)Blend);
                var outOf = w.End >= _clipEnd ? 0 : Curves.Ramp((float)(t - (w.End - Blend)), 0, (float)Blend); // held to the clip's last frame
                actWeight = into * (1 - outOf);
            }
        }
        if (gait is null && !rides && speed > 0.1 && s.Legs.Length > 0)
            gait = s.IsQuadruped ? Gait.ForQuadruped("walk", speed) : Gait.ForPerson("walk", speed);
        if (gait is not null) _gait = gait;
        var target = speed > 0.05 && gait is not null ? 1f : 0f;
        _striding += (target - _striding) * (float)(1 - Math.Exp(-dt / GaitLag));

        var sink = 0f;
        var lift = 0f;
        var legsOwned = act.OwnsLegs && actWeight > 0;
        _crank += moved * Ride.TurnsPerMetre;
        if (_gait is not null && s.Legs.Length > 0 && moved > 0)
        {
            var before = _phase;
            _phase += moved / Math.Max(1e-3f, GaitCycle.Stride(s, _gait));
            if (touchdown is not null && !legsOwned && _striding > 0.5f)
                for (var leg = 0; leg < s.Legs.Length; leg++)
                    if (GaitCycle.TouchedDown(_gait, leg, before, _phase, out var fraction))
                        touchdown(leg, t - dt + fraction * dt, (float)speed);
        }

        if (s.HasWings && (flies || speed > 0.5 && s.Legs.Length == 0))
            WingFlap.Pose(s, t, _seed, 1, rotations);
        else if (_gait is not null && _striding > 1e-3f && !legsOwned)
        {
            sink = s.IsQuadruped ? QuadrupedGait.Pose(s, _gait, _phase, _striding, rotations) : HumanGait.Pose(s, _gait, _phase, _striding, rotations);
            Idle.Pose(s, t, _seed, 1 - _striding, rotations, legs: false);
        }
        else sink = Idle.Pose(s, t, _seed, 1 - actWeight * 0.7f, rotations, legs: !legsOwned);

        if (act.Kind == ActionKind.Reach && actWeight > 0 && _arm is not null && Target is { } reachFor && chosen.ObjectBody >= 0)
            sink = PickUp.Pose(s, _arm, t - chosen.Start, reachFor, actWeight, rotations);
        else if (act.Kind == ActionKind.Sit && chosen.Rides && actWeight > 0)
            sink = Ride.Pose(s, Ride.StyleOf(chosen.ObjectKind), _crank, t, actWeight, rotations);
        else if (act.Kind == ActionKind.Sit && hands.Kind != ActionKind.None && actWeight > 0)
        {
            sink = Sit.Pose(s, raised, t, actWeight, rotations, arms: false);
            Gestures.Pose(hands, s, t, _beat, raised, handsWeight, rotations, ref sink, ref lift);
        }
        else if (act.Kind is ActionKind.Throw or ActionKind.Kick && chosen.ObjectBody >= 0 && actWeight > 0)
        {
            // A ball thrown or kicked goes once: the generator plays one cycle from the action's start and rests.
            var since = t - chosen.Start;
            Gestures.Pose(act, s, act.Kind == ActionKind.Throw ? Throw.Once(since) : Kick.Once(since), _beat, raised, actWeight, rotations, ref sink, ref lift);
        }
        else if (act.Kind != ActionKind.None && actWeight > 0)
            Gestures.Pose(act, s, t, _beat, raised, actWeight, rotations, ref sink, ref lift);

        if (_animalPlay is not null) sink = -_animalPlay.Pose(t, -sink, rotations);
        if (_cues.Length > 0)
            Talk.Pose(s, Talk.Opening(_cues, t), Talk.Lips(_cues, t), Talk.Busy(_cues, t), t, rotations);
        else if (speaks is { } kind)
            Babble.Pose(s, kind, t, _seed, 1, rotations);
        return lift - sink;
    }

    /// <summary>The model-space point a leg touches the ground with, at the moment it lands in the current gait.</summary>
    public Vector3 TouchdownPoint(int leg)
    {
        var l = Skeleton.Legs[leg];
        var foot = l.Foot >= 0 ? Skeleton.PivotOf(l.Foot) : Skeleton.PivotOf(l.Shin) with { Y = Skeleton.GroundY };
        var reach = _gait is null ? 0 : _gait.Stance * GaitCycle.Stride(Skeleton, _gait) / 2;
        return foot + Skeleton.Forward * reach;
    }

    private static int BodyOf(World world, string id)
    {
        for (var i = 0; i < world.Entities.Count; i++)
            if (world.Entities[i].Id == id) return i;
        for (var i = 0; i < world.Entities.Count; i++)
            if (world.Entities[i].CastId == id) return i;
        return -1;
    }

    private static string? KindOf(World world, string id)
    {
        foreach (var e in world.Entities)
            if (e.Id == id || e.CastId == id) return e.Kind;
        foreach (var c in world.Plan.Cast)
            if (c.Id == id) return c.Kind;
        return null;
    }

    /// <summary>A number in [0, 1) from a string, the same in every process (string.GetHashCode is not).</summary>
    private static double StableFraction(string text)
    {
        var h = 2166136261u;
        foreach (var ch in text) h = (h ^ ch) * 16777619u;
        return (h & 0xFFFFFF) / (double)0x1000000;
    }

    /// <summary>The skeleton of a world entity, with its kind's front (null when its model has no rig).</summary>
    public static Skeleton? SkeletonOf(Entity e) => Skeleton.Of(e, AssetLibrary.Front(e.Kind));
}
