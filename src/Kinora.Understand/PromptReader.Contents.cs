using Kinora.Understand.Lexicon;
using Kinora.Understand.Lexicon.WordNet;

namespace Kinora.Understand;

/// <summary>
/// "a glass of water", "a cup of coffee", "a bowl of soup": what follows "of" right after a thing is what the
/// thing holds, not a thing or a place of its own (without this, "water" made the scene a lake). Contents are
/// substances and foods by WordNet's first sense; countable things stay things ("a bowl of apples").
/// </summary>
internal sealed partial class PromptReader
{
    private bool TryContents(int i, out int length)
    {
        length = 0;
        if (Word(i) != "of" || i != _afterThing || _cast.Count == 0) return false;
        var stuff = Word(i + 1);
        if (stuff.Length < 3 || !stuff.All(char.IsLetter) || Nouns.TryMatch(_t, i + 1, out _, out _) || Word(i + 2) is "of") return false;
        var wn = WordNetDatabase.Shared;
        if (wn is null) return false;
        var first = wn.BaseForms(stuff, PartOfSpeech.Noun).Select(b => wn.Senses(b, PartOfSpeech.Noun).FirstOrDefault(s => !s.IsProper)).FirstOrDefault(s => s is not null);
        if (first is null || first.LexFile is not (LexFiles.NounSubstance or LexFiles.NounFood)) return false;
        length = 2;
        Note(i, 2, "attribute", $"contents: {stuff} ({_cast[^1].Id}; not drawn yet)");
        return true;
    }
}
