using Kinora.Compose;
using Kinora.Compose.Assets;
using Kinora.Understand.Embeddings;
using Kinora.Plan;
using Kinora.Understand.Lexicon;
using Kinora.Understand.Lexicon.WordNet;

namespace Kinora.Understand;

/// <summary>
/// One left-to-right reading of a prompt. Modifiers (count, colour, material, size) gather until a noun takes
/// them; a preposition before a noun makes a relation to the previous thing, or sets the ground when the noun is a
/// surface; a verb applies to the things named since the previous verb; numbers with units become heights,
/// speeds and durations. Hand tables (Lexicon/*.cs) are read first and override; a word they lack goes to WordNet
/// (Lexicon/WordNet): by its neighbours it is a verb or a noun, a noun becomes a COCO kind through its hypernyms
/// (Concepts), a setting (Scenes) or a kind of its own. Sentence ends and "then / after that / cut to" start a
/// new shot over the same cast; "it", "he", "they" refer back. Everything it uses or skips is written to the
/// interpretation.
/// </summary>
internal sealed partial class PromptReader
{
    private readonly IReadOnlyList<Token> _t;
    private readonly List<CastMember> _cast = [];
    private readonly List<RelationSpec> _relations = [];
    private readonly List<ActionSpec> _actions = [];
    private readonly List<InterpretationNote> _notes = [];
    private readonly List<SpokenLine> _lines = [];
    private readonly List<string> _subjects = [];   // cast ids named since the last verb
    private readonly List<string> _manners = [];

    // Modifiers waiting for their noun.
    private double? _count;
    private string? _color, _shade, _material;
    private double? _sizeFactor;
    private string? _relation;        // relation phrase waiting for its object
    private int _lastVerbAction = -1;  // index into _actions of the last verb, for its direct object

    // World and film settings found so far.
    private string? _setting, _ground, _weather, _style, _move, _framing;
    /// <summary>Token index just past the word that last named the setting (a place word there joins its name).</summary>
    private int _settingEnd = -1;
    /// <summary>The words that named the setting as spoken ("city" for the "city street" setting).</summary>
    private string? _settingSpoken;
    private bool? _indoor, _indoorFromWord;   // _indoorFromWord: "indoor"/"outdoor" said outright wins over a place's family
    private List<string> _lastActors = [];
    private readonly List<(int FirstAction, string? Move, string? Framing)> _shotDrafts = [];   // finished shots
    private int _shotStart;   // index into _actions where the current shot begins
    private int _afterThing = -1, _afterVerb = -1, _unused = -1;   // token index just after the last thing, verb; last unused word
    private bool _groundFromSurface;  // a named surface ("wooden floor") beats a setting's usual ground
    private double? _time, _gravity, _height, _speed, _seconds;
    private string[] _ambience = [];

    /// <summary>The optional meaning-vector fallback for nouns nothing else explains; null without one.</summary>
    private readonly IConceptEmbedder? _embedder;

    private PromptReader(IReadOnlyList<Token> tokens, IConceptEmbedder? embedder)
    {
        _t = tokens;
        _embedder = embedder;
    }

    public static PromptReader Read(string prompt, IConceptEmbedder? embedder = null)
    {
        var reader = new PromptReader(Tokenizer.Tokenize(prompt), embedder);
        reader.Run();
        return reader;
    }

    /// <summary>Records what tokens i … i+length−1 became, with their character span in the prompt.</summary>
    private void Note(int i, int length, string category, string @as, bool understood = true)
    {
        var last = Math.Min(i + Math.Max(length, 1), _t.Count) - 1;
        var start = _t[i].Start;
        _notes.Add(new InterpretationNote
        {
            Text = Phrase(i, length), As = @as, Understood = understood,
            Start = start, Length = _t[last].Start + _t[last].Length - start, Category = category,
        });
    }
    private string Phrase(int i, int length) => string.Join(' ', Enumerable.Range(i, Math.Min(length, _t.Count - i)).Select(k => _t[k].Text));
    private string Word(int i) => i >= 0 && i < _t.Count ? _t[i].Text : "";
    /// <summary>True when the words at i are these; a plain loop over a span, as it runs many times per token.</summary>
    private bool At(int i, params ReadOnlySpan<string> words)
    {
        if (words.Length == 0) return false;
        for (var k = 0; k < words.Length; k++)
            if (Word(i + k) != words[k]) return false;
        return true;
    }

    private void Run()
    {
        ReadSoundtrackWords();
        for (var i = 0; i < _t.Count;)
            i += Step(i);
        FinishPhysics();
        FinishSwimmers();
        FinishSpace();
        FinishCarried();
    }

    /// <summary>Reads what starts at token i; returns how many tokens it used.</summary>
    private int Step(int i)
    {
        var tok = _t[i];
        var w = tok.Text;
        if (_soundtrackWords.Contains(i)) return 1;
        if (SoundWords.Narration.Contains(w)) return 1;
        if (tok.Quoted && string.IsNullOrWhiteSpace(w)) return 1;   // "" says nothing
        if (tok.Quoted)
        {
            _lines.Add(new SpokenLine { Speaker = SpeakerFor(i), Text = w });
            Note(i, 1, "audio", "spoken line");
            // The quote was what the verb said: "a man says "hi" and a woman answers" — the woman is a new subject.
            if (Word(i + 1) != "to") _lastVerbAction = -1;
            return 1;
        }

        if (TryShotBreak(i, out var breakLength)) return breakLength;
        if (TryPronoun(i)) return 1;

        // Multi-word phrases first.
        if (At(i, "slow", "motion")) { _manners.Add("slow motion"); Note(i, 2, "action", "manner: slow motion"); return 2; }
        if (At(i, "time", "lapse")) { _manners.Add("timelapse"); Note(i, 2, "action", "manner: timelapse"); return 2; }
        if (At(i, "golden", "hour")) { _time = 17.3; Note(i, 2, "setting", "time of day 17:18"); return 2; }
        if (At(i, "black", "and", "white")) { _style = "black and white"; Note(i, 3, "look", "look: black and white"); return 3; }
        if (At(i, "film", "noir")) { _style = "noir"; Note(i, 2, "look", "look: noir"); return 2; }
        // "with the Eiffel Tower in the background": the shot is wide enough to show what stands behind the subject.
        if (At(i, "in", "the", "background")) { _framing ??= "wide"; Note(i, 3, "camera", "framing: wide (something in the background)"); return 3; }
        if (At(i, "in", "background")) { _framing ??= "wide"; Note(i, 2, "camera", "framing: wide (something in the background)"); return 2; }
        if (At(i, "close", "up")) { _framing = "close-up"; Note(i, 2, "camera", "framing: close-up"); return 2; }
        if (At(i, "zero", "gravity")) { _gravity = 0; Note(i, 2, "setting", "gravity 0 m/s²"); return 2; }
        if (At(i, "outer", "space")) { _gravity = 0; _relation = null; InSpace(); Note(i, 2, "setting", "gravity 0 m/s² (outer space)"); return 2; }
        if (TryParticles(i) is var particleLength and > 0) return particleLength;
        if (Filming.TryStylePhrase(_t, i, out var phraseStyle, out var styleLength)) { _style = phraseStyle; Note(i, styleLength, "look", $"look: {phraseStyle}"); return styleLength; }
        if (Filming.TryCameraPhrase(_t, i, out var cameraMove, out var cameraLength))
        {
            if (cameraMove == "slow motion") { _manners.Add("slow motion"); Note(i, cameraLength, "action", "manner: slow motion"); }
            else { _move = cameraMove; Note(i, cameraLength, "camera", $"camera: {cameraMove}"); }
            return cameraLength;
        }
        if (w is "underwater" or "undersea")
        {
            // "underwater coral reef": the place is seen from under the surface (FinishSwimmers), fish or not.
            _underwater = true;
            Note(i, 1, "setting", "under water");
            return 1;
        }
        if (w is "indoor" or "indoors" or "interior" or "outdoor" or "outdoors" or "exterior" && !IsNounHere(i))
        {
            _indoor = _indoorFromWord = w is "indoor" or "indoors" or "interior";
            Note(i, 1, "setting", _indoor.Value ? "indoors" : "outdoors");
            return 1;
        }
        if (TryBilliardsBreak(i, out var breakShot)) return breakShot;
        if (TryGroup(i, out var groupLength)) return groupLength;
        if (TryContents(i, out var contentsLength)) return contentsLength;
        if (TryLeaving(i, out var leavingLength)) return leavingLength;
        if (TryRelation(i, out var rel, out var relLength))
        {
            _relation = rel;
            _relationSpan = (i, relLength);
            return relLength;
        }

        if (TryName(i, out var nameLength)) return nameLength;
        // Numbers: a quantity with a unit, or a count.
        if (w == "couple" && Word(i + 1) != "of" && !Nouns.TryMatch(_t, i + 1, out _, out _))
        {
            _count = 2;
            AddThing(i, 1, new NounSense("person"));
            return 1;
        }
        if (NumberWords.TryParse(w, out var number))
            return ReadNumber(i, number);
        if (w is "a" or "an" or "one" && _count is null) { _count = 1; return 1; }

        if (Conditions.Gravity.TryGetValue(w, out var g) && (Word(i - 1) is "the" or "on" or "in" or "outer" or "deep" or "" || w is "lunar" or "martian" or "weightless"))
        {
            _gravity = g;
            _relation = null;   // "on the moon" is where, not what the thing is on
            if (w == "space") InSpace();
            Note(i, 1, "setting", $"gravity {g} m/s²");
            return 1;
        }
        if (Nouns.TryMatch(_t, i, out var handCompound, out var handLength) && handLength > 1)
        {
            AddThing(i, handLength, handCompound);
            return handLength;
        }
        if (TryWordNetCompound(i, out var compoundLength)) return compoundLength;

        if (ColorNames.TryGetLinear(w, out _) && !IsNounHere(i))
        {
            _color = _shade is null ? w : $"{_shade} {w}";
            _modifierSpans.Add(_shade is null ? (i, 1, "attribute", $"colour {_color}") : (i - 1, 2, "attribute", $"colour {_color}"));
            _shade = null;
            return 1;
        }
        if (Adjectives.Shades.Contains(w) && ColorNames.TryGetLinear(Word(i + 1), out _)) { _shade = w; return 1; }
        if (Adjectives.Materials.TryGetValue(w, out var material) && !IsNounHere(i)) { _material = material; _modifierSpans.Add((i, 1, "attribute", $"material {material}")); return 1; }
        if (Adjectives.Sizes.TryGetValue(w, out var size)) { _sizeFactor = size; _modifierSpans.Add((i, 1, "attribute", $"size × {size:0.##}")); return 1; }

        if (IsPouredHere(i))
        {
            AddThing(i, 1, new NounSense(w == "marbles" ? "marble" : w == "grains" ? "sand" : w));
            return 1;
        }
        if (Places.Surfaces.TryGetValue(w, out var surface) && !Nouns.TryMatch(_t, i, out _, out _))
        {
            _ground = _material ?? surface.Ground;
            _groundFromSurface = true;
            _indoor ??= surface.Indoor;
            NoteWithModifiers(i, "setting", $"ground: {_ground}");
            ClearModifiers();
            _relation = null;
            return 1;
        }
        if (Places.Settings.TryGetValue(w, out var place) && !Nouns.TryMatch(_t, i, out _, out _))
        {
            if (_setting is not null && _settingEnd != i && place.Setting == place.Ground)
            {
                // "…rocky mountains. Snow blanketed…": a place that is only its ground cover covers the place already
                // named; it does not replace it.
                if (!_groundFromSurface) _ground = _material ?? place.Ground;
                NoteWithModifiers(i, "setting", $"ground: {_ground} (the setting stays {_setting})");
                ClearModifiers();
                _relation = null;
                return 1;
            }
            // A place word right after another names one place ("forest road", "city park"), not a second setting.
            _setting = _settingEnd == i && _settingSpoken is { } first ? first + " " + w : SettingName(i, place.Setting, w);
            _settingSpoken = _settingEnd == i && _settingSpoken is { } before ? before + " " + w : w;
            _settingEnd = i + 1;
            _indoor = _indoorFromWord ?? place.Indoor;
            _ambience = place.Ambience;
            if (_material is not null) _ground = _material;
            else if (_ground is null || !_groundFromSurface) _ground = place.Ground;
            NoteWithModifiers(i, "setting", $"setting: {place.Setting}");
            ClearModifiers();
            _relation = null;
            return 1;
        }
        if (StrongVerbContext(i) && !Verbs.TryBase(w, out _) && Verbs.TryWordNet(w, out var handNounVerb) && Nouns.TryMatch(_t, i, out _, out var asNoun) && asNoun == 1)
        {
            AddAction(i, handNounVerb);
            return 1;
        }
        // "an iron block sinks", "the ball strikes": a hand-table verb that is also a noun, right after its subject.
        if (StrongVerbContext(i) && Verbs.TryBase(w, out var nounVerb) && Nouns.TryMatch(_t, i, out _, out var verbAsNoun) && verbAsNoun == 1)
            return ReadVerb(i, nounVerb);
        if (Nouns.TryMatch(_t, i, out var sense, out var nounLength))
        {
            if (nounLength == 1 && IsNounAdjunctOfPlace(i, sense.Kind))
            {
                _unused = i;   // SettingName takes it into the place's name: "baseball stadium", "tennis court"
                Note(i, 1, "setting", "part of the place's name");
                return 1;
            }
            if (nounLength == 1 && IsNounAdjunctOfThing(i, sense.Kind))
            {
                Note(i, 1, "attribute", $"kind of {Word(i + 1)}");
                return 1;
            }
            AddThing(i, nounLength, sense);
            return nounLength;
        }
        if (Verbs.TryBase(w, out var verb)) return ReadVerb(i, verb);
        // "evening wear" is clothes, not the hour.
        if (TryTwoWordOutfit(i)) return 2;
        if (Conditions.Times.TryGetValue(w, out var hour) && Variants.Of($"{w} {Word(i + 1)}") is null) { _time = hour; Note(i, 1, "setting", $"time of day {hour:0.#}h"); ClearModifiers(); return 1; }
        if (Conditions.Seasons.Contains(w) && !StrongVerbContext(i)) { Note(i, 1, "setting", $"season: {w} (not used by the renderer yet)"); ClearModifiers(); return 1; }
        if (Conditions.Weather.TryGetValue(w, out var weather)) { _weather = weather; Note(i, 1, "setting", $"weather: {weather}"); ClearModifiers(); return 1; }
        if (Filming.Styles.TryGetValue(w, out var style)) { _style = style; Note(i, 1, "look", $"look: {style}"); return 1; }
        if (Filming.Moves.TryGetValue(w, out var move)) { _move = move; Note(i, 1, "camera", $"camera: {move}"); return 1; }
        if (Filming.Framings.TryGetValue(w, out var framing) && (w is "close-up" or "closeup" or "macro" || Word(i + 1) is "shot" or "angle" or "view")) { _framing = framing; Note(i, 1, "camera", $"framing: {framing}"); return 1; }
        if (Filming.Manners.TryGetValue(w, out var manner)) { _manners.Add(manner); Note(i, 1, "action", $"manner: {manner}"); return 1; }

        if (FunctionWords.All.Contains(w) || !w.Any(char.IsLetter)) return 1;
        if (TryWordNetWord(i) is var used and > 0) return used;
        if (NounContext(i) && w.Length > 4 && w.All(char.IsLetter) && NounHeads.TryResolve(w, out var headSense, out var head))
        {
            AddThing(i, 1, headSense, new ConceptSense(headSense.Kind, KindMatch.StandIn, w, $"its ending '{head}'"));
            return 1;
        }
        if (TryByMeaning(i)) return 1;
        if (_relation is not null && _relationSpan.Length > 0 && _relationSpan.I + _relationSpan.Length <= i)
        {
            Note(_relationSpan.I, _relationSpan.Length, "relation", $"'{_relation}' of something not understood", understood: false);
            _relation = null;
        }
        Note(i, 1, "unknown", "not understood", understood: false);
        _unused = i;
        return 1;
    }

    /// <summary>A word that is both a modifier and a noun ("orange", "marble", "glass") is a noun when no noun follows.</summary>
    private bool IsNounHere(int i)
    {
        // A hand-table noun, or a WordNet thing right after a determiner or count ("a peach", "two limes").
        var counted = Determiners.Contains(Word(i - 1)) || NumberWords.TryParse(Word(i - 1), out _);
        if (!Nouns.TryMatch(_t, i, out _, out _)
            && !(counted && Concepts.TryResolve(Word(i), out var concept) && concept.Kind != "person")) return false;
        var next = i + 1;
        var nextWord = Word(next);
        if (ReadsAsVerb(next, afterIndefinite: Word(i - 1) is "a" or "an" or "one")) return true;   // "a glass falls"
        return !(Nouns.TryMatch(_t, next, out _, out _) || Places.Surfaces.ContainsKey(nextWord)
                 || Places.Settings.ContainsKey(nextWord) || Adjectives.Materials.ContainsKey(nextWord)
                 || ColorNames.TryGetLinear(nextWord, out _)
                 || nextWord.Length > 2 && nextWord.All(char.IsLetter) && !FunctionWords.All.Contains(nextWord)
                    && (Concepts.TryResolve(nextWord, out _) || Scenes.TryResolve(nextWord, out _)
                        || !WordNetKnows(nextWord) && !Verbs.TryBase(nextWord, out _)));   // "a red ferrari": an unknown word is the noun
    }

    /// <summary>
    /// True when the word at j is a verb rather than a noun that the word before it modifies: a hand-table verb in
    /// an inflected form that is not also a hand-table noun ("the glass falls", "an orange rolls"), or, after "a"
    /// and one word, any -s form WordNet knows as a verb, since "a" cannot take a plural head ("a glass tips over").
    /// </summary>
    private bool ReadsAsVerb(int j, bool afterIndefinite)
    {
        var w = Word(j);
        if (w.Length < 3 || !w.All(char.IsLetter) || Nouns.TryMatch(_t, j, out _, out _)) return false;
        var sForm = w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal);
        var inflected = sForm || w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal);
        if (inflected && Verbs.TryBase(w, out _)) return true;
        return afterIndefinite && sForm && WordNetDatabase.Shared?.BaseForms(w, PartOfSpeech.Verb).Any() == true;
    }

    private int ReadNumber(int i, double number)
    {
        var unit = Word(i + 1);
        var scale = unit switch
        {
            "m" or "meter" or "meters" or "metre" or "metres" => 1.0,
            "cm" or "centimeters" or "centimetres" => 0.01,
            "ft" or "foot" or "feet" => 0.3048,
            "km" or "kilometer" or "kilometers" or "kilometre" or "kilometres" => 1000,
            "mile" or "miles" => 1609.344,
            _ => double.NaN,
        };
        if (!double.IsNaN(scale))
        {
            var metres = number * scale;
            if (Word(i + 2) is "per" && Word(i + 3) is "s" or "second" or "sec")
            {
                _speed = metres;
                Note(i, 4, "number", $"speed {metres:0.##} m/s");
                return 4;
            }
            if (Word(i + 2) is "per" or "an" or "a" && Word(i + 3) is "h" or "hour" or "hr")
            {
                _speed = Math.Round(metres / 3600, 3);
                Note(i, 4, "number", $"speed {_speed:0.##} m/s");
                return 4;
            }
            if (Word(i + 2) is "tall" or "wide" or "long" or "across" or "big")
            {
                _sizeFactor = null;
                _pendingSize = metres;
                _modifierSpans.Add((i, 3, "number", $"size {metres:0.##} m"));
                return 3;
            }
            _height = Math.Clamp(metres, 0, 1000);
            Note(i, 2, "number", $"height {_height:0.##} m");
            return 2;
        }
        if (unit is "s" && number >= 100 && Word(i + 1) is "s" && _t[i + 1].Start == _t[i].Start + _t[i].Length)
        {
            Note(i, 2, "number", "a decade (not a duration)");
            return 2;
        }
        if (unit is "s" or "sec" or "secs" or "second" or "seconds")
        {
            if (number is < 0.5 or > 60)
            {
                Note(i, 2, "number", "duration outside 0.5–60 s: not used", understood: false);
                return 2;
            }
            _seconds = number;
            Note(i, 2, "number", $"duration {number:0.##} s");
            return 2;
        }
        if (unit is "mph") { _speed = number * 0.44704; Note(i, 2, "number", $"speed {_speed:0.##} m/s"); return 2; }
        _count = number;
        _modifierSpans.Add((i, 1, "number", $"count {number:0.##}"));
        return 1;
    }

    private double? _pendingSize;

    /// <summary>The last thing was named as one by "a", "an" or "one" and a singular noun.</summary>
    private bool _lastThingIndefiniteSingle;
    private readonly Dictionary<string, int> _idsTaken = new(StringComparer.Ordinal);

    /// <summary>An id stem from a word or lemma: its last word ("polar_bear" → "bear"), letters only, lower case.</summary>
    private static string IdStem(string lemma)
    {
        var last = lemma.Split([' ', '_', '-'], StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } parts ? parts[^1] : "";
        return new string(last.Where(char.IsAsciiLetter).Select(char.ToLowerInvariant).ToArray());
    }

    private void AddThing(int i, int length, NounSense sense, ConceptSense? concept = null)
    {
        _afterThing = i + length;
        var word = Word(i + length - 1);
        _lastThingIndefiniteSingle = _count == 1 && !Nouns.IsPlural(word) && IndefiniteBefore(i);
        var count = (int)Math.Clamp(Math.Round(_count ?? (Nouns.IsPlural(word) && sense.Kind != "person" ? 3 : word is "people" or "persons" or "men" or "women" or "children" or "kids" ? 3 : 1)), 1, 200);
        double? size = _pendingSize ?? (_sizeFactor is { } f ? (sense.Size ?? TypicalSize(sense.Kind)) * f : sense.Size);
        var person = sense.Kind == "person" ? PersonWords.Of(word, [Word(i - 3), Word(i - 2), Word(i - 1), .. Enumerable.Range(i, length - 1).Select(Word)]) : default;
        if (person.Age == "child" && _sizeFactor is null && _pendingSize is null) size = ChildHeight;
        var traits = new Traits
        {
            Color = _color ?? sense.Color,
            Material = _material ?? sense.Material ?? (Adjectives.Materials.TryGetValue(word, out var own) ? own : null),   // "a glass", "the iron"
            Size = size is null ? null : Math.Round(Math.Clamp(size.Value, 0.001, 100), 3),
            Sex = person.Sex,
            Age = person.Age,
            Variant = Variants.Of(concept?.Lemma) ?? Variants.Of(word),   // "astronaut": a person in a spacesuit; "corgi": a dog of that breed
        };

        // "the ball" after "a red ball" is the same ball; "the woman" is the last woman, not the last person.
        var definite = Word(i - 1) == "the";
        var existing = definite || PhysicsWords.OnePerScene.Contains(sense.Kind)
            ? LastOfKind(sense.Kind, person.Sex)
            : null;
        string id;
        if (existing is not null && _color is null && _material is null)
        {
            id = existing.Id;
            Note(i, length, "story", $"the same {sense.Kind} as before ({id})");
        }
        else
        {
            // A stand-in is named for what the prompt said ("camel1" drawn as a horse), not for what draws it.
            var stem = sense.Kind == "person" ? person.IdStem
                : concept is { Match: KindMatch.StandIn } standIn && IdStem(standIn.Lemma) is { Length: > 0 } said ? said
                : sense.Kind.Split(' ')[^1];
            // Ids number up per stem ("dog1", "dog2"); the counter keeps a long prompt linear in its things.
            var n = _idsTaken.GetValueOrDefault(stem) + 1;
            _idsTaken[stem] = n;
            id = stem + n;
            _cast.Add(new CastMember { Id = id, Kind = sense.Kind, Count = count, Traits = traits });
            var desc = string.Join(' ', new[] { count > 1 ? count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " ×" : null, traits.Color, traits.Material, sense.Kind,
                traits.Sex is null && traits.Age is null ? null : $"({string.Join(", ", new[] { traits.Sex, traits.Age }.Where(t => t is not null))})" }.Where(s => s is not null));
            var via = concept switch
            {
                { Match: KindMatch.Exact } c when c.Lemma != c.Kind => $" (a {c.Lemma} is a kind of {c.Via})",
                { Match: KindMatch.StandIn } c when c.Via == c.Lemma => $" (no {c.Lemma} model: drawn as the nearest known kind, {c.Kind})",
                { Match: KindMatch.StandIn } c => $" (no {c.Lemma} model: drawn as the nearest known kind, {c.Kind}, through {c.Via})",
                _ => "",
            };
            var drawn = AssetLibrary.IsKnown(sense.Kind) ? ""
                : Kinora.Compose.Layout.WallHangings.Hangs(sense.Kind) ? " (a framed picture, hung on the wall where the set has one)"
                : " (drawn as a stand-in box until its asset exists)";
            Note(i, length, "entity", desc + via + drawn);
        }

        NoteModifiers(id);
        if (_groupVerb is not null) { _groupsWaitingForVerb.Add((id, _groupVerb)); _groupVerb = null; }
        // The thing is the far end of an open "between", or a relation's object, or the last verb's object, or a
        // subject for the next verb.
        if (TryCloseBetween(i, id)) _relation = null;
        else if (_relation is not null && _subjects.Count + _cast.Count > 1)
        {
            var subject = _subjects.Count > 0 ? _subjects[^1] : _cast.Count > 1 ? _cast[^2].Id : null;
            if (subject is not null && subject != id)
                AddRelation(subject, _relation, id, i + length);
        }
        else if (_lastVerbAction >= 0 && _relation is null && _actions[_lastVerbAction].Object is null && _actions[_lastVerbAction].Actor != id)
        {
            _actions[_lastVerbAction] = _actions[_lastVerbAction] with { Object = id };
            ObjectGiven(_lastVerbAction, id);
        }
        else if (!_subjects.Contains(id)) _subjects.Add(id);

        _relation = null;
        ClearModifiers();
    }

    /// <summary>m; a child's height when the words say child and nothing gives a size (an adult is ~1.7 m).</summary>
    private const double ChildHeight = 1.3;

    /// <summary>The cast member with the id, searched from the newest (ids named in the text are recent ones).</summary>
    private CastMember CastById(string id)
    {
        for (var k = _cast.Count - 1; k >= 0; k--)
            if (_cast[k].Id == id) return _cast[k];
        throw new InvalidOperationException($"no cast member {id}");
    }

    /// <summary>Last cast member of the kind, searched from the end; for people of the given sex when one is given.</summary>
    private CastMember? LastOfKind(string kind, string? sex)
    {
        for (var k = _cast.Count - 1; k >= 0; k--)
            if (_cast[k].Kind == kind && (sex is null || _cast[k].Traits.Sex is null || _cast[k].Traits.Sex == sex)) return _cast[k];
        return null;
    }

    /// <summary>True when "a", "an" or "one" opens the noun phrase ending at token i (past colours, sizes, materials).</summary>
    private bool IndefiniteBefore(int i)
    {
        var k = i - 1;
        while (k >= 0 && (ColorNames.TryGetLinear(Word(k), out _) || Adjectives.Sizes.ContainsKey(Word(k)) || Adjectives.Materials.ContainsKey(Word(k))
                          || Adjectives.Shades.Contains(Word(k)))) k--;
        return Word(k) is "a" or "an" or "one";
    }

    private static double TypicalSize(string kind) => AssetLibrary.TypicalSize(kind);

    private void AddAction(int i, string verb, int length = 1)
    {
        verb = PhysicsWords.CanonicalVerb(verb);
        _groupVerb = null;
        _afterVerb = i + length;
        var actors = _subjects.Count > 0 ? _subjects.ToList() : _lastActors.Count > 0 ? _lastActors.ToList() : _cast.Count > 0 ? [_cast[^1].Id] : [];
        if (actors.Count == 0)
        {
            Note(i, length, "action", $"action '{verb}' with no one to do it", understood: false);
            return;
        }
        if (IsGoingSomewhere(verb) && actors.All(a => CastById(a)?.Kind == "person")) verb = "walk";
        foreach (var actor in actors)
            _actions.Add(new ActionSpec { Actor = actor, Verb = verb });
        _lastActors = actors;
        _lastVerbAction = _actions.Count - 1;
        Note(i, length, "action", $"action: {verb} ({string.Join(", ", actors)})");
        _subjects.Clear();
        _relation = null;
    }

    private void ClearModifiers()
    {
        _modifierSpans.Clear();
        _groupVerb = null;
        _count = null; _color = null; _shade = null; _material = null; _sizeFactor = null; _pendingSize = null;
    }

    /// <summary>
    /// A prompt that gave the scene nothing (other languages, made-up words, only punctuation) still plans, as the
    /// default empty scene, and the explanation says why in one line rather than leaving only ✗ marks.
    /// </summary>
    private void NoteWhenNothingWasUnderstood(string prompt)
    {
        if (_cast.Count > 0 || _setting is not null || _lines.Count > 0 || _notes.Any(n => n.Understood)) return;
        // Letters beyond Latin Extended-B: Cyrillic, Greek, Arabic, Han, Devanagari…
        var foreign = prompt.Count(c => char.IsLetter(c) && c > '\u024F');
        var latin = prompt.Count(c => char.IsLetter(c) && c <= '\u024F');
        _notes.Add(new InterpretationNote
        {
            Text = "(prompt)", Category = "unknown", Understood = false,
            As = foreign > latin
                ? "not in English: only English prompts are read yet, so this is the default empty scene"
                : "no word named a thing, place or action: the default empty scene",
        });
    }

    /// <summary>s; the shortest shot a story is cut into.</summary>
    private const double MinShotSeconds = 0.5;

    /// <summary>Builds the plan from what was read, the request's fixed values and defaults.</summary>
    public ScenePlan ToPlan(string prompt, PlanRequest request)
    {
        var seconds = request.Seconds ?? _seconds ?? 8;
        var actions = _actions.Select(a => a with
        {
            Height = a.Verb is "bounce" or "drop" or "fall" or "land" or "tumble" ? _height : a.Height,
            Speed = _speed ?? a.Speed,
            Manner = _manners.Count > 0 ? [.. _manners] : a.Manner,
        }).ToList();
        List<(int FirstAction, string? Move, string? Framing)> drafts = [.. _shotDrafts, (_shotStart, _move, _framing)];
        // A shot shorter than MinShotSeconds is a flicker: the story's later beats share the last shot instead.
        var maxShots = Math.Max(1, (int)Math.Floor(seconds / MinShotSeconds));
        if (drafts.Count > maxShots)
        {
            _notes.Add(new InterpretationNote
            {
                Text = "(story)", Category = "story",
                As = $"{drafts.Count} shots do not fit in {seconds:0.##} s (at least {MinShotSeconds} s each): shots {maxShots}–{drafts.Count} play as one",
            });
            drafts.RemoveRange(maxShots, drafts.Count - maxShots);
        }
        var shots = new List<ShotSpec>();
        string? lastMove = null, lastFraming = null;
        for (var k = 0; k < drafts.Count; k++)
        {
            var (first, move, framing) = drafts[k];
            var end = k + 1 < drafts.Count ? drafts[k + 1].FirstAction : actions.Count;
            // Each boundary is rounded once, so the shots tile the clip exactly and none comes out empty.
            var start = Math.Round(k * seconds / drafts.Count, 3);
            var length = Math.Round(Math.Round((k + 1) * seconds / drafts.Count, 3) - start, 3);
            var shotActions = Seat(actions.GetRange(first, end - first)
                .Select(a => drafts.Count > 1 ? a with { Start = start, End = Math.Round(start + length, 3) } : a).ToList());
            lastMove = move ?? lastMove;
            lastFraming = framing ?? lastFraming;
            var target = shotActions.Count > 0 ? shotActions[0].Actor : _cast.Count > 0 ? _cast[0].Id : null;
            shots.Add(new ShotSpec
            {
                Id = $"s{k + 1}", Start = start, Seconds = length,
                Camera = new CameraSpec { Move = lastMove ?? "auto", Target = target, Framing = lastFraming ?? "medium" },
                Actions = shotActions,
            });
        }
        NoteWhenNothingWasUnderstood(prompt);
        // With no place named, what is done can say where: someone reading sits in a living room, and rain falls on a
        // street (people caught in a downpour); otherwise the bare studio.
        var reading = _setting is null && _indoor is null && _actions.Any(a => a.Verb is "read" or "study");
        var doing = _setting is null && _indoor is not false ? ActivityPlaces.For(_actions.Select(a => a.Verb)) : null;
        var indoor = _indoor ?? (reading || doing is not null);
        var setting = _setting ?? doing?.Setting ?? (reading ? "living room" : indoor ? "room" : _weather is "rain" or "storm" ? "city street" : "studio");
        _ground ??= doing?.Ground;
        var ambience = _ambience.Length > 0 ? _ambience : indoor ? ["room tone"] : ["outdoor air"];
        return new ScenePlan
        {
            Seed = request.Seed ?? PromptSeed.Of(prompt),
            Prompt = prompt,
            Format = new VideoFormat
            {
                Width = request.Width ?? 1280, Height = request.Height ?? 720, Fps = request.Fps ?? 24, Seconds = seconds,
            },
            Look = new LookSpec { Style = _style ?? "photoreal" },
            World = new WorldSpec
            {
                Setting = setting, Indoor = indoor, TimeOfDay = _time ?? 14, Weather = _weather ?? "clear", Particles = _particles,
                Gravity = _gravity ?? 9.81, Ground = _ground ?? (indoor ? "wood" : "concrete"),
            },
            Cast = _cast,
            Relations = _relations,
            Shots = shots,
            Audio = new AudioSpec { Ambience = ambience, Lines = _lines, Music = _noMusic ? null : _music },
            Picture = Picture(request),
            Interpretation = _notes,
        };
    }
}
