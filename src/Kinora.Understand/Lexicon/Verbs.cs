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
}
