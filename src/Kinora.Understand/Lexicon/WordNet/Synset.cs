namespace Kinora.Understand.Lexicon.WordNet;

/// <summary>Part of speech as WordNet files name it: n, v, a (with satellites s), r.</summary>
public enum PartOfSpeech { Noun, Verb, Adjective, Adverb }

/// <summary>
/// One WordNet synset: its byte offset in data.* (its identity), lexicographer file (noun.animal = 5,
/// noun.artifact = 6…, see lexnames(5WN)), words, hypernyms (including instance hypernyms, so "Paris" walks to
/// city) and gloss.
/// </summary>
public sealed record Synset(long Offset, PartOfSpeech Pos, int LexFile, IReadOnlyList<string> Words, IReadOnlyList<long> Hypernyms, string Gloss)
{
    /// <summary>A proper noun's synset ("Salmon" the river, "Marsh" the painter): its first word is capitalized in data.*.</summary>
    public bool IsProper { get; init; }

    /// <summary>The first word of the synset, spaces for underscores: "motor vehicle".</summary>
    public string Head => Words[0].Replace('_', ' ');
    public override string ToString() => $"{Words[0]}.{Pos.ToString()[0]}.{Offset:D8}";
}

/// <summary>Lexicographer file numbers used by the planner (wndb(5WN), lexnames(5WN)).</summary>
public static class LexFiles
{
    public const int NounTops = 3, NounAct = 4, NounAnimal = 5, NounArtifact = 6, NounAttribute = 7, NounBody = 8,
        NounCognition = 9, NounCommunication = 10, NounEvent = 11, NounFeeling = 12, NounFood = 13, NounGroup = 14,
        NounLocation = 15, NounMotive = 16, NounObject = 17, NounPerson = 18, NounPhenomenon = 19, NounPlant = 20,
        NounPossession = 21, NounProcess = 22, NounQuantity = 23, NounRelation = 24, NounShape = 25, NounState = 26,
        NounSubstance = 27, NounTime = 28;

    public const int VerbBody = 29, VerbChange = 30, VerbCognition = 31, VerbCommunication = 32, VerbCompetition = 33,
        VerbConsumption = 34, VerbContact = 35, VerbCreation = 36, VerbEmotion = 37, VerbMotion = 38, VerbPerception = 39,
        VerbPossession = 40, VerbSocial = 41, VerbStative = 42, VerbWeather = 43;

    /// <summary>Noun files whose synsets are things one can see and place in a scene.</summary>
    public static bool IsTangible(int lexFile) =>
        lexFile is NounAnimal or NounArtifact or NounFood or NounObject or NounPerson or NounPlant or NounBody;
}
