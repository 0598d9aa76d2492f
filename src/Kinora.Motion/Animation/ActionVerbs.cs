namespace Kinora.Motion.Animation;

/// <summary>
/// Which generator plays an action verb (the planner's base forms, with the object's kind where it matters:
/// "play" a flute is a wind instrument, "shoot" a ball is a throw, "shoot" with nothing is a kick). Verbs not here
/// get none: the body stands idle (or walks, if the verb moves it). Chosen to cover the VBench human-action
/// prompts: most of their verbs are hands working in front of the body.
/// </summary>
public static class ActionVerbs
{
    private static readonly Dictionary<string, Act> ByVerb = new(StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> StringInstruments = new(StringComparer.OrdinalIgnoreCase)
        { "guitar", "violin", "cello", "ukulele", "banjo", "bass", "lute", "mandolin" };
    private static readonly HashSet<string> WindInstruments = new(StringComparer.OrdinalIgnoreCase)
        { "flute", "trumpet", "clarinet", "saxophone", "sax", "horn", "trombone", "oboe", "recorder", "harmonica", "tuba" };
    private static readonly HashSet<string> KeyInstruments = new(StringComparer.OrdinalIgnoreCase)
        { "piano", "keyboard", "harp", "organ", "accordion", "harpsichord", "xylophone" };
    private static readonly HashSet<string> Drums = new(StringComparer.OrdinalIgnoreCase) { "drum", "drums", "drum kit", "bongo", "tambourine" };
    private static readonly HashSet<string> Balls = new(StringComparer.OrdinalIgnoreCase) { "sports ball", "ball", "frisbee", "basketball" };

    /// <summary>Verbs of riding or steering something that carries the body (it sits or stands still on it, it
    /// does not walk, whatever its speed).</summary>
    private static readonly HashSet<string> Rides = new(StringComparer.OrdinalIgnoreCase)
        { "ride", "drive", "cycle", "bike", "motorcycle", "sail", "skate", "roller skate", "ice skate", "skateboard", "ski", "surf", "skydive" };

    /// <summary>True when the verb carries the actor on something (no gait even when it moves).</summary>
    public static bool IsRide(string verb) => Rides.Contains(verb.Trim());

    static ActionVerbs()
    {
        void Map(Act act, params string[] verbs) { foreach (var v in verbs) ByVerb[v] = act; }
        Map(new(ActionKind.Wave), "wave", "greet", "hail", "salute", "beckon");
        Map(new(ActionKind.Wave, Act.Variants.BothHands), "cheer", "cheerlead", "celebrate");
        Map(new(ActionKind.Point), "point", "indicate", "direct", "gesture", "show");
        Map(new(ActionKind.Point, Act.Variants.Offer), "give", "receive", "offer", "hand", "present", "shake hands", "pay", "feed");
        Map(new(ActionKind.Point, Act.Variants.Catch), "catch");
        Map(new(ActionKind.Point, Act.Variants.Hug), "hug", "embrace", "cuddle", "kiss");
        Map(new(ActionKind.Clap), "clap", "applaud", "snap", "finger");
        Map(new(ActionKind.HandWork), "draw", "write", "knit", "sew", "cut", "chop", "slice", "peel", "shuffle", "count", "fold", "iron",
            "wash", "clean", "wipe", "scrub", "sharpen", "type", "use", "cook", "bake", "stir", "mix", "paint", "sculpt", "make", "build",
            "fix", "repair", "arrange", "bandage", "pet", "stroke", "groom", "massage", "shine", "polish", "milk", "barbeque", "grill",
            "knead", "pour", "open", "tie", "read", "study", "work", "craft", "weave", "assemble", "do laundry");
        Map(new(ActionKind.HandWork, Act.Variants.Face), "eat", "taste", "drink", "sip", "smoke", "brush", "shave", "trim", "fill",
            "apply", "comb", "bite", "lick", "blow");
        Map(new(ActionKind.HandWork, Act.Variants.Low, 0.6f), "sweep", "mop", "rake", "vacuum", "shovel");
        Map(new(ActionKind.Instrument, Act.Variants.Strings), "strum", "pluck", "fiddle");
        Map(new(ActionKind.Instrument, Act.Variants.Drums), "drum", "air", "tap", "beat");
        Map(new(ActionKind.Throw), "throw", "toss", "hurl", "fling", "pitch", "shoot", "dunk", "serve", "launch", "lob", "cast");
        Map(new(ActionKind.Throw, Act.Variants.Underarm), "bowl", "roll");
        Map(new(ActionKind.Kick), "kick", "punt");
        Map(new(ActionKind.Jump), "jump", "hop", "leap", "skip", "bounce", "bungee", "vault", "spring");
        Map(new(ActionKind.Dance), "dance", "boogie", "groove", "aerobics", "do aerobics", "hula", "twirl", "party", "wrestle", "fight", "box", "spar");
        Map(new(ActionKind.Dance, 0, 0.3f), "tai chi", "sway");
        Map(new(ActionKind.Reach), "pick", "pick up", "lift up", "take up", "scoop up", "reach", "lift", "grab", "gather", "collect", "harvest", "dig", "plant", "pull", "weed",
            "garden", "fetch", "carry", "load", "unload");
        Map(new(ActionKind.Stretch), "stretch", "yoga", "warm");
        Map(new(ActionKind.Stretch, Act.Variants.Back), "bend", "arch");
        Map(new(ActionKind.Stretch, Act.Variants.Fold), "touch", "bow");
        Map(new(ActionKind.Squat), "squat", "crouch", "kneel", "push up", "lunge", "exercise", "train", "work out", "crawl");
        Map(new(ActionKind.Point, Act.Variants.Catch), "push", "steer", "fly"); // a person "flies" a kite: arms up, holding on
        Map(new(ActionKind.Point), "archery", "aim", "shoot arrow");
        Map(new(ActionKind.HandWork, Act.Variants.Low, 0.8f), "canoe", "kayak", "row", "paddle");
        Map(new(ActionKind.HandWork, Act.Variants.Chest, 0.3f), Rides.ToArray());
        Map(new(ActionKind.Wave, Act.Variants.BothHands), "climb", "rock climbing");
        Map(new(ActionKind.HandWork, Act.Variants.Face, 0.7f), "take shower", "bathe", "shampoo");
        Map(new(ActionKind.Sit), "sit", "rest", "perch", "relax", "wait");
        // Astride a mount the seated pose sits the hips on the saddle (Locomotion lifts the rider onto it); with
        // nothing under the body (or a board's low deck) it stands.
        Map(new(ActionKind.Sit), "ride", "cycle", "bike");
        Map(new(ActionKind.HeadShake), "shake");
        Map(new(ActionKind.HeadShake, Act.Variants.Yes), "nod", "agree");
    }

    /// <summary>The generator for a verb, given the kind of its object (null when it has none).</summary>
    public static Act For(string verb, string? objectKind)
    {
        var v = verb.Trim().ToLowerInvariant();
        if (v is "play" or "practice" or "perform")
        {
            if (objectKind is null) return new(ActionKind.Dance, 0, 0.8f); // "children play": a lively bounce
            if (StringInstruments.Contains(objectKind)) return new(ActionKind.Instrument, Act.Variants.Strings);
            if (WindInstruments.Contains(objectKind)) return new(ActionKind.Instrument, Act.Variants.Wind);
            if (KeyInstruments.Contains(objectKind)) return new(ActionKind.Instrument, Act.Variants.Keys);
            if (Drums.Contains(objectKind)) return new(ActionKind.Instrument, Act.Variants.Drums);
            if (Balls.Contains(objectKind)) return new(ActionKind.Throw);
            return new(ActionKind.HandWork); // chess, cards, a controller
        }
        if (v == "shoot" && (objectKind is null || !Balls.Contains(objectKind))) return new(ActionKind.Kick); // "shooting goal"
        if (v == "stretch" && objectKind is "leg" or "legs" or "foot" or "toe" or "hamstring") return new(ActionKind.Stretch, Act.Variants.Fold);
        if (v == "shake" && objectKind is not null && objectKind != "head") return new(ActionKind.HandWork, Act.Variants.Chest, 2.5f);
        return ByVerb.TryGetValue(v, out var act) ? act : default;
    }
}
