using Kinora.Understand.Embeddings;
using Kinora.Understand.Lexicon;
using Kinora.Understand.Lexicon.WordNet;

namespace Kinora.Understand;

/// <summary>
/// The last resort for a noun: a word WordNet does not have at all ("labradoodle", "macbook"), in a noun's place,
/// whose ending names nothing known, goes to the optional embedder (<see cref="IConceptEmbedder"/>) and becomes
/// the COCO class nearest in meaning, when one is near enough (<see cref="NearestKind"/>). Only such words reach
/// it, so a prompt of known words never waits for the model.
/// </summary>
internal sealed partial class PromptReader
{
    private bool TryByMeaning(int i)
    {
        var w = Word(i);
        if (_embedder is null || !NounContext(i) || w.Length < 4 || !w.All(char.IsLetter) || WordNetKnows(w)) return false;
        if (!NearestKind.TryFind(_embedder, w, out var near)) return false;
        AddThing(i, 1, new NounSense(near.Kind), new ConceptSense(near.Kind, KindMatch.StandIn, w,
            $"its meaning ({_embedder.Name} similarity {near.Similarity:0.00} to '{near.Anchor}')"));
        return true;
    }

    /// <summary>True when WordNet has the word in any part of speech; without WordNet nothing is known.</summary>
    private static bool WordNetKnows(string w)
    {
        var wn = WordNetDatabase.Shared;
        return wn is not null && (wn.BaseForms(w, PartOfSpeech.Noun).Any() || wn.BaseForms(w, PartOfSpeech.Verb).Any()
                                  || wn.Contains(w, PartOfSpeech.Adjective) || wn.Contains(w, PartOfSpeech.Adverb));
    }
}
