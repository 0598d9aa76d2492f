using System.Globalization;

namespace Kinora.Understand.Lexicon;

/// <summary>Counts and quantities in words or digits: "five", "12", "a pair of", "a dozen", "a few".</summary>
public static class NumberWords
{
    private static readonly Dictionary<string, int> Words = new()
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["hundred"] = 100,
        ["dozen"] = 12, ["couple"] = 2, ["pair"] = 2, ["few"] = 3, ["several"] = 4, ["many"] = 8, ["some"] = 3,
        ["single"] = 1, ["lone"] = 1, ["both"] = 2,
    };

    /// <summary>A number or number word; "a"/"an" are not counts here (they mean one only before a noun).</summary>
    public static bool TryParse(string word, out double value)
    {
        if (Words.TryGetValue(word, out var n)) { value = n; return true; }
        return double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && value is >= 0 and < 1e6;
    }
}
