namespace Kinora.Understand.Lexicon;

/// <summary>
/// Words that carry grammar, not content. WordNet has no entries for them, so this short hand-written list
/// keeps them out of the "not understood" report.
/// </summary>
public static class FunctionWords
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>
    {
        "a", "an", "the", "of", "and", "or", "with", "is", "are", "was", "were", "be", "being", "been", "it", "its",
        "it's", "they", "them", "their", "this", "that", "these", "those", "there", "here", "to", "into", "onto", "on",
        "in", "at", "from", "by", "for", "as", "over", "across", "down", "up", "off", "out", "around", "through",
        "then", "while", "after", "before", "until", "again", "each", "every", "other", "another", "its", "his", "her",
        "very", "just", "also", "some", "which", "who", "where", "when", "shot", "scene", "video", "view", "camera",
        "top", "side", "front", "behind", "under", "below", "above", "beside", "near", "next", "left", "right",
        "between", "inside", "onto", "upon", "against", "along", "toward", "towards", "times", "time", "per",
        "height", "speed", "meters", "metres", "meter", "metre", "m", "seconds", "second", "s", "sec", "secs",
        "feet", "foot", "ft", "cm", "centimeters", "km", "h", "kmh", "mph", "motion", "slow", "of", ",", ".", "!", "?",
        ";", ":", "-", "(", ")", "'", "&", "lapse", "hour", "light", "dark", "bright", "pale", "pastel", "deep", "vivid",
        "lit", "sun", "under", "beneath", "beautiful", "nice", "cute", "realistic", "high", "quality", "style",
        "4k", "hd", "8k", "detailed", "footage", "clip", "day", "daytime", "outside", "outdoors", "indoors", "inside",
        "higher", "lower", "past", "away", "back", "around", "during", "without", "like", "than", "so", "too", "not", "repeatedly", "continuously", "several", "many", "few", "couple", "pair", "dozen",
    };
}
