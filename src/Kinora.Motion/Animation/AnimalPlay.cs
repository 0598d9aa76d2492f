using System.Numerics;
using Kinora.Compose;
using Kinora.Motion.Behaviours;

namespace Kinora.Motion.Animation;

/// <summary>
/// A four-legged animal at play, on top of the bounding gait its play path runs it in (<see cref="PlayPath"/>): the
/// tail up and wagging fast, the head up, and at each of the path's stops a play bow — the front end down on
/// forelegs stretched ahead, the rump up on straight hind legs, the head raised to the playmate — the one pose every
/// dog owner reads as "play with me".
/// </summary>
public sealed class AnimalPlay
{
    /// <summary>Radians the trunk pitches nose-down in a full bow.</summary>
    public const float BowPitch = 0.45f;
    /// <summary>Hz of a happy tail's wag.</summary>
    public const double WagHz = 3.5;

    private readonly Skeleton _s;
    private readonly double _start, _end;

    private AnimalPlay(Skeleton s, double start, double end) { _s = s; _start = start; _end = end; }

    /// <summary>The play of a four-legged body, or null when none of its actions is play.</summary>
    public static AnimalPlay? For(World world, int body, Skeleton s)
    {
        if (!s.IsQuadruped || s.Body < 0) return null;
        var entity = world.Entities[body];
        foreach (var shot in world.Plan.Shots)
            foreach (var action in shot.Actions)
                if (action.Actor == entity.CastId && PlayPath.IsPlay(action))
                {
                    var (start, end) = ActionTimes.Of(world, shot, action);
                    return new AnimalPlay(s, start, end);
                }
        return null;
    }

    /// <summary>How far into a play bow the body is at <paramref name="since"/> seconds of play (0–1).</summary>
    public static float Bow(double since)
    {
        var u = (float)(since % PlayPath.Cycle);
        return Curves.Hold(u, (float)PlayPath.BowFrom - 0.2f, (float)PlayPath.BowFrom + 0.15f, (float)PlayPath.BowTo - 0.1f, (float)PlayPath.BowTo + 0.15f);
    }

    /// <summary>
    /// Adds play to the pose in <paramref name="r"/> (the gait's or the idle stance's) at time <paramref name="t"/>;
    /// returns the body's vertical offset (m, + up), given the one the gait chose.
    /// </summary>
    public float Pose(double t, float offset, Span<Quaternion> r)
    {
        if (t < _start || t > _end) return offset;
        var s = _s;
        var wag = (float)Math.Sin(2 * Math.PI * WagHz * t);
        Skeleton.Add(r, s.Tail, s.Yaw(0.7f * wag) * s.Pitch(-0.45f));
        var bow = Bow(t - _start);
        if (bow <= 0) return offset;
        var q = s.Pitch(-BowPitch * bow);
        Skeleton.Add(r, s.Body, q);
        // The head comes up to look at the playmate: more than the trunk went down.
        Skeleton.Add(r, s.Neck, s.Pitch(1.3f * BowPitch * bow));
        Skeleton.Add(r, s.Head, s.Pitch(0.5f * BowPitch * bow));
        // Low enough that the hind legs, straight under the raised rump, still reach the ground.
        var standing = -GaitCycle.StandingSink(s);
        var bowed = standing;
        for (var i = 2; i < s.Legs.Length; i++)
        {
            var leg = s.Legs[i];
            bowed = MathF.Min(bowed, 0.97f * leg.MaxReach - (TrunkTilt.Turned(s, leg.Hip, q).Y - s.GroundY));
        }
        var lift = standing + (bowed - standing) * bow;
        var ground = s.GroundY - lift;
        for (var i = 0; i < s.Legs.Length; i++)
        {
            var leg = s.Legs[i];
            var top = TrunkTilt.Turned(s, leg.Hip, q);
            // Forelegs stretched well ahead of the lowered chest; hind legs straight down under the hips.
            var foot = new Vector2(i < 2 ? top.X + 0.7f * leg.Length : leg.Tip.X, ground);
            var stand = leg.Tip + new Vector2(0, -offset);
            r[leg.Thigh] = r[leg.Shin] = Quaternion.Identity; // the bow owns the legs: the stride is put down
            leg.Reach(Vector2.Lerp(stand, TrunkTilt.Rest(s, foot, q), bow), 0, r);
        }
        return offset + (lift - offset) * bow;
    }
}
