namespace Kinora.Understand.Lexicon;

/// <summary>
/// The last resort for a noun neither the hand table nor WordNet knows: English compounds put their head last
/// ("firetruck" is a truck, "robodog" a dog, "megaball" a ball), so the longest known noun the word ends with names
/// its kind. Only endings of at least <see cref="MinHead"/> letters after a prefix of at least two count, so
/// "zorblaxian" stays unknown rather than becoming whatever "ian" might be.
/// </summary>
public static class NounHeads
{
    public const int MinHead = 3;
    /// <summary>A WordNet head must be longer than a hand-table one: short WordNet nouns are mostly abbreviations.</summary>
    private const int MinWordNetHead = 4;

    public static bool TryResolve(string word, out NounSense sense, out string head)
    {
        for (var k = 2; k <= word.Length - MinHead; k++)
        {
            head = word[k..];
            if (!head.All(char.IsLetter)) continue;
            if (Nouns.TryWord(head, out sense)) return true;
            if (head.Length >= MinWordNetHead && Concepts.TryResolve(head, out var concept) && concept.Match != KindMatch.Own)
            {
                sense = new NounSense(concept.Kind);
                return true;
            }
        }
        sense = null!;
        head = "";
        return false;
    }
}
