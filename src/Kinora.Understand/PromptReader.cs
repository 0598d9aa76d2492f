using Kinora.Compose;
using Kinora.Compose.Assets;
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
    private bool? _indoor, _indoorFromWord;   // _indoorFromWord: "indoor"/"outdoor" said outright wins over a place's family
    private List<string> _lastActors = [];
    private readonly List<(int FirstAction, string? Move, string? Framing)> _shotDrafts = [];   // finished shots
    private int _shotStart;   // index into _actions where the current shot begins
    private int _afterThing = -1, _afterVerb = -1, _unused = -1;   // token index just after the last thing, verb; last unused word
    private bool _groundFromSurface;  // a named surface ("wooden floor") beats a setting's usual ground
    private double? _time, _gravity, _height, _speed, _seconds;
    private string[] _ambience = [];

    private PromptReader(IReadOnlyList<Token> tokens) => _t = tokens;

    public static PromptReader Read(string prompt)
    {
        var reader = new PromptReader(Tokenizer.Tokenize(prompt));
        reader.Run();
        return reader;
    }

    private void Note(int i, int length, string @as) => _notes.Add(new InterpretationNote { Text = Phrase(i, length), As = @as });
    private string Phrase(int i, int length) => string.Join(' ', Enumerable.Range(i, Math.Min(length, _t.Count - i)).Select(k => _t[k].Text));
    private string Word(int i) => i >= 0 && i < _t.Count ? _t[i].Text : "";
    private bool At(int i, params string[] words) => words.Length > 0 && Enumerable.Range(0, words.Length).All(k => Word(i + k) == words[k]);

    private void Run()
    {
        ReadSoundtrackWords();
        for (var i = 0; i < _t.Count;)
            i += Step(i);
    }

    /// <summary>Reads what starts at token i; returns how many tokens it used.</summary>
    private int Step(int i)
    {
        var tok = _t[i];
        var w = tok.Text;
        if (_soundtrackWords.Contains(i)) return 1;
        if (SoundWords.Narration.Contains(w)) return 1;
        if (tok.Quoted)
        {
            _lines.Add(new SpokenLine { Speaker = SpeakerFor(i), Text = w });
            Note(i, 1, "spoken line");
            return 1;
        }

        if (TryShotBreak(i, out var breakLength)) return breakLength;
        if (TryPronoun(i)) return 1;

        // Multi-word phrases first.
        if (At(i, "slow", "motion")) { _manners.Add("slow motion"); Note(i, 2, "manner: slow motion"); return 2; }
        if (At(i, "time", "lapse")) { _manners.Add("timelapse"); Note(i, 2, "manner: timelapse"); return 2; }
        if (At(i, "golden", "hour")) { _time = 17.3; Note(i, 2, "time of day 17:18"); return 2; }
        if (At(i, "black", "and", "white")) { _style = "black and white"; Note(i, 3, "look: black and white"); return 3; }
        if (At(i, "film", "noir")) { _style = "noir"; Note(i, 2, "look: noir"); return 2; }
        if (At(i, "close", "up")) { _framing = "close-up"; Note(i, 2, "framing: close-up"); return 2; }
        if (At(i, "zero", "gravity")) { _gravity = 0; Note(i, 2, "gravity 0 m/s²"); return 2; }
        if (Filming.TryStylePhrase(_t, i, out var phraseStyle, out var styleLength)) { _style = phraseStyle; Note(i, styleLength, $"look: {phraseStyle}"); return styleLength; }
        if (Filming.TryCameraPhrase(_t, i, out var cameraMove, out var cameraLength))
        {
            if (cameraMove == "slow motion") { _manners.Add("slow motion"); Note(i, cameraLength, "manner: slow motion"); }
            else { _move = cameraMove; Note(i, cameraLength, $"camera: {cameraMove}"); }
            return cameraLength;
        }
        if (w is "indoor" or "indoors" or "interior" or "outdoor" or "outdoors" or "exterior" && !IsNounHere(i))
        {
            _indoor = _indoorFromWord = w is "indoor" or "indoors" or "interior";
            Note(i, 1, _indoor.Value ? "indoors" : "outdoors");
            return 1;
        }
        if (TryRelation(i, out var rel, out var relLength))
        {
            _relation = rel;
            return relLength;
        }

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

        if (Conditions.Gravity.TryGetValue(w, out var g) && (Word(i - 1) is "the" or "on" or "in" or "" || w is "lunar" or "martian" or "weightless"))
        {
            _gravity = g;
            Note(i, 1, $"gravity {g} m/s²");
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
            _shade = null;
            return 1;
        }
        if (Adjectives.Shades.Contains(w) && ColorNames.TryGetLinear(Word(i + 1), out _)) { _shade = w; return 1; }
        if (Adjectives.Materials.TryGetValue(w, out var material) && !IsNounHere(i)) { _material = material; return 1; }
        if (Adjectives.Sizes.TryGetValue(w, out var size)) { _sizeFactor = size; return 1; }

        if (Places.Surfaces.TryGetValue(w, out var surface) && !Nouns.TryMatch(_t, i, out _, out _))
        {
            _ground = _material ?? surface.Ground;
            _groundFromSurface = true;
            _indoor ??= surface.Indoor;
            Note(i, 1, $"ground: {_ground}");
            ClearModifiers();
            _relation = null;
            return 1;
        }
        if (Places.Settings.TryGetValue(w, out var place) && !Nouns.TryMatch(_t, i, out _, out _))
        {
            _setting = SettingName(i, place.Setting, w);
            _indoor = _indoorFromWord ?? place.Indoor;
            _ambience = place.Ambience;
            if (_material is not null) _ground = _material;
            else if (_ground is null || !_groundFromSurface) _ground = place.Ground;
            Note(i, 1, $"setting: {place.Setting}");
            ClearModifiers();
            _relation = null;
            return 1;
        }
        if (StrongVerbContext(i) && !Verbs.TryBase(w, out _) && Verbs.TryWordNet(w, out var handNounVerb) && Nouns.TryMatch(_t, i, out _, out var asNoun) && asNoun == 1)
        {
            AddAction(i, handNounVerb);
            return 1;
        }
        if (Nouns.TryMatch(_t, i, out var sense, out var nounLength))
        {
            AddThing(i, nounLength, sense);
            return nounLength;
        }
        if (Verbs.TryBase(w, out var verb))
        {
            AddAction(i, verb);
            return 1;
        }
        if (Conditions.Times.TryGetValue(w, out var hour)) { _time = hour; Note(i, 1, $"time of day {hour:0.#}h"); ClearModifiers(); return 1; }
        if (Conditions.Seasons.Contains(w) && !StrongVerbContext(i)) { Note(i, 1, $"season: {w} (not used by the renderer yet)"); ClearModifiers(); return 1; }
        if (Conditions.Weather.TryGetValue(w, out var weather)) { _weather = weather; Note(i, 1, $"weather: {weather}"); ClearModifiers(); return 1; }
        if (Filming.Styles.TryGetValue(w, out var style)) { _style = style; Note(i, 1, $"look: {style}"); return 1; }
        if (Filming.Moves.TryGetValue(w, out var move)) { _move = move; Note(i, 1, $"camera: {move}"); return 1; }
        if (Filming.Framings.TryGetValue(w, out var framing) && (w is "close-up" or "closeup" or "macro" || Word(i + 1) is "shot" or "angle" or "view")) { _framing = framing; Note(i, 1, $"framing: {framing}"); return 1; }
        if (Filming.Manners.TryGetValue(w, out var manner)) { _manners.Add(manner); Note(i, 1, $"manner: {manner}"); return 1; }

        if (FunctionWords.All.Contains(w) || !w.Any(char.IsLetter)) return 1;
        if (TryWordNetWord(i) is var used and > 0) return used;
        _notes.Add(new InterpretationNote { Text = tok.Text, As = "not understood", Understood = false });
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
        return !(Nouns.TryMatch(_t, next, out _, out _) || Places.Surfaces.ContainsKey(nextWord)
                 || Places.Settings.ContainsKey(nextWord) || Adjectives.Materials.ContainsKey(nextWord)
                 || ColorNames.TryGetLinear(nextWord, out _)
                 || nextWord.Length > 2 && nextWord.All(char.IsLetter) && !FunctionWords.All.Contains(nextWord)
                    && (Concepts.TryResolve(nextWord, out _) || Scenes.TryResolve(nextWord, out _)));
    }

    private bool TryRelation(int i, out string relation, out int length)
    {
        (string[] Words, string Relation)[] phrases =
        [
            (["on", "the", "top", "of"], "on"), (["on", "the", "bottom", "of"], "below"), (["at", "the", "bottom", "of"], "below"),
            (["on", "the", "left", "of"], "left of"), (["on", "the", "right", "of"], "right of"),
            (["on", "the", "left", "side", "of"], "left of"), (["on", "the", "right", "side", "of"], "right of"),
            (["to", "the", "left", "side", "of"], "left of"), (["to", "the", "right", "side", "of"], "right of"),
            (["at", "the", "left", "of"], "left of"), (["at", "the", "right", "of"], "right of"),
            (["on", "top", "of"], "on"), (["to", "the", "left", "of"], "left of"), (["to", "the", "right", "of"], "right of"),
            (["in", "the", "front", "of"], "in front of"), (["at", "the", "back", "of"], "behind"), (["in", "back", "of"], "behind"),
            (["next", "to"], "next to"), (["close", "to"], "next to"), (["near"], "next to"), (["by"], "next to"),
            (["within"], "inside"), (["in", "the", "middle", "of"], "inside"),
            (["left", "of"], "left of"), (["right", "of"], "right of"), (["in", "front", "of"], "in front of"),
            (["next", "to"], "next to"), (["beside"], "next to"), (["behind"], "behind"), (["under"], "under"),
            (["underneath"], "under"), (["beneath"], "under"), (["below"], "below"), (["above"], "above"), (["over"], "above"),
            (["inside"], "inside"), (["on"], "on"), (["onto"], "on"), (["upon"], "on"),
        ];
        foreach (var (words, r) in phrases)
            if (At(i, words)) { relation = r; length = words.Length; return true; }
        relation = ""; length = 0;
        return false;
    }

    private int ReadNumber(int i, double number)
    {
        var unit = Word(i + 1);
        var scale = unit switch
        {
            "m" or "meter" or "meters" or "metre" or "metres" => 1.0,
            "cm" or "centimeters" or "centimetres" => 0.01,
            "ft" or "foot" or "feet" => 0.3048,
            "km" => 1000,
            _ => double.NaN,
        };
        if (!double.IsNaN(scale))
        {
            var metres = number * scale;
            if (Word(i + 2) is "per" && Word(i + 3) is "s" or "second" or "sec")
            {
                _speed = metres;
                Note(i, 4, $"speed {metres:0.##} m/s");
                return 4;
            }
            if (Word(i + 2) is "tall" or "wide" or "long" or "across" or "big")
            {
                _sizeFactor = null;
                _pendingSize = metres;
                return 3;
            }
            _height = Math.Clamp(metres, 0, 1000);
            Note(i, 2, $"height {_height:0.##} m");
            return 2;
        }
        if (unit is "s" && number >= 100 && Word(i + 1) is "s" && _t[i + 1].Start == _t[i].Start + _t[i].Length)
        {
            Note(i, 2, "a decade (not a duration)");
            return 2;
        }
        if (unit is "s" or "sec" or "secs" or "second" or "seconds")
        {
            if (number is < 0.5 or > 60)
            {
                _notes.Add(new InterpretationNote { Text = Phrase(i, 2), As = "duration outside 0.5–60 s: not used", Understood = false });
                return 2;
            }
            _seconds = number;
            Note(i, 2, $"duration {number:0.##} s");
            return 2;
        }
        if (unit is "mph") { _speed = number * 0.44704; Note(i, 2, $"speed {_speed:0.##} m/s"); return 2; }
        _count = number;
        return 1;
    }

    private double? _pendingSize;

    private void AddThing(int i, int length, NounSense sense, ConceptSense? concept = null)
    {
        _afterThing = i + length;
        var word = Word(i + length - 1);
        var count = (int)Math.Clamp(Math.Round(_count ?? (Nouns.IsPlural(word) && sense.Kind != "person" ? 3 : word is "people" or "persons" or "men" or "women" or "children" or "kids" ? 3 : 1)), 1, 200);
        double? size = _pendingSize ?? (_sizeFactor is { } f ? (sense.Size ?? TypicalSize(sense.Kind)) * f : sense.Size);
        var traits = new Traits
        {
            Color = _color ?? sense.Color,
            Material = _material ?? sense.Material,
            Size = size is null ? null : Math.Round(Math.Clamp(size.Value, 0.001, 100), 3),
        };

        // "the ball" after "a red ball" is the same ball.
        var definite = Word(i - 1) == "the";
        var existing = definite ? _cast.LastOrDefault(c => c.Kind == sense.Kind) : null;
        string id;
        if (existing is not null && _color is null && _material is null)
            id = existing.Id;
        else
        {
            var stem = sense.Kind.Split(' ')[^1];
            var n = 1;
            while (_cast.Any(c => c.Id == stem + n)) n++;
            id = stem + n;
            _cast.Add(new CastMember { Id = id, Kind = sense.Kind, Count = count, Traits = traits });
            var desc = string.Join(' ', new[] { count > 1 ? count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " ×" : null, traits.Color, traits.Material, sense.Kind }.Where(s => s is not null));
            var via = concept switch
            {
                { Match: KindMatch.Exact } c when c.Lemma != c.Kind => $" (a {c.Lemma} is a kind of {c.Via})",
                { Match: KindMatch.StandIn } c => $" (no {c.Lemma} model: shown as the nearest known kind, through {c.Via})",
                _ => "",
            };
            Note(i, length, desc + via + (AssetLibrary.IsKnown(sense.Kind) ? "" : " (drawn as a stand-in box until its asset exists)"));
        }

        if (_relation is not null && _subjects.Count + _cast.Count > 1)
        {
            var subject = _subjects.Count > 0 ? _subjects[^1] : _cast.Count > 1 ? _cast[^2].Id : null;
            if (subject is not null && subject != id)
                _relations.Add(new RelationSpec { Subject = subject, Relation = _relation, Object = id });
        }
        else if (_lastVerbAction >= 0 && _relation is null && _actions[_lastVerbAction].Object is null && _actions[_lastVerbAction].Actor != id)
            _actions[_lastVerbAction] = _actions[_lastVerbAction] with { Object = id };
        else if (!_subjects.Contains(id)) _subjects.Add(id);

        _relation = null;
        ClearModifiers();
    }

    private static double TypicalSize(string kind) => AssetLibrary.TypicalSize(kind);

    private void AddAction(int i, string verb, int length = 1)
    {
        _afterVerb = i + length;
        var actors = _subjects.Count > 0 ? _subjects.ToList() : _lastActors.Count > 0 ? _lastActors.ToList() : _cast.Count > 0 ? [_cast[^1].Id] : [];
        if (actors.Count == 0)
        {
            _notes.Add(new InterpretationNote { Text = Phrase(i, length), As = $"action '{verb}' with no one to do it", Understood = false });
            return;
        }
        foreach (var actor in actors)
            _actions.Add(new ActionSpec { Actor = actor, Verb = verb });
        _lastActors = actors;
        _lastVerbAction = _actions.Count - 1;
        Note(i, length, $"action: {verb} ({string.Join(", ", actors)})");
        _subjects.Clear();
        _relation = null;
    }

    private void ClearModifiers()
    {
        _count = null; _color = null; _shade = null; _material = null; _sizeFactor = null; _pendingSize = null;
    }

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
        var shots = new List<ShotSpec>();
        var shotSeconds = Math.Round(seconds / drafts.Count, 3);
        string? lastMove = null, lastFraming = null;
        for (var k = 0; k < drafts.Count; k++)
        {
            var (first, move, framing) = drafts[k];
            var end = k + 1 < drafts.Count ? drafts[k + 1].FirstAction : actions.Count;
            var start = Math.Round(k * shotSeconds, 3);
            var length = k + 1 < drafts.Count ? shotSeconds : Math.Round(seconds - start, 3);
            var shotActions = actions.Skip(first).Take(end - first)
                .Select(a => drafts.Count > 1 ? a with { Start = start, End = Math.Round(start + length, 3) } : a).ToList();
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
        var indoor = _indoor ?? false;
        var setting = _setting ?? (indoor ? "room" : "studio");
        var ambience = _ambience.Length > 0 ? _ambience : indoor ? ["room tone"] : ["outdoor air"];
        return new ScenePlan
        {
            Seed = request.Seed ?? 42,
            Prompt = prompt,
            Format = new VideoFormat
            {
                Width = request.Width ?? 1280, Height = request.Height ?? 720, Fps = request.Fps ?? 24, Seconds = seconds,
            },
            Look = new LookSpec { Style = _style ?? "photoreal" },
            World = new WorldSpec
            {
                Setting = setting, Indoor = indoor, TimeOfDay = _time ?? 14, Weather = _weather ?? "clear",
                Gravity = _gravity ?? 9.81, Ground = _ground ?? (indoor ? "wood" : "concrete"),
            },
            Cast = _cast,
            Relations = _relations,
            Shots = shots,
            Audio = new AudioSpec { Ambience = ambience, Lines = _lines, Music = _noMusic ? null : _music },
            Interpretation = _notes,
        };
    }
}
