using System.Numerics;

namespace Kinora.Motion.Behaviours;

/// <summary>
/// A group that moves as one — a flock of birds, a school of fish — steered the way Reynolds' boids are (C. W.
/// Reynolds, "Flocks, herds and schools: a distributed behavioral model", SIGGRAPH 1987): each member keeps clear
/// of its neighbours (separation), matches their heading (alignment) and stays with the group (cohesion, here
/// towards its own place in the group around the leader, so a V stays a V and a school stays a school). The leader
/// follows a gently curving path (a seeded, slowly varying turn rate) and turns back from the walls of its
/// <see cref="FlockVolume"/>, and the group's spread breathes in and out, so the flock turns, spreads and regroups
/// together. Everything is from the seed and the previous frame: deterministic, and <see cref="Advance"/> allocates
/// nothing.
/// </summary>
public sealed class Flock
{
    /// <summary>Entity indices of the members, the leader first.</summary>
    public int[] Bodies { get; }
    /// <summary>Each member's position and horizontal unit heading this frame.</summary>
    public Vector3[] Positions { get; }
    public Vector3[] Headings { get; }
    public FlockVolume Volume { get; }
    /// <summary>m; members are never closer than this (centre to centre).</summary>
    public float MinSeparation { get; }
    public double Start { get; }
    public double End { get; }

    private readonly Vector3[] _velocity;
    /// <summary>Each follower's place relative to the leader, in the leader's frame (x ahead, z to its right, y up).</summary>
    private readonly Vector3[] _slot;
    private readonly float _pace;
    private readonly float _wanderRate, _wanderHz, _wanderPhase, _spreadHz, _spreadPhase;
    private readonly float _maxTurn, _lookAhead;
    private float _yaw;

    /// <summary>rad/s: the leader's gentlest and sharpest wandering turn (a wide sweep over a few seconds).</summary>
    public const float WanderRate = 0.25f;
    /// <summary>Share by which the group's spacing breathes in and out.</summary>
    private const float Breathe = 0.25f;
    /// <summary>1/s: how hard a follower is pulled to its place, and how much it matches its neighbours' velocity.</summary>
    private const float Cohesion = 1.2f, Alignment = 0.5f;
    /// <summary>Neighbours within this many separations push a member away.</summary>
    private const float SeparationReach = 2f;

    /// <param name="positions">Start positions, the leader first; followers keep their offsets from it as their places.</param>
    /// <param name="pace">m/s the leader travels at.</param>
    /// <param name="seed">Picks the curve of the leader's path.</param>
    public Flock(int[] bodies, Vector3[] positions, float pace, float minSeparation, FlockVolume volume, double start, double end, ulong seed)
    {
        Bodies = bodies;
        Volume = volume;
        MinSeparation = minSeparation;
        Start = start;
        End = end;
        _pace = pace;
        var n = bodies.Length;
        Positions = new Vector3[n];
        Headings = new Vector3[n];
        _velocity = new Vector3[n];
        _slot = new Vector3[n];
        for (var i = 0; i < n; i++)
        {
            Positions[i] = volume.Clamp(positions[i]);
            Headings[i] = Vector3.UnitX;
            _slot[i] = Positions[i] - Positions[0];
        }
        // The leader's path: a turn rate that swings slowly between left and right (period 5–9 s), never straight for long.
        float Unit(int shift) => ((seed >> shift) & 0xFFFF) / 65536f;
        _wanderRate = WanderRate * (0.7f + 0.6f * Unit(0)) * (Unit(16) < 0.5f ? -1 : 1);
        _wanderHz = 1 / (5 + 4 * Unit(32));
        _wanderPhase = 0.5f + Unit(48) * 0.8f; // starts already turning, so even a short clip curves
        _spreadHz = 1 / (3.5f + 2 * Unit(8));
        _spreadPhase = Unit(24) * MathF.Tau;
        // A small fish turns on its own length; a bird a few metres: the turn rate that keeps the radius at about 1.5 pace-seconds.
        _maxTurn = 1.5f;
        // How far ahead the leader watches for a wall: a second and a half of travel, but in a small tank no more than
        // about a third of it, or it would see a wall everywhere and circle for ever.
        _lookAhead = _pace * 1.5f + minSeparation;
        if (volume.Bounded) _lookAhead = MathF.Min(_lookAhead, 0.35f * MathF.Max(volume.Max.X - volume.Min.X, volume.Max.Z - volume.Min.Z));
    }

    /// <summary>The leader's heading angle (radians about +Y, 0 along +X).</summary>
    public float LeaderYaw => _yaw;

    /// <summary>Moves every member one step of <paramref name="dt"/> simulated seconds at video time <paramref name="t"/>;
    /// outside the action's window (<paramref name="active"/> false) they hold still.</summary>
    public void Advance(double t, double dt, bool active)
    {
        if (!active) return;
        var n = Bodies.Length;
        var h = (float)dt;
        var time = (float)(t - Start);

        // The leader: wander, turn back from walls, keep its height in the volume.
        var turn = _wanderRate * MathF.Sin(MathF.Tau * (_wanderHz * time + _wanderPhase));
        var ahead = Positions[0] + Heading(_yaw) * _lookAhead;
        if (!Volume.InsideHorizontally(ahead, Volume.Margin(_pace)))
        {
            // Steer towards the volume's middle, harder the further out the look-ahead point is.
            var to = Volume.Centre - Positions[0];
            var want = MathF.Atan2(-to.Z, to.X);
            turn += _maxTurn * Math.Sign(Wrap(want - _yaw));
        }
        turn = Math.Clamp(turn, -_maxTurn, _maxTurn);
        _yaw = Wrap(_yaw + turn * h);
        var leaderVelocity = Heading(_yaw) * _pace;
        _velocity[0] = leaderVelocity;
        Positions[0] = Volume.Clamp(Positions[0] + leaderVelocity * h);
        Headings[0] = Heading(_yaw);

        // Followers: to their place around the leader (breathing), matched to their neighbours, apart from them.
        var spread = 1 + Breathe * MathF.Sin(MathF.Tau * (_spreadHz * time) + _spreadPhase);
        var (sin, cos) = MathF.SinCos(_yaw);
        for (var i = 1; i < n; i++)
        {
            var s = _slot[i] * new Vector3(spread, 1, spread);
            var place = Positions[0] + new Vector3(s.X * cos + s.Z * sin, s.Y, -s.X * sin + s.Z * cos);
            var want = leaderVelocity + (place - Positions[i]) * Cohesion;
            var mean = Vector3.Zero;
            var push = Vector3.Zero;
            for (var j = 0; j < n; j++)
            {
                if (j == i) continue;
                mean += _velocity[j];
                var away = Positions[i] - Positions[j];
                var d = away.Length();
                if (d < MinSeparation * SeparationReach && d > 1e-5f)
                    push += away / d * (_pace * (MinSeparation * SeparationReach - d) / MinSeparation);
            }
            want += (mean / (n - 1) - _velocity[i]) * Alignment + push;
            _velocity[i] = Steer(_velocity[i], want, h);
        }
        for (var i = 1; i < n; i++) Positions[i] += _velocity[i] * h;
        KeepApart();
        for (var i = 1; i < n; i++)
        {
            Positions[i] = Volume.Clamp(Positions[i]);
            var flat = _velocity[i] with { Y = 0 };
            if (flat.LengthSquared() > 1e-8f) Headings[i] = Vector3.Normalize(flat);
        }
    }

    /// <summary>New velocity: towards <paramref name="want"/>, turning no faster than the group can and at 0.5–1.6× the pace.</summary>
    private Vector3 Steer(Vector3 v, Vector3 want, float h)
    {
        var speed = Math.Clamp(want.Length(), 0.5f * _pace, 1.6f * _pace);
        var current = MathF.Atan2(-v.Z, v.X);
        var target = want.LengthSquared() > 1e-10f ? MathF.Atan2(-want.Z, want.X) : current;
        if (v.LengthSquared() < 1e-10f) current = target;
        var yaw = current + Math.Clamp(Wrap(target - current), -_maxTurn * 1.5f * h, _maxTurn * 1.5f * h);
        var flat = MathF.Sqrt(MathF.Max(0, speed * speed - want.Y * want.Y));
        return Heading(yaw) * flat + new Vector3(0, Math.Clamp(want.Y, -0.5f * _pace, 0.5f * _pace), 0);
    }

    /// <summary>Pushes any two members closer than <see cref="MinSeparation"/> apart along the line between them (the
    /// leader does not yield: it carries the path).</summary>
    private void KeepApart()
    {
        var n = Bodies.Length;
        for (var pass = 0; pass < 3; pass++)
            for (var i = 0; i < n; i++)
                for (var j = i + 1; j < n; j++)
                {
                    var d = Positions[j] - Positions[i];
                    var length = d.Length();
                    if (length >= MinSeparation) continue;
                    var dir = length > 1e-5f ? d / length : new Vector3(0, 0, 1);
                    var gap = MinSeparation - length + 1e-4f;
                    if (i == 0) Positions[j] += dir * gap;
                    else { Positions[i] -= dir * gap / 2; Positions[j] += dir * gap / 2; }
                }
    }

    private static Vector3 Heading(float yaw) => new(MathF.Cos(yaw), 0, -MathF.Sin(yaw));

    private static float Wrap(float a)
    {
        while (a > MathF.PI) a -= MathF.Tau;
        while (a < -MathF.PI) a += MathF.Tau;
        return a;
    }
}
