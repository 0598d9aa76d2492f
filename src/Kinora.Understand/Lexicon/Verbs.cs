namespace Kinora.Understand.Lexicon;

/// <summary>Action verbs in any inflection to their base form.</summary>
public static class Verbs
{
    private static readonly Dictionary<string, string> Forms = new();

    static Verbs()
    {
        // base, then irregular forms; regular -s/-ed/-ing are generated.
        string[][] table =
        [
            ["bounce"], ["drop"], ["fall", "fell", "fallen"], ["roll"], ["slide", "slid"], ["topple"], ["tumble"],
            ["land"], ["rest", "sitting", "sits", "sit", "lying", "lies", "lie", "stand", "stands", "standing"],
            ["spin", "spun", "spinning"], ["collide"], ["crash"], ["hit"], ["throw", "threw", "thrown"],
            ["run", "ran", "running"], ["walk"], ["jump"], ["chase"], ["fly", "flew", "flies", "flying"],
            ["swim", "swam", "swimming"], ["drive", "drove", "driving"], ["float"], ["sink", "sank"],
            ["move"], ["travel"], ["fetch"], ["kick"], ["dance"], ["wave"], ["eat", "ate", "eating"],
            // The physical set-ups' verbs (Compose/Scenarios).
            ["swing", "swung"], ["shatter"], ["smash"], ["break", "broke", "broken"], ["pour"], ["spill", "spilt"],
            ["toss"], ["hurl"], ["fling", "flung"], ["knock"], ["collapse"], ["strike", "struck", "striking"], ["bump"],
        ];
        foreach (var forms in table)
        {
            var b = forms[0];
            Forms[b] = b;
            foreach (var f in forms.Skip(1)) Forms[f] = b;
            var stem = b.EndsWith('e') ? b[..^1] : b;
            var doubled = b is "drop" or "hit" or "spin" or "run" or "swim" ? b + b[^1] : stem;
            Forms.TryAdd(b + "s", b);
            Forms.TryAdd(b + "es", b);
            Forms.TryAdd(doubled + "ed", b);
            Forms.TryAdd(stem + "ed", b);
            Forms.TryAdd(doubled + "ing", b);
            Forms.TryAdd(stem + "ing", b);
        }
    }

    public static bool TryBase(string word, out string verb) => Forms.TryGetValue(word, out verb!);

    /// <summary>A "light" verb whose meaning is in its object ("do laundry", "get a haircut", "take a bath").</summary>
    public static bool TryLightVerb(string word, out string verb)
    {
        verb = "";
        var wn = WordNet.WordNetDatabase.Shared;
        if (wn is null) return false;
        foreach (var b in wn.BaseForms(word, WordNet.PartOfSpeech.Verb))
            if (b is "do" or "get" or "have" or "take" or "make" or "give" or "go") { verb = b; return true; }
        return false;
    }

    /// <summary>True when one of the first senses of a noun is an activity (noun.act: "archery", "tai chi",
    /// "rock climbing", "haircut"), so "is archery" or "doing aerobics" names an action.</summary>
    public static bool IsActivityNoun(string noun, int senses = 1)
    {
        var wn = WordNet.WordNetDatabase.Shared;
        if (wn is null) return false;
        foreach (var b in wn.BaseForms(noun, WordNet.PartOfSpeech.Noun))
            return wn.Senses(b, WordNet.PartOfSpeech.Noun).Take(senses).Any(s => s.LexFile == WordNet.LexFiles.NounAct);
        return false;
    }

    /// <summary>The WordNet base form of a noun ("aerobics", "rock_climbing" → "rock climbing").</summary>
    public static string NounLemma(string noun) =>
        (WordNet.WordNetDatabase.Shared?.BaseForms(noun, WordNet.PartOfSpeech.Noun).FirstOrDefault() ?? noun).Replace('_', ' ');

    /// <summary>
    /// Any verb WordNet knows, by morphy over verb.exc and the detachment rules ("swept" → sweep, "skiing" →
    /// ski, "roller skating" → roller skate). Auxiliaries and copulas are not actions and are refused.
    /// </summary>
    public static bool TryWordNet(string word, out string verb) => Memo.TryGet(word, out verb);

    private static readonly WordMemo<string> Memo = new(ResolveWordNet);

    private static bool ResolveWordNet(string word, out string verb)
    {
        verb = "";
        var wn = WordNet.WordNetDatabase.Shared;
        if (wn is null) return false;
        foreach (var b in wn.BaseForms(word, WordNet.PartOfSpeech.Verb))
        {
            if (b is "be" or "have" or "do" or "will" or "can" or "let" or "get" or "seem" or "s" or "'s") return false;
            verb = b.Replace('_', ' ');
            return true;
        }
        return false;
    }
}
