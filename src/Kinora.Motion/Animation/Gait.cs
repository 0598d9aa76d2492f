namespace Kinora.Motion.Animation;

/// <summary>
/// How legs cycle in one gait. One cycle (a stride) is every leg stepping once; the body covers
/// <see cref="StrideLegs"/> × its leg length in it, so the gait's phase is distance travelled ÷ stride and a planted
/// foot moves back under the body exactly as fast as the body moves on: no skating, whatever the speed.
/// <see cref="Offsets"/> are where in the cycle each leg lands, in <see cref="Skeleton.Legs"/> order (people: left,
/// right; animals: FL, FR, BL, BR); a leg is planted for the first <see cref="Stance"/> of its own cycle.
/// Figures after the usual biomechanics (Alexander, "Principles of Animal Locomotion", 2003): walking duty factor
/// ~0.6, running under 0.4; quadruped walk is a lateral sequence (BL, FL, BR, FR), the trot moves diagonal pairs
/// together, the rotary gallop goes round the body (BL, BR, FR, FL).
/// </summary>
/// <param name="LiftLegs">Swing foot clearance, × leg length.</param>
/// <param name="ArmSwing">People's upper-arm swing amplitude, radians; <see cref="Elbow"/> the elbows' bend.</param>
/// <param name="Lean">Forward lean of the trunk, radians.</param>
/// <param name="Bounce">Extra knee flex at mid-stance (× leg length), the spring of a run.</param>
public sealed record Gait(string Name, float StrideLegs, float Stance, float LiftLegs, float[] Offsets,
    float ArmSwing = 0, float Elbow = 0, float Lean = 0, float Bounce = 0, float HeadBob = 0)
{
    public static readonly Gait Walk = new("walk", 1.45f, 0.6f, 0.1f, [0, 0.5f], ArmSwing: 0.4f, Elbow: 0.25f, Lean: 0.03f);
    public static readonly Gait March = new("march", 1.35f, 0.6f, 0.28f, [0, 0.5f], ArmSwing: 0.65f, Elbow: 0.1f, Lean: 0);
    public static readonly Gait Jog = new("jog", 2.0f, 0.42f, 0.18f, [0, 0.5f], ArmSwing: 0.45f, Elbow: 1.2f, Lean: 0.08f, Bounce: 0.03f);
    public static readonly Gait Run = new("run", 2.6f, 0.36f, 0.3f, [0, 0.5f], ArmSwing: 0.7f, Elbow: 1.4f, Lean: 0.15f, Bounce: 0.05f);
    public static readonly Gait Sprint = new("sprint", 3.0f, 0.3f, 0.4f, [0, 0.5f], ArmSwing: 0.9f, Elbow: 1.5f, Lean: 0.22f, Bounce: 0.05f);

    public static readonly Gait QuadWalk = new("walk", 1.5f, 0.65f, 0.12f, [0.25f, 0.75f, 0, 0.5f], HeadBob: 0.06f);
    public static readonly Gait Trot = new("trot", 2.2f, 0.45f, 0.18f, [0, 0.5f, 0.5f, 0], HeadBob: 0.04f, Bounce: 0.02f);
    public static readonly Gait Gallop = new("gallop", 3.2f, 0.3f, 0.2f, [0.55f, 0.45f, 0, 0.1f], HeadBob: 0.12f, Bounce: 0.03f);

    /// <summary>A person's gait for a locomotion verb at a pace (m/s); null when the verb is not a gait.</summary>
    public static Gait? ForPerson(string verb, double pace) => verb.ToLowerInvariant() switch
    {
        "march" => March,
        "jog" => Jog,
        "sprint" or "race" or "dash" => Sprint,
        "run" or "chase" or "fetch" or "hurry" or "rush" or "flee" => pace < 2 ? Walk : pace < 3.2 ? Jog : Run,
        "walk" or "stroll" or "wander" or "roam" or "approach" or "follow" or "move" or "travel" or "cross" or "go"
            or "pace" or "hike" or "stride" => pace < 2.2 ? Walk : pace < 3.2 ? Jog : Run,
        _ => null,
    };

    /// <summary>A four-legged animal's gait: by verb where it names one, else by speed (walk under 2 m/s, trot under
    /// 3.5, then gallop).</summary>
    public static Gait? ForQuadruped(string verb, double pace)
    {
        var v = verb.ToLowerInvariant();
        if (v is "trot" or "jog") return Trot;
        if (v is "gallop" or "canter" or "sprint" or "race" or "charge") return Gallop;
        if (v is "play" or "frolic" or "romp" or "gambol" or "cavort" or "scamper") return Gallop; // play is bounding
        if (v is "walk" or "stroll" or "wander" or "roam" or "graze" or "approach" or "follow" or "move" or "travel" or "run"
            or "chase" or "fetch" or "hurry" or "flee" or "cross" or "go" or "hop")
            return pace < 2 ? QuadWalk : pace < 3.5 ? Trot : Gallop;
        return null;
    }
}
