namespace Kinora.Understand.Lexicon;

/// <summary>
/// Where an activity happens when the prompt names no place: a shower is taken in a shower, a bath in a bathroom,
/// cooking is done in a kitchen. Without it "a woman taking a shower" stood on the bare studio floor.
/// </summary>
public static class ActivityPlaces
{
    private static readonly Dictionary<string, (string Setting, string Ground)> ByVerb = new()
    {
        ["take shower"] = ("shower", "tile"), ["shower"] = ("shower", "tile"),
        ["take bath"] = ("bathroom", "tile"), ["bathe"] = ("bathroom", "tile"),
        ["cook"] = ("kitchen", "tile"), ["bake"] = ("kitchen", "tile"), ["fry"] = ("kitchen", "tile"),
    };

    /// <summary>The indoor place the first of <paramref name="verbs"/> that names one implies, or null.</summary>
    public static (string Setting, string Ground)? For(IEnumerable<string> verbs)
    {
        foreach (var verb in verbs)
            if (ByVerb.TryGetValue(verb, out var place)) return place;
        return null;
    }
}
