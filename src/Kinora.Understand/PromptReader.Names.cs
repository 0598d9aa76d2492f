using Kinora.Understand.Lexicon;
using Kinora.Understand.Lexicon.WordNet;

namespace Kinora.Understand;

/// <summary>
/// A person named by name ("Gwen Stacy reading a book", "John walks his dog"): a person of the sex the given name
/// says, an adult unless the words say otherwise. A following word that is no English word is the surname and is
/// taken with it ("Gwen Stacy"); a known word after the name ("Gwen reads") is left to be read.
/// </summary>
internal sealed partial class PromptReader
{
    private bool TryName(int i, out int length)
    {
        length = 0;
        if (FirstNames.SexOf(Word(i)) is not { } sex) return false;
        length = 1;
        var next = Word(i + 1);
        if (next.Length > 1 && char.IsAsciiLetter(next[0]) && !FunctionWords.All.Contains(next) && !IsEnglishWord(next)) length = 2;
        AddThing(i, length, new NounSense("person"));
        var k = _cast.Count - 1;
        if (_cast[k] is { Kind: "person", Traits.Sex: null } named)
            _cast[k] = named with { Traits = named.Traits with { Sex = sex, Age = named.Traits.Age ?? "adult" } };
        return true;
    }

    private static bool IsEnglishWord(string w)
    {
        var wn = WordNetDatabase.Shared;
        if (wn is null) return true;
        foreach (var pos in new[] { PartOfSpeech.Noun, PartOfSpeech.Verb, PartOfSpeech.Adjective, PartOfSpeech.Adverb })
            foreach (var b in wn.BaseForms(w, pos))
                if (wn.Senses(b, pos).Any(s => !s.IsProper)) return true;
        return false;
    }
}
