using Kinora.Compose;
using Kinora.Understand.Lexicon;
using Kinora.Understand.Lexicon.WordNet;

namespace Kinora.Understand;

/// <summary>
/// The reader's WordNet side: whether an unknown word is a verb or a noun by its neighbours, and what a noun
/// becomes (a COCO kind through hypernyms, a setting, an activity, clothing, or a kind of its own).
/// </summary>
internal sealed partial class PromptReader
{
    private static readonly HashSet<string> Determiners =
    [
        "a", "an", "the", "this", "that", "these", "those", "his", "her", "their", "its", "my", "your", "our", "some",
        "each", "every", "of", "another", "no", "any",
    ];
    private static readonly HashSet<string> Auxiliaries =
    [
        "is", "are", "was", "were", "be", "been", "being", "'s", "keeps", "keep", "starts", "start", "begins", "begin",
        "will", "can", "to", "who", "which", "that", "then", "while", "slowly", "quickly", "gently",
    ];

    /// <summary>True when the word at i reads as a noun by its neighbours: after a determiner, a count or a
    /// pending modifier, a preposition, or right after a verb (its object).</summary>
    private bool NounContext(int i) =>
        Determiners.Contains(Word(i - 1)) || _count is not null || _color is not null || _material is not null
        || _sizeFactor is not null || _relation is not null || i == _afterVerb || Word(i - 1) is "in" or "at" or "on" or "near" or "by" or "from" or "with";

    /// <summary>True when the word at i reads as a verb: after an auxiliary or right after its subject.</summary>
    private bool VerbContext(int i) =>
        StrongVerbContext(i)
        || Auxiliaries.Contains(Word(i - 1)) && Word(i - 1) is not ("that" or "to" or "and") && !Determiners.Contains(Word(i - 1))
        || Word(i - 1) is "to" && _subjects.Count > 0;

    /// <summary>True when the noun at i is the direct object of the verb just read ("brushing teeth",
    /// "catching a fish"): it is a thing acted on, not the place the scene is in.</summary>
    private bool IsDirectObject(int i)
    {
        var k = i - 1;
        while (k >= 0 && (Determiners.Contains(Word(k)) || NumberWords.TryParse(Word(k), out _) || ColorNames.TryGetLinear(Word(k), out _)
                          || Adjectives.Sizes.ContainsKey(Word(k)) || k == _unused)) k--;
        return _afterVerb > 0 && k + 1 == _afterVerb;
    }

    /// <summary>True when the word at j names a place ("jewelry shop", "bamboo forest"): the noun before it is
    /// part of the place's name rather than a thing in the scene.</summary>
    private bool IsPlaceAt(int j)
    {
        var w = Word(j);
        if (Places.Settings.ContainsKey(w)) return true;
        if (w.Length < 3 || !w.All(char.IsLetter) || Nouns.TryMatch(_t, j, out _, out _) || Verbs.TryBase(w, out _)) return false;
        // "a cheetah chases": a word the corpus uses more as a verb is the verb, not a place.
        var wn = WordNetDatabase.Shared;
        if (wn is not null && wn.BaseForms(w, PartOfSpeech.Verb).Select(b => wn.TaggedSenses(b, PartOfSpeech.Verb)).DefaultIfEmpty(0).Max()
            > wn.BaseForms(w, PartOfSpeech.Noun).Select(b => wn.TaggedSenses(b, PartOfSpeech.Noun)).DefaultIfEmpty(0).Max()) return false;
        return Scenes.TryResolve(w, out _) && !(Concepts.TryResolve(w, out var c) && c.Match != KindMatch.Own);
    }

    /// <summary>
    /// True when the word at i reads as a verb even if it could be a noun ("a man plants a flag", "dogs play"):
    /// after an auxiliary or "then", after "and" that follows a verb, or right after its subject when it is
    /// inflected like a verb or the subject is plural. "a dog toy" stays a noun.
    /// </summary>
    private bool StrongVerbContext(int i)
    {
        var w = Word(i);
        var prev = Word(i - 1);
        if (NounContext(i) || _cast.Count == 0) return false;
        if (prev is "is" or "are" or "was" or "were" or "be" or "been" or "being" or "'s" or "then" or "to" or "who" or "which"
            or "will" or "can" or "also" or "later" or "finally" or "afterwards") return true;
        if (prev == "and" && _afterVerb == i - 1) return true;
        if (i != _afterThing) return false;
        var wn = WordNetDatabase.Shared;
        if (w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal) || wn?.IsIrregularForm(w, PartOfSpeech.Verb) == true)
            return true;
        // "a dog runs", "kittens play" but "palm trees", "a motorcycle helmet": a bare or -s form right after a
        // noun is a verb only when WordNet's corpus counts use it as a verb at least as often as a noun.
        var plural = _cast[^1].Count > 1 || _subjects.Count > 1;
        var sForm = w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal);
        if (!plural && !sForm) return false;
        if (wn is null) return true;
        var verbScore = wn.BaseForms(w, PartOfSpeech.Verb).Select(b => wn.TaggedSenses(b, PartOfSpeech.Verb)).DefaultIfEmpty(0).Max();
        var nounScore = wn.BaseForms(w, PartOfSpeech.Noun).Select(b => wn.TaggedSenses(b, PartOfSpeech.Noun)).DefaultIfEmpty(0).Max();
        // "a dog barks": after "a" and a singular noun a plural noun cannot follow ("a palm trees"), so an -s form
        // WordNet knows as a verb is one, whatever the corpus counts ("bark" is more often a tree's).
        if (sForm && _lastThingIndefiniteSingle && verbScore > 0) return true;
        return verbScore > 0 && verbScore >= nounScore;
    }

    /// <summary>True when a place preposition governs the word at i ("in a busy city square", "at the old harbour").</summary>
    private bool AfterPlacePreposition(int i)
    {
        for (var k = i - 1; k >= Math.Max(0, i - 4); k--)
        {
            var w = Word(k);
            if (w is "in" or "at" or "inside" or "within" or "across" or "through" or "along" or "into" or "atop") return true;
            if (w == "of" && Word(k - 1) is "atop" or "top") return true;   // "atop of the tower", "on top of the hill"
            if (!(Determiners.Contains(w) || k == _unused || ColorNames.TryGetLinear(w, out _) || Adjectives.Sizes.ContainsKey(w)
                  || Places.Settings.ContainsKey(w))) return false;
        }
        return false;
    }

    /// <summary>A word no hand table knows, through WordNet: a verb or a noun by its context, a noun by its
    /// hypernyms to a kind (exact or stand-in), to a setting, or to a kind of its own.</summary>
    private int TryWordNetWord(int i)
    {
        var w = Word(i);
        var nounFirst = !StrongVerbContext(i) && (NounContext(i) || !(VerbContext(i) || (w.EndsWith("ing", StringComparison.Ordinal) && _cast.Count > 0)));
        if (!nounFirst && Verbs.TryLightVerb(w, out var light))
        {
            // "doing laundry", "getting a haircut", "taking a bath": the object names the activity.
            var j = i + 1;
            while (Word(j) is "a" or "an" or "the" or "some" or "his" or "her" or "their") j++;
            var obj = Word(j);
            if (obj.Length > 0 && obj.All(char.IsLetter) && WordNetDatabase.Shared?.Contains(Verbs.NounLemma(obj), PartOfSpeech.Noun) == true
                && !Nouns.TryMatch(_t, j, out _, out _) && (light == "do" || Verbs.IsActivityNoun(obj, 2)))
            {
                AddAction(i, $"{light} {Verbs.NounLemma(obj)}", j - i + 1);
                return j - i + 1;
            }
        }
        var isVerb = Verbs.TryWordNet(w, out var verb);
        if (isVerb && TryPassiveGet(i, verb)) return 1;
        if (isVerb && !nounFirst) { AddAction(i, verb); return 1; }
        if (TryWordNetNoun(i, 1, w)) return 1;
        if (isVerb && (_subjects.Count > 0 || _cast.Count > 0) && !NounContext(i)) { AddAction(i, verb); return 1; }
        return 0;
    }

    /// <summary>A several-word name WordNet knows only as a proper noun: a landmark or a place's name.</summary>
    private static bool ProperName(string lemma) =>
        WordNetDatabase.Shared is { } wn && wn.Senses(lemma, PartOfSpeech.Noun) is { Count: > 0 } senses && senses.All(s => s.IsProper);

    /// <summary>Two- or three-word WordNet lemmas ("amusement park", "roller skating", "gas station").</summary>
    private bool TryWordNetCompound(int i, out int length)
    {
        for (length = 3; length >= 2; length--)
        {
            if (i + length > _t.Count) continue;
            if (Enumerable.Range(i, length).Any(k => _t[k].Quoted || !_t[k].Text.All(c => char.IsLetter(c) || c == '-'))) continue;
            var lemma = string.Join('_', Enumerable.Range(i, length).Select(k => _t[k].Text));
            if (Enumerable.Range(i, length - 1).Any(k => FunctionWords.All.Contains(_t[k].Text)))
            {
                // A proper name may hold a grammar word ("Times Square", "Statue of Liberty"): it is one name.
                if (ProperName(lemma) && TryWordNetNoun(i, length, lemma)) return true;
                continue;
            }
            if (FunctionWords.All.Contains(_t[i + length - 1].Text))
            {
                // Phrasal verbs ("wakes up", "gets off", "falls over") for verbs the hand table does not own.
                if (length == 2 && StrongVerbContext(i) && !Verbs.TryBase(_t[i].Text, out _) && Verbs.TryWordNet(lemma, out var phrasal) && phrasal.Contains(' '))
                {
                    AddAction(i, phrasal, length);
                    return true;
                }
                continue;
            }
            // "black cat", "golden retriever": a modifier before a noun of the same kind is a modifier, not a new word.
            var first = _t[i].Text;
            if ((ColorNames.TryGetLinear(first, out _) || Adjectives.Materials.ContainsKey(first) || Adjectives.Sizes.ContainsKey(first))
                && SameKind(lemma, _t[i + length - 1].Text, i + length - 1)) continue;
            if (VerbContext(i) && !NounContext(i) && Verbs.TryWordNet(lemma, out var verb) && verb.Contains(' '))
            {
                AddAction(i, verb, length);   // "roller skating" → roller skate
                return true;
            }
            if (TryWordNetNoun(i, length, lemma)) return true;
        }
        length = 0;
        return false;
    }

    /// <summary>A concept that is a COCO class by itself or by a close hypernym, not a person's role ("square").</summary>
    private static bool Exact(ConceptSense c) => c.Match == KindMatch.Exact && c.Kind != "person";

    private bool SameKind(string compound, string head, int headIndex)
    {
        // A compound that is itself a known kind only by its own name ("black cat" the marten) loses to the head.
        if (!Concepts.TryResolve(compound, out var whole)) return false;
        if (Nouns.TryMatch(_t, headIndex, out var hand, out var handLength) && handLength == 1)
            return hand.Kind == whole.Kind || whole.Match == KindMatch.Own;
        return Concepts.TryResolve(head, out var part) && (part.Kind == whole.Kind || whole.Match == KindMatch.Own && part.Match != KindMatch.Own);
    }

    private bool TryWordNetNoun(int i, int length, string lemma)
    {
        if (length == 1 && TryBodyPart(i, lemma)) return true;
        if (VerbContext(i) && !NounContext(i) && _subjects.Count + _cast.Count > 0 && Verbs.IsActivityNoun(lemma))
        {
            AddAction(i, Verbs.NounLemma(lemma), length);   // "is archery", "rock climbing": the activity is the action
            return true;
        }
        var known = Concepts.TryResolve(lemma, out var concept);
        if (known && !Exact(concept) && length == 1 && !IsDirectObject(i) && IsPlaceAt(i + 1))
        {
            _unused = i;   // SettingName takes it into the place's name
            Note(i, 1, "setting", "part of the place's name");
            return true;
        }
        if (known && concept.Kind == "person" && concept.Lemma != "person" && AdjectiveBeforeNoun(i, length))
            return false;   // "a heavy downpour": an adjective, not "a heavy" (a villain)
        if (known && length == 1 && IsNounAdjunctOfThing(i, concept.Kind))
        {
            Note(i, 1, "attribute", $"kind of {Word(i + 1)}");
            return true;
        }
        if (known && concept.Match != KindMatch.Own && !(AfterPlacePreposition(i) && Scenes.TryResolve(lemma, out _) && !Exact(concept)))
        {
            AddThing(i, length, new NounSense(concept.Kind), concept);
            return true;
        }
        if ((!IsDirectObject(i) || AfterPlacePreposition(i)) && Scenes.TryResolve(lemma, out var place))
        {
            if (TryCityOfSetting(i, length, lemma)) { ClearModifiers(); _relation = null; return true; }
            if (TryInsideDwelling(i, length, lemma)) { ClearModifiers(); _relation = null; return true; }
            // "mountains peaks canyon": a place word after the place's name and one noun adjunct still names that
            // one place, its head last.
            var joinsAfterAdjunct = _settingEnd == i - 1 && _unused == i - 1;
            if (_setting is null || _settingEnd == i || joinsAfterAdjunct)
            {
                var joins = _settingEnd == i || joinsAfterAdjunct;
                var adjunct = joinsAfterAdjunct ? " " + Word(i - 1) : "";
                _setting = joins && _settingSpoken is { } first ? first + adjunct + " " + place.Setting : SettingName(i, place.Setting, place.Setting);
                _settingSpoken = joins && _settingSpoken is { } before ? before + adjunct + " " + Phrase(i, length) : Phrase(i, length);
                _settingEnd = i + length;
                _indoor = _indoorFromWord ?? place.Indoor;
                _ambience = place.Ambience;
                if (_material is not null) _ground = _material;
                else if (_ground is null || !_groundFromSurface) _ground = place.Ground;
                NoteWithModifiers(i, "setting", $"setting: {_setting} ({(_indoor == true ? "indoors" : "outdoors")})", length);
            }
            else NoteWithModifiers(i, "setting", $"place (the setting stays {_setting})", length);
            ClearModifiers();
            _relation = null;
            return true;
        }
        // A kind of its own needs the word's most frequent sense to be a thing, and not to be an adjective
        // before another noun ("formal evening wear", "vintage car"): "background", "twist", "formal" are not props.
        var participle = lemma.EndsWith("ing", StringComparison.Ordinal) && !Determiners.Contains(Word(i - 1)) && Verbs.TryWordNet(lemma, out _);   // "waves lapping"
        if (known && concept.Match == KindMatch.Own && Concepts.IsClothing(lemma))
        {
            // "a woman in a red coat": the garment's colour is the wearer's top, which the person asset dyes.
            if (Variants.Of(lemma) is { } outfit && Variants.IsOutfit(outfit) && _cast.Count > 0 && _cast[^1] is { Kind: "person" } dressed)
            {
                // "a couple in formal evening wear", "a man in a tuxedo": the wearers' outfit, which the person asset draws.
                _cast[^1] = dressed with { Traits = dressed.Traits with { Variant = outfit, Color = _color ?? dressed.Traits.Color } };
                NoteWithModifiers(i, "attribute", $"clothing: {concept.Lemma} (worn by {dressed.Id}: outfit {outfit})", length);
            }
            else if (_color is not null && _cast.Count > 0 && _cast[^1] is { Kind: "person" } wearer && wearer.Traits.Color is null)
            {
                _cast[^1] = wearer with { Traits = wearer.Traits with { Color = _color } };
                NoteWithModifiers(i, "attribute", $"clothing: {_color} {concept.Lemma} (worn by {wearer.Id}: their top is {_color})", length);
            }
            else NoteWithModifiers(i, "attribute", $"clothing: {concept.Lemma} (not drawn yet)", length);
            ClearModifiers();
            return true;
        }
        if (known && lemma.Length > 2 && (FirstSenseIsThing(lemma) || CountedMassNoun(i, lemma)) && !AdjectiveBeforeNoun(i, length) && !participle)
        {
            AddThing(i, length, new NounSense(concept.Kind), concept);
            return true;
        }
        return false;
    }

    /// <summary>"a glass", "the iron", "two irons": a word whose usual sense is a substance names a thing when an
    /// article or a count makes it countable; its first concrete sense (drinking glass, smoothing iron) is meant.</summary>
    private bool CountedMassNoun(int i, string lemma)
    {
        if (!(Word(i - 1) is "a" or "an" or "one" or "the" or "this" or "that" || _count is not null)) return false;
        var wn = WordNetDatabase.Shared;
        return wn is not null && wn.BaseForms(lemma, PartOfSpeech.Noun)
            .Any(b => wn.Senses(b, PartOfSpeech.Noun).FirstOrDefault(s => !s.IsProper)?.LexFile == LexFiles.NounSubstance);
    }

    private static bool FirstSenseIsThing(string lemma)
    {
        var wn = WordNetDatabase.Shared;
        if (wn is null) return false;
        // Any base form will do ("windows": Windows the system, or window); proper names are not usual senses.
        // With corpus counts the first sense is the usual one; without (tagsense_cnt 0) the order says little.
        return wn.BaseForms(lemma, PartOfSpeech.Noun).Any(b =>
            wn.Senses(b, PartOfSpeech.Noun).Where(s => !s.IsProper).Take(wn.TaggedSenses(b, PartOfSpeech.Noun) > 0 ? 1 : 2)
                .Any(s => LexFiles.IsTangible(s.LexFile)));
    }

    private bool AdjectiveBeforeNoun(int i, int length)
    {
        var wn = WordNetDatabase.Shared;
        if (wn is null || length != 1 || !wn.Contains(Word(i), PartOfSpeech.Adjective)) return false;
        if (ReadsAsVerb(i + 1, Word(i - 1) is "a" or "an" or "one")) return false;   // "the iron falls", "a stone rolls"
        var next = Word(i + 1);
        if (next.Length <= 2 || !next.All(char.IsLetter) || FunctionWords.All.Contains(next)) return false;
        if (Nouns.TryMatch(_t, i + 1, out _, out _) || Places.Settings.ContainsKey(next) || Places.Surfaces.ContainsKey(next)
            || Concepts.TryResolve(next, out _) || Scenes.TryResolve(next, out _)) return true;
        // Before any other noun, a word the corpus uses more as an adjective is one ("formal evening wear").
        return wn.BaseForms(next, PartOfSpeech.Noun).Any()
            && wn.TaggedSenses(Word(i), PartOfSpeech.Adjective) > wn.TaggedSenses(Word(i), PartOfSpeech.Noun);
    }

    /// <summary>An adjective that sorts places into kinds rather than praising them ("industrial area", "coastal road",
    /// "residential street"): relational adjectives mostly end so; "beautiful" or "quiet" stay out of the name.</summary>
    private static bool IsClassifying(WordNetDatabase wn, string word) =>
        wn.Contains(word, PartOfSpeech.Adjective) && word.Length > 4 && (word.EndsWith("al") || word.EndsWith("ic") || word.EndsWith("ary") || word.EndsWith("ern"));

    /// <summary>
    /// A thing's noun right before a place's is the place's kind, not a thing in it: "baseball stadium", "tennis
    /// court", "book shop". Living things and vehicles stay cast ("a train station", "a dog park" may show them),
    /// unless one is cast already: "a train arrives at a train station" has one train.
    /// </summary>
    private bool IsNounAdjunctOfPlace(int i, string kind) =>
        (!CastLike.Contains(kind) || _cast.Any(c => c.Kind == kind)) && Word(i + 1).Length > 0 && (Places.Settings.ContainsKey(Word(i + 1)) || IsPlaceAt(i + 1))
        && WordNetDatabase.Shared is { } wn && wn.BaseForms(Word(i), PartOfSpeech.Noun).Contains(Word(i)); // singular: "books shop" is not one

    /// <summary>
    /// A noun right before the noun of a thing the library draws says which kind of that thing it is ("a vintage car",
    /// "a toy car", "a stone well"): the thing is the last noun, not two things ("vintage" was cast as a wine glass).
    /// A person, animal or vehicle word keeps its own entry ("a police car" stays as it was read), as does a plural; a
    /// material or colour word is read as one ("an iron block").
    /// </summary>
    private bool IsNounAdjunctOfThing(int i, string kind) =>
        !CastLike.Contains(kind) && !Adjectives.Materials.ContainsKey(Word(i)) && !ColorNames.TryGetLinear(Word(i), out _) && Word(i + 1).Length > 0 && Word(i + 1).Any(char.IsLetter)
        && !(Word(i + 1).EndsWith('s') && (Verbs.TryBase(Word(i + 1), out _) || Verbs.TryWordNet(Word(i + 1), out _)))   // "a block sinks"
        && NextThingKind(i + 1) is { } next && next != kind
        && WordNetDatabase.Shared is { } wn && wn.BaseForms(Word(i), PartOfSpeech.Noun).Contains(Word(i));

    /// <summary>The drawn kind a noun (or a two-word WordNet noun: "rocking chair") at <paramref name="i"/> names, or null.</summary>
    private string? NextThingKind(int i)
    {
        if (Nouns.TryMatch(_t, i, out var sense, out _) && Kinora.Compose.Assets.AssetLibrary.IsKnown(sense.Kind)) return sense.Kind;
        if (i + 1 < _t.Count && Word(i).All(char.IsLetter) && Word(i + 1).All(char.IsLetter)
            && Concepts.TryResolve(Word(i) + "_" + Word(i + 1), out var compound) && Kinora.Compose.Assets.AssetLibrary.IsKnown(compound.Kind))
            return compound.Kind;
        return null;
    }

    private static readonly HashSet<string> CastLike =
    [
        "person", "bicycle", "car", "motorcycle", "airplane", "bus", "train", "truck", "boat",
        "bird", "cat", "dog", "horse", "sheep", "cow", "elephant", "bear", "zebra", "giraffe",
    ];

    /// <summary>A place keeps the unused noun before it: "music studio", "science museum", "bakery shop".</summary>
    private string SettingName(int i, string setting, string spoken)
    {
        var prev = Word(i - 1);
        if (_unused == i - 1 && prev.All(char.IsLetter) && WordNetDatabase.Shared is { } wn
            && (wn.Contains(prev, PartOfSpeech.Noun) && !wn.Contains(prev, PartOfSpeech.Adjective) || IsClassifying(wn, prev)))
        {
            // Its "not understood" note is among the last few: search back a little, not the whole prompt's notes.
            for (var k = _notes.Count - 1; k >= Math.Max(0, _notes.Count - 4); k--)
                if (!_notes[k].Understood && _notes[k].Text == prev) { _notes.RemoveAt(k); break; }
            return prev + " " + spoken;
        }
        return setting;
    }
}
