namespace Kinora.Understand.Lexicon;

/// <summary>Time of day, weather and gravity words.</summary>
public static class Conditions
{
    /// <summary>Word → local solar hour.</summary>
    public static readonly IReadOnlyDictionary<string, double> Times = new Dictionary<string, double>
    {
        ["dawn"] = 6.3, ["sunrise"] = 6.5, ["morning"] = 9, ["noon"] = 12, ["midday"] = 12, ["afternoon"] = 15,
        ["sunset"] = 17.6, ["dusk"] = 18.2, ["evening"] = 18.5, ["twilight"] = 18.4, ["night"] = 22, ["midnight"] = 0,
        ["nighttime"] = 22, ["golden"] = 17.3, // "golden hour"
    };

    /// <summary>Season words. The plan has no season yet; the reader reports them as understood.</summary>
    public static readonly IReadOnlySet<string> Seasons = new HashSet<string> { "spring", "summer", "autumn", "winter", "springtime", "summertime", "wintertime" };

    public static readonly IReadOnlyDictionary<string, string> Weather = new Dictionary<string, string>
    {
        ["sunny"] = "clear", ["clear"] = "clear", ["cloudy"] = "overcast", ["overcast"] = "overcast", ["grey"] = "overcast",
        ["foggy"] = "fog", ["fog"] = "fog", ["misty"] = "fog", ["mist"] = "fog", ["rainy"] = "rain", ["rain"] = "rain",
        ["raining"] = "rain", ["storm"] = "storm", ["stormy"] = "storm", ["snowing"] = "snow", ["snowy"] = "snow",
        ["windy"] = "wind", ["downpour"] = "rain", ["drizzle"] = "rain", ["rainstorm"] = "storm", ["thunderstorm"] = "storm",
        ["snowstorm"] = "snow", ["blizzard"] = "snow", ["snowfall"] = "snow", ["haze"] = "fog", ["hazy"] = "fog", ["breeze"] = "wind",
        ["breezy"] = "wind",
    };

    /// <summary>Words that name something drifting through the air in numbers (<c>world.particles</c>), not a cast
    /// member: a petal is too small and too many to stage as an object.</summary>
    public static readonly IReadOnlyDictionary<string, string> ParticleNouns = new Dictionary<string, string>
    {
        ["petals"] = "petals", ["petal"] = "petals", ["blossoms"] = "petals", ["sparks"] = "sparks", ["embers"] = "sparks",
        ["confetti"] = "confetti", ["bubbles"] = "bubbles",
    };

    /// <summary>Words before a particle noun that belong to it: "cherry blossom petals", "soap bubbles".</summary>
    public static readonly IReadOnlySet<string> ParticleModifiers = new HashSet<string>
    {
        "cherry", "blossom", "sakura", "rose", "flower", "pink", "white", "soap", "glowing", "flying", "falling",
        "drifting", "floating", "fiery", "bright", "colorful", "colourful", "tiny", "little",
    };

    /// <summary>"leaves" is also a verb ("she leaves the room"): it means foliage only with one of these before it
    /// or a falling verb after it.</summary>
    public static readonly IReadOnlySet<string> LeafModifiers = new HashSet<string>
    {
        "autumn", "fall", "falling", "fallen", "dry", "dead", "maple", "golden", "red", "orange", "brown", "yellow",
        "drifting", "swirling", "autumnal",
    };

    /// <summary>How particles move, read with them so the verb does not go looking for another subject.</summary>
    public static readonly IReadOnlySet<string> ParticleVerbs = new HashSet<string>
    {
        "drift", "drifts", "drifting", "fall", "falls", "falling", "fly", "flies", "flying", "float", "floats",
        "floating", "swirl", "swirls", "swirling", "blow", "blows", "blowing", "rise", "rises", "rising", "dance",
        "dances", "dancing", "flutter", "flutters", "fluttering", "tumble", "tumbles", "tumbling", "scatter",
        "scatters", "rain", "rains", "raining", "shower", "showers", "pop", "pops",
    };

    /// <summary>The particle phrase starting at token i ("cherry blossom petals drift", "autumn leaves", "sparks
    /// fly"): its kind and how many tokens it covers, modifiers and a motion verb included.</summary>
    public static bool TryParticles(IReadOnlyList<Token> t, int i, out string kind, out int length)
    {
        string W(int k) => k >= 0 && k < t.Count ? t[k].Text : "";
        kind = ""; length = 0;
        var k = i;
        while (ParticleModifiers.Contains(W(k)) || LeafModifiers.Contains(W(k))) k++;
        if (ParticleNouns.TryGetValue(W(k), out var found)) kind = found;
        else if (W(k) == "leaves" && (k > i && LeafModifiers.Contains(W(k - 1)) || ParticleVerbs.Contains(W(k + 1)))) kind = "leaves";
        else if (k > i && W(k - 1) == "blossom") { kind = "petals"; k--; }   // "cherry blossom" with no noun after it
        else return false;
        k++;
        if (ParticleVerbs.Contains(W(k))) k++;
        length = k - i;
        return true;
    }

    /// <summary>Place words that change gravity (m/s²): Moon 1.62, Mars 3.71, space 0.</summary>
    public static readonly IReadOnlyDictionary<string, double> Gravity = new Dictionary<string, double>
    {
        ["moon"] = 1.62, ["lunar"] = 1.62, ["mars"] = 3.71, ["martian"] = 3.71, ["space"] = 0, ["zero-gravity"] = 0,
        ["weightless"] = 0, ["jupiter"] = 24.79,
    };
}
