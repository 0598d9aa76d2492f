namespace Kinora.Understand.Lexicon;

/// <summary>A noun's meaning: the canonical kind (COCO name where one applies) and traits the word implies.</summary>
public sealed record NounSense(string Kind, double? Size = null, string? Material = null, string? Color = null);

/// <summary>
/// Object nouns, singular and plural, to canonical kinds. The 80 COCO classes are all here by name with common
/// synonyms; the ball family carries sizes (ball diameters from the sports' rules) because physics needs them.
/// WordNet (<see cref="Concepts"/>) covers every other noun; this table is the override layer, read first, for
/// what WordNet gets wrong for a scene ("puppy" is a young mammal there, never a dog) and for sizes.
/// </summary>
public static class Nouns
{
    private static readonly Dictionary<string, NounSense> Senses = new(StringComparer.Ordinal);
    /// <summary>Two-word nouns ("tennis ball", "traffic light"), matched before single words.</summary>
    private static readonly Dictionary<string, NounSense> Compounds = new(StringComparer.Ordinal);
    /// <summary>First words of the compounds: most tokens start none, and skip the joins (the reader asks per token, often).</summary>
    private static readonly HashSet<string> CompoundStarts = new(StringComparer.Ordinal);

    static Nouns()
    {
        void Add(string kind, params string[] words)
        {
            foreach (var w in words.Length == 0 ? [kind] : words) AddWord(w, new NounSense(kind));
        }
        void Ball(string word, double size, string? material = null, string? color = null) =>
            AddWord(word, new NounSense("sports ball", size, material, color));

        Ball("ball", 0.22); Ball("sports ball", 0.22); Ball("football", 0.22, "rubber", "white"); Ball("soccer ball", 0.22, "rubber", "white");
        Ball("basketball", 0.24, "rubber", "orange"); Ball("tennis ball", 0.067, "rubber", "lime");
        Ball("baseball", 0.074, "rubber", "white"); Ball("golf ball", 0.043, "plastic", "white");
        Ball("beach ball", 0.5, "plastic"); Ball("bowling ball", 0.218, "plastic", "black");
        Ball("volleyball", 0.21, "rubber", "white"); Ball("ping pong ball", 0.04, "plastic", "white");
        Ball("rubber ball", 0.2, "rubber"); Ball("bouncy ball", 0.06, "rubber");
        AddWord("sphere", new NounSense("sports ball", 0.3, "plastic"));
        AddWord("orb", new NounSense("sports ball", 0.3, "glass"));

        Add("box", "box", "boxes", "carton", "package", "parcel");
        Add("crate", "crate", "crates");
        Add("cube", "cube", "cubes", "dice", "die");
        Add("block", "block", "blocks");
        Add("brick", "brick", "bricks");
        Add("domino", "domino", "dominoes", "dominos");
        Add("marble", "marbles");

        // Kinds the physical set-ups build (Compose/Scenarios).
        Add("ramp", "ramp", "ramps", "incline"); AddWord("inclined plane", new NounSense("ramp"));
        Add("pendulum", "pendulum", "pendulums", "pendula");
        AddWord("newton's cradle", new NounSense("newtons cradle")); AddWord("newtons cradle", new NounSense("newtons cradle"));
        AddWord("newton cradle", new NounSense("newtons cradle"));
        foreach (var ball in new[] { "billiard ball", "cue ball", "pool ball", "snooker ball" })
            AddWord(ball, new NounSense("billiard balls", 0.057, "resin"));
        Add("shelf", "shelf", "shelves", "bookshelf", "bookshelves", "bookcase", "bookcases");
        Add("apple", "apple", "apples");
        // Pictures WordNet files as communication, not as things (its graphic-art and picture senses are in Concepts).
        Add("painting", "poster", "posters", "artwork", "artworks");
        Add("orange", "orange", "oranges");

        // COCO 2017's 80 classes, with common synonyms.
        Add("person", "person", "people", "man", "men", "woman", "women", "boy", "girl", "child", "children", "kid", "kids", "guy", "lady", "persons");
        Add("bicycle", "bicycle", "bicycles", "bike", "bikes");
        Add("car", "car", "cars", "sedan", "taxi", "cab", "suv", "jeep");
        Add("motorcycle", "motorcycle", "motorcycles", "motorbike", "scooter");
        Add("airplane", "airplane", "airplanes", "plane", "planes", "jet", "aircraft", "aeroplane");
        Add("bus", "bus", "buses");
        Add("train", "train", "trains", "locomotive");
        Add("truck", "truck", "trucks", "lorry");
        Add("boat", "boat", "boats", "ship", "sailboat", "yacht", "canoe");
        AddWord("traffic light", new NounSense("traffic light"));
        AddWord("fire hydrant", new NounSense("fire hydrant")); Add("fire hydrant", "hydrant");
        AddWord("stop sign", new NounSense("stop sign"));
        AddWord("parking meter", new NounSense("parking meter"));
        Add("bench", "bench", "benches");
        Add("bird", "bird", "birds", "pigeon", "pigeons", "sparrow", "seagull", "parrot", "crow");
        Add("cat", "cat", "cats", "kitten", "kittens", "kitty");
        Add("dog", "dog", "dogs", "puppy", "puppies", "corgi", "retriever", "labrador", "poodle", "terrier", "beagle");
        Add("horse", "horse", "horses", "pony", "stallion");
        Add("sheep", "sheep", "lamb", "lambs");
        Add("cow", "cow", "cows", "cattle", "bull", "calf");
        Add("elephant", "elephant", "elephants");
        Add("bear", "bear", "bears");
        Add("zebra", "zebra", "zebras");
        Add("giraffe", "giraffe", "giraffes");
        Add("backpack", "backpack", "backpacks", "rucksack");
        Add("umbrella", "umbrella", "umbrellas");
        Add("handbag", "handbag", "handbags", "purse");
        Add("tie", "tie", "necktie");
        Add("suitcase", "suitcase", "suitcases", "luggage");
        Add("frisbee", "frisbee", "frisbees");
        Add("skis", "skis", "ski");
        Add("snowboard", "snowboard");
        Add("kite", "kite", "kites");
        AddWord("baseball bat", new NounSense("baseball bat"));
        AddWord("baseball glove", new NounSense("baseball glove"));
        Add("skateboard", "skateboard", "skateboards");
        Add("surfboard", "surfboard", "surfboards");
        AddWord("tennis racket", new NounSense("tennis racket")); Add("tennis racket", "racket", "racquet");
        Add("bottle", "bottle", "bottles");
        AddWord("wine glass", new NounSense("wine glass"));
        Add("cup", "cup", "cups", "mug", "mugs");
        Add("fork", "fork", "forks");
        Add("knife", "knife", "knives");
        Add("spoon", "spoon", "spoons");
        Add("bowl", "bowl", "bowls");
        Add("banana", "banana", "bananas");
        Add("sandwich", "sandwich", "sandwiches");
        Add("broccoli", "broccoli");
        Add("carrot", "carrot", "carrots");
        AddWord("hot dog", new NounSense("hot dog"));
        Add("pizza", "pizza", "pizzas");
        Add("donut", "donut", "donuts", "doughnut", "doughnuts");
        Add("cake", "cake", "cakes");
        Add("chair", "chair", "chairs", "stool");
        Add("couch", "couch", "couches", "sofa", "sofas");
        AddWord("potted plant", new NounSense("potted plant")); Add("potted plant", "plant", "plants", "houseplant");
        Add("bed", "bed", "beds");
        AddWord("dining table", new NounSense("dining table")); Add("dining table", "table", "tables", "desk");
        Add("toilet", "toilet");
        Add("tv", "tv", "television", "monitor");
        Add("laptop", "laptop", "laptops", "notebook");
        Add("mouse", "mouse");
        Add("remote", "remote");
        Add("keyboard", "keyboard");
        AddWord("cell phone", new NounSense("cell phone")); Add("cell phone", "phone", "smartphone", "cellphone");
        Add("microwave", "microwave");
        Add("oven", "oven", "stove");
        Add("toaster", "toaster");
        Add("sink", "sink");
        Add("refrigerator", "refrigerator", "fridge");
        Add("book", "book", "books");
        Add("clock", "clock", "clocks");
        Add("vase", "vase", "vases");
        Add("scissors", "scissors");
        AddWord("teddy bear", new NounSense("teddy bear"));
        AddWord("hair drier", new NounSense("hair drier")); AddWord("hair dryer", new NounSense("hair drier"));
        Add("toothbrush", "toothbrush");

        // The asset library's own names of two or more words ("tropical fish", "reef fish", "drum kit"): WordNet has
        // no such compound, so "tropical" went unread and a plain fish was drawn where the library has the kind.
        foreach (var spec in Kinora.Compose.Assets.AssetLibrary.ModelledKinds)
            foreach (var name in spec.Aliases.Prepend(spec.Kind))
                if (spec.Kind != "person" && name.Contains(' ') && !Compounds.ContainsKey(name)) AddWord(name, new NounSense(spec.Kind));
                // and its one-word names WordNet lacks ("streetlamp"): the noun went unread and nothing was drawn.
                else if (spec.Kind != "person" && !name.Contains(' ') && !Senses.ContainsKey(name)
                         && WordNet.WordNetDatabase.Shared is { } wn && !wn.Contains(name, WordNet.PartOfSpeech.Noun)) AddWord(name, new NounSense(spec.Kind));
    }

    private static void AddWord(string word, NounSense sense)
    {
        if (word.Contains(' '))
        {
            Compounds[word] = sense;
            CompoundStarts.Add(word[..word.IndexOf(' ')]);
        }
        else Senses[word] = sense;
    }

    /// <summary>Looks up a compound of two or three words at <paramref name="i"/>, then a single word; plurals
    /// are tried as their singular ("tennis balls" → "tennis ball").</summary>
    public static bool TryMatch(IReadOnlyList<Token> tokens, int i, out NounSense sense, out int length)
    {
        if (i < 0 || i >= tokens.Count) { sense = null!; length = 0; return false; }
        for (length = CompoundStarts.Contains(tokens[i].Text) ? 3 : 1; length >= 2; length--)
        {
            if (i + length > tokens.Count) continue;
            var words = Enumerable.Range(i, length).Select(k => tokens[k].Text).ToArray();
            if (Compounds.TryGetValue(string.Join(' ', words), out sense!)) return true;
            words[^1] = Singular(words[^1]);
            if (Compounds.TryGetValue(string.Join(' ', words), out sense!)) return true;
        }
        length = 1;
        var word = tokens[i].Text;
        return Senses.TryGetValue(word, out sense!) || Senses.TryGetValue(Singular(word), out sense!);
    }

    /// <summary>The single words the hand table maps to <paramref name="kind"/>, in table order.</summary>
    public static IEnumerable<string> WordsFor(string kind) => Senses.Where(p => p.Value.Kind == kind).Select(p => p.Key);

    /// <summary>One word (singular or regular plural) in the hand table.</summary>
    public static bool TryWord(string word, out NounSense sense) =>
        Senses.TryGetValue(word, out sense!) || Senses.TryGetValue(Singular(word), out sense!);

    /// <summary>English plural to singular for regular nouns: "boxes" → "box", "puppies" → "puppy", "balls" → "ball".</summary>
    public static string Singular(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal)) return word[..^3] + "y";
        if (word.Length > 3 && (word.EndsWith("ses") || word.EndsWith("xes") || word.EndsWith("ches") || word.EndsWith("shes") || word.EndsWith("zes")))
            return word[..^2];
        if (word.Length > 2 && word.EndsWith('s') && !word.EndsWith("ss")) return word[..^1];
        return word;
    }

    /// <summary>True for plural forms (so "balls" without a number means a few).</summary>
    public static bool IsPlural(string word) =>
        word.EndsWith('s') && !word.EndsWith("ss") && word is not ("bus" or "dice" or "skis" or "scissors" or "glass" or "chassis" or "drums"); // "plays the drums": one kit
}
