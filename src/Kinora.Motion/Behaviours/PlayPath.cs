using System.Numerics;
using Kinora.Plan;

namespace Kinora.Motion.Behaviours;

/// <summary>
/// An animal at play ("a corgi playing in the park"): not a walk along a line but bursts of running in loops round
/// the spot where it started — a dash, a tight circle one way, a stop in a play bow facing the viewer, a bound off
/// the other way — over and over, each cycle mirrored from the last so the loops make figures of eight. A path, as
/// the other movers' are; the animator bounds (gallops) while it runs and bows where it stops (Animation.AnimalPlay).
/// </summary>
public static class PlayPath
{
    /// <summary>s: one cycle of dash, loop, bow, bound.</summary>
    public const double Cycle = 3.6;
    /// <summary>m/s: a playful dog's bounding pace.</summary>
    public const double Pace = 2.8;
    /// <summary>s within a cycle the play bow holds (the animal at rest, front down, rump up).</summary>
    public const double BowFrom = 2.3, BowTo = 3.0;

    /// <summary>m from where it started beyond which a dash turns back.</summary>
    public const float Roam = 1.5f;

    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase) { "play", "frolic", "romp", "gambol", "cavort", "scamper" };

    /// <summary>True when an animal's action is play on its own (with no instrument, game piece or partner named).</summary>
    public static bool IsPlay(ActionSpec action) => Verbs.Contains(action.Verb.Trim()) && action.Object is null;

    /// <summary>The pace (× <see cref="Pace"/>) at <paramref name="since"/> seconds into the play: full in the runs,
    /// easing to a stop for the bow and springing out of it.</summary>
    public static float Speed(double since)
    {
        var u = (float)(since % Cycle);
        var stop = Smooth(u, (float)BowFrom - 0.35f, (float)BowFrom) * (1 - Smooth(u, (float)BowTo, (float)BowTo + 0.25f));
        var start = Smooth((float)since, 0, 0.3f); // from standing
        return start * (1 - stop) * (u < 0.7f ? 1.15f : 1f);
    }

    /// <summary>rad/s the heading turns at <paramref name="since"/> seconds (+ to the left seen from above): straight in
    /// the dash, a tight loop, straight into the bow, a wide curve out; every other cycle mirrored.</summary>
    public static float Turn(double since)
    {
        var u = since % Cycle;
        var side = (int)(since / Cycle) % 2 == 0 ? 1f : -1f;
        var rate = u switch
        {
            < 0.7 => 0.3f,
            < 2.1 => 3.2f, // a loop of about 1 m radius at the bounding pace
            < BowTo => 0f,
            _ => -1.8f,
        };
        return side * rate;
    }

    /// <summary>True while the play has the animal turn to face the camera (+Z) for its bow.</summary>
    public static bool FacesViewer(double since) => since % Cycle is >= 2.1 and < BowTo;

    private static float Smooth(float x, float a, float b)
    {
        var t = Math.Clamp((x - a) / (b - a), 0, 1);
        return t * t * (3 - 2 * t);
    }

    /// <summary>The heading after one step of play: turned by the loop's rate, or towards the viewer before a bow.</summary>
    /// <param name="home">Where the play started: a dash away from it heads back, so the loops stay round one spot.</param>
    public static Vector3 Steer(Vector3 heading, Vector3 position, Vector3 home, double since, double dt)
    {
        var ease = (float)(1 - Math.Exp(-dt / 0.2));
        if (FacesViewer(since))
            return Vector3.Normalize(Vector3.Lerp(heading, Vector3.UnitZ, ease) + new Vector3(1e-6f, 0, 0));
        var back = new Vector3(home.X - position.X, 0, home.Z - position.Z);
        if (since % Cycle < 0.7 && back.Length() > Roam)
            return Vector3.Normalize(Vector3.Lerp(heading, Vector3.Normalize(back), ease) + new Vector3(1e-6f, 0, 0));
        var turn = Quaternion.CreateFromAxisAngle(Vector3.UnitY, Turn(since) * (float)dt);
        return Vector3.Normalize(Vector3.Transform(heading, turn));
    }
}
