using Kinora.Understand.Lexicon.WordNet;

namespace Kinora.Understand.Lexicon;

/// <summary>What a word for a person says about their sex and age: "woman" female adult, "boy" male child.</summary>
public readonly record struct PersonTraits(string? Sex, string? Age)
{
    /// <summary>The stem of the cast id ("man", "girl", "old_woman"): the sound stage casts voices by the
    /// speaker's id, so two characters named by different words never share a voice.</summary>
    public string IdStem => (Sex, Age) switch
    {
        ("male", "child") => "boy",
        ("female", "child") => "girl",
        (null, "child") => "child",
        ("male", "old") => "old_man",
        ("female", "old") => "old_woman",
        ("male", _) => "man",
        ("female", _) => "woman",
        _ => "person",
    };
}

/// <summary>
/// Sex and age from the words naming a person. The everyday words are a hand table (WordNet files "girl" under
/// young woman and "grandpa" under nothing old); any other person noun is read from its WordNet hypernyms (male
/// person, female person, juvenile, child, old person), so "policeman", "waitress" and "queen" need no entry.
/// "old", "elderly", "little", "teenage" before the noun adjust the age.
/// </summary>
public static class PersonWords
{
    private static readonly Dictionary<string, PersonTraits> Hand = new(StringComparer.Ordinal)
    {
        ["man"] = new("male", "adult"), ["men"] = new("male", "adult"), ["guy"] = new("male", "adult"),
        ["gentleman"] = new("male", "adult"), ["gentlemen"] = new("male", "adult"), ["husband"] = new("male", "adult"),
        ["father"] = new("male", "adult"), ["dad"] = new("male", "adult"), ["businessman"] = new("male", "adult"),
        ["woman"] = new("female", "adult"), ["women"] = new("female", "adult"), ["lady"] = new("female", "adult"),
        ["ladies"] = new("female", "adult"), ["wife"] = new("female", "adult"), ["mother"] = new("female", "adult"),
        ["mom"] = new("female", "adult"), ["mum"] = new("female", "adult"), ["businesswoman"] = new("female", "adult"),
        ["boy"] = new("male", "child"), ["boys"] = new("male", "child"), ["son"] = new("male", null),
        ["girl"] = new("female", "child"), ["girls"] = new("female", "child"), ["daughter"] = new("female", null),
        ["child"] = new(null, "child"), ["children"] = new(null, "child"), ["kid"] = new(null, "child"),
        ["kids"] = new(null, "child"), ["toddler"] = new(null, "child"), ["baby"] = new(null, "child"),
        ["grandfather"] = new("male", "old"), ["grandpa"] = new("male", "old"), ["grandmother"] = new("female", "old"),
        ["grandma"] = new("female", "old"), ["granny"] = new("female", "old"),
        // The pronouns, when they are the first word for a person ("she leaves the room").
        ["she"] = new("female", "adult"), ["he"] = new("male", "adult"),
    };

    private static readonly HashSet<string> OldWords = ["old", "elderly", "aged", "senior", "retired", "grey-haired", "gray-haired"];

    // WordNet 3.0 synsets (offsets into data.noun): male_person, female_person, juvenile, child (youngster), oldster.
    private const long Male = 09624168, Female = 09619168, Juvenile = 09622049, Child = 09917593, Old = 10376523;

    /// <summary>Sex and age for the noun at the end of a phrase; <paramref name="before"/> are the words before it.</summary>
    public static PersonTraits Of(string noun, IReadOnlyList<string> before)
    {
        var traits = Hand.TryGetValue(noun, out var hand) ? hand : FromEnding(noun) ?? FromWordNet(noun);
        foreach (var w in before)
        {
            if (OldWords.Contains(w)) traits = traits with { Age = "old" };
            else if (w == "little" && traits.Age != "old") traits = traits with { Age = "child" };
            else if (w is "teenage" or "teen") traits = traits with { Age = "adult" };
        }
        return traits;
    }

    /// <summary>WordNet files most role words under their role alone (a policeman is a lawman, a waitress a
    /// waiter), but English marks sex in the ending: "-woman", "-man", "-ess".</summary>
    private static PersonTraits? FromEnding(string noun)
    {
        if (noun.EndsWith("woman", StringComparison.Ordinal) || noun.EndsWith("women", StringComparison.Ordinal)) return new("female", "adult");
        if ((noun.EndsWith("man", StringComparison.Ordinal) || noun.EndsWith("men", StringComparison.Ordinal)) && noun is not ("human" or "humans" or "shaman"))
            return new("male", "adult");
        if (noun.EndsWith("ess", StringComparison.Ordinal) || noun.EndsWith("esses", StringComparison.Ordinal)) return new("female", null);
        return null;
    }

    private static PersonTraits FromWordNet(string noun)
    {
        var wn = WordNetDatabase.Shared;
        if (wn is null) return default;
        foreach (var lemma in wn.BaseForms(noun, PartOfSpeech.Noun))
        {
            var first = wn.Senses(lemma, PartOfSpeech.Noun).FirstOrDefault(s => !s.IsProper);
            if (first is null) continue;
            string? sex = null, age = null;
            foreach (var (a, _) in wn.Ancestors(first).Prepend((first, 0)))
            {
                if (a.Offset == Male) sex ??= "male";
                else if (a.Offset == Female) sex ??= "female";
                else if (a.Offset is Juvenile or Child) age ??= "child";
                else if (a.Offset == Old) age ??= "old";
            }
            return new PersonTraits(sex, age);
        }
        return default;
    }
}
