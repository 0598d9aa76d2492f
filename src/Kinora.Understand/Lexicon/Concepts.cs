using Kinora.Understand.Lexicon.WordNet;

namespace Kinora.Understand.Lexicon;

/// <summary>How a noun reached its kind: it is one (a corgi is a dog), it stands in for it (a lion is drawn as a
/// cat), or nothing known is near and the noun is its own kind (drawn as a stand-in shape).</summary>
public enum KindMatch { Exact, StandIn, Own }

/// <summary>A noun's kind, how it was reached, and the WordNet chain that led there ("corgi → dog").</summary>
public sealed record ConceptSense(string Kind, KindMatch Match, string Lemma, string Via);

/// <summary>
/// Nouns to the planner's kinds through WordNet hypernyms. Each COCO class is anchored at its WordNet 3.0 synset
/// (offsets into data.noun, which never change for 3.0); any noun whose first concrete sense has that synset among
/// its ancestors is that class ("sedan" → car → motor vehicle, "corgi" → dog). A few broader synsets are anchored
/// as stand-ins where the class's model is a fair picture of the family (a lion is drawn as a cat, a van as a
/// car); the nearest anchor by hypernym distance wins. The hand table in <see cref="Nouns"/> is consulted first
/// and overrides all of this (WordNet puts "puppy" under young mammal, never dog).
/// </summary>
public static class Concepts
{
    /// <summary>COCO class anchors: synset offset → kind.</summary>
    private static readonly Dictionary<long, string> Exact = new()
    {
        [00007846] = "person", [02834778] = "bicycle", [02958343] = "car", [03790512] = "motorcycle",
        [02691156] = "airplane", [02924116] = "bus", [04468005] = "train", [04490091] = "truck", [02858304] = "boat",
        [06874185] = "traffic light", [03346898] = "fire hydrant", [03891332] = "parking meter", [02828884] = "bench",
        [01503061] = "bird", [02121620] = "cat", [02084071] = "dog", [02374451] = "horse", [02411705] = "sheep",
        [02403454] = "cow", [02402425] = "cow", [02503517] = "elephant", [02131653] = "bear", [02391049] = "zebra",
        [02439033] = "giraffe", [02769748] = "backpack", [04507155] = "umbrella", [02774152] = "handbag",
        [03815615] = "tie", [02773838] = "suitcase", [03397947] = "frisbee", [04228054] = "skis",
        [04251791] = "snowboard", [02778669] = "sports ball", [02779435] = "sports ball", [03621473] = "kite",
        [02799175] = "baseball bat", [02800213] = "baseball glove", [04225987] = "skateboard", [04363559] = "surfboard",
        [04409806] = "tennis racket", [02876657] = "bottle", [04592099] = "wine glass", [03147509] = "cup",
        [03383948] = "fork", [03623556] = "knife", [04284002] = "spoon", [02881193] = "bowl", [07753592] = "banana",
        [07739125] = "apple", [07695965] = "sandwich", [07747607] = "orange", [07714990] = "broccoli",
        [07730207] = "carrot", [07697537] = "hot dog", [07873807] = "pizza", [07639069] = "donut", [07628870] = "cake",
        [03001627] = "chair", [04256520] = "couch", [11536230] = "potted plant", [13083023] = "potted plant",
        [02818832] = "bed", [03201208] = "dining table", [04446276] = "toilet", [04405907] = "tv", [04404412] = "tv",
        [03642806] = "laptop", [03793489] = "mouse", [04074963] = "remote", [03614007] = "keyboard",
        [02992529] = "cell phone", [03761084] = "microwave", [03862676] = "oven", [04442312] = "toaster",
        [04223580] = "sink", [04070727] = "refrigerator", [02870092] = "book", [03046257] = "clock", [04522168] = "vase",
        [04148054] = "scissors", [04399382] = "teddy bear", [03483316] = "hair drier", [04453156] = "toothbrush",
    };

    /// <summary>The 80 COCO class names, in the order of the table above; WordNet 3.0 has no synset for a stop sign.</summary>
    public static IReadOnlyList<string> CocoKinds { get; } = [.. Exact.Values.Distinct(), "stop sign"];

    /// <summary>Families whose class model is a fair stand-in: synset offset → kind.</summary>
    private static readonly Dictionary<long, string> StandIns = new()
    {
        [02120997] = "cat",          // feline: lion, tiger, lynx
        [02083346] = "dog",          // canine: wolf, fox, jackal
        [02374149] = "horse",        // equine: donkey, mule
        [02401031] = "cow",          // bovid: goat, antelope, bison
        [03791235] = "car",          // motor vehicle: van, jeep, minivan
        [02686568] = "airplane",     // aircraft: helicopter, glider
        [04530566] = "boat",         // vessel: ship, ferry, submarine
        [03241496] = "cup",          // drinking vessel: mug, tumbler, goblet
        [03438257] = "cup",          // drinking glass: a tumbler is drawn as a cup (of glass, when the word says so)
        [04161981] = "chair",        // seat: stool, throne
        [04379243] = "dining table", // table (furniture): desk, coffee table
        [03082979] = "laptop",       // computer
        [04401088] = "cell phone",   // telephone
        [04437953] = "clock",        // timepiece: watch
        [11669921] = "potted plant", // flower (cultivated)
        [02773037] = "handbag",      // bag: sack, tote
        // Four-legged animals with no model of their own: the modelled animal nearest in build and size, so that a
        // herd still reads as animals of about the right bulk rather than as grey boxes.
        [02437616] = "sheep",        // llama: woolly, sheep-sized
        [02416519] = "sheep",        // goat: a caprine of a sheep's size (bovid would draw it as a cow)
        [02398521] = "elephant",     // hippopotamus: a grey barrel of elephant bulk
        [02391994] = "elephant",     // rhinoceros: likewise
        [02323449] = "cat",          // lagomorph: rabbit, hare, a small four-legged animal
        [02329401] = "cat",          // rodent: squirrel, rat, beaver
        [02370806] = "horse",        // ungulate: any other hoofed mammal (antelope is nearer a cow, through bovid)
        [02395003] = "sheep",        // swine: a stout, short-legged animal of a sheep's size (ungulate would say horse)
        [02075296] = "dog",          // carnivore: hyena, raccoon, badger (felines, canines and bears are anchored above)
        // Found as grey stand-in boxes over the VBench prompts: a figure, a fruit or a craft of the right build reads better.
        [02761392] = "person",       // automaton: robot, android (a figure of a person's build)
        [07705931] = "apple",        // edible fruit: pear, plum, peach, grape (a round fruit in the hand)
        [04264914] = "airplane",     // spacecraft: space shuttle, spaceship (a winged craft)
        [01882714] = "bear",         // koala ("a koala bear")
        [13108841] = "pine",         // conifer: spruce, fir, cedar, a Christmas tree
    };

    /// <summary>Animals beyond COCO that have a model of their own (Compose's Animals.OtherAnimals): synset offset →
    /// kind. They resolve as a COCO class does (a moose is a kind of deer) but are not counted among the classes.</summary>
    private static readonly Dictionary<long, string> Species = new()
    {
        [02510455] = "panda",        // giant panda
        [02430045] = "deer",         // deer (cervid): moose, elk, reindeer, stag
        [02437136] = "camel",        // camel: dromedary, bactrian camel
        [02129165] = "lion",         // lion, lioness
        [02129604] = "tiger",        // tiger, tigress
        [02118333] = "fox",          // fox: red fox, vixen, arctic fox
        [02114100] = "wolf",         // wolf: timber wolf, coyote
    };

    /// <summary>Flat pictures (a painting, a drawing, a photograph, a poster) are one drawable kind: Compose frames them
    /// and hangs them on the set's wall (Layout/WallHangings). Synset offset → kind.</summary>
    private static readonly Dictionary<long, string> Pictures = new()
    {
        [03453809] = "painting",     // graphic art: painting, drawing, etching, print
        [03931044] = "painting",     // picture, image: portrait, snapshot
        [03925226] = "painting",     // photograph (WordNet files it under representation, beside picture)
    };

    /// <summary>Drinks are drawn as what they are drunk from ("drinking coffee": the cup is what is seen, and what a
    /// drinker lifts); nothing stands in for anything, so these resolve as exact. Synset offset → kind.</summary>
    private static readonly Dictionary<long, string> Drinks = new()
    {
        [07881800] = "cup",          // beverage: coffee, tea, juice, cocoa
        [07891726] = "wine glass",   // wine
    };

    /// <summary>clothing.n.01: worn things are traits of a wearer, not props of their own.</summary>
    private const long Clothing = 03051540;

    /// <summary>True when the noun's usual concrete sense is a garment ("suit", "evening wear", "hat").</summary>
    public static bool IsClothing(string noun)
    {
        var wn = WordNetDatabase.Shared;
        if (wn is null) return false;
        foreach (var lemma in wn.BaseForms(noun, PartOfSpeech.Noun))
        {
            var first = wn.Senses(lemma, PartOfSpeech.Noun).FirstOrDefault(s => LexFiles.IsTangible(s.LexFile) && !s.IsProper);
            return first is not null && (first.Offset == Clothing || wn.Ancestors(first).Any(a => a.Synset.Offset == Clothing));
        }
        return false;
    }

    /// <summary>How far up the hypernym tree a stand-in may be looked for: a family, not a kingdom.</summary>
    private const int MaxStandInDepth = 6;

    /// <summary>
    /// The kind of a noun (base form or inflected; spaces or underscores between words), or false when WordNet
    /// has no concrete sense for it (it is an event, a quality, a place…) or is not installed.
    /// </summary>
    public static bool TryResolve(string noun, out ConceptSense sense) => Memo.TryGet(noun, out sense);

    private static readonly WordMemo<ConceptSense> Memo = new(Resolve);

    private static bool Resolve(string noun, out ConceptSense sense)
    {
        sense = null!;
        var wn = WordNetDatabase.Shared;
        if (wn is null) return false;
        foreach (var lemma in wn.BaseForms(noun, PartOfSpeech.Noun))
        {
            var all = wn.Senses(lemma, PartOfSpeech.Noun).Where(s => LexFiles.IsTangible(s.LexFile)).ToList();
            // Proper names ("Marsh" the painter) only when the word has no common concrete sense ("Einstein").
            var concrete = (all.Any(s => !s.IsProper) ? all.Where(s => !s.IsProper) : all).Take(4).ToList();
            if (concrete.Count == 0) continue;
            var name = lemma.Replace('_', ' ');
            var resolved = concrete.Select(s => Resolve(wn, s, name)).ToList();
            // The most frequent concrete sense decides, unless a later one is itself a class ("mouse" the device).
            var best = concrete.FindIndex(s => Exact.ContainsKey(s.Offset) || Species.ContainsKey(s.Offset));
            // With no corpus counts (tagsense_cnt 0) the sense order says little: prefer a sense that can be drawn
            // as a thing over a role of a person ("mug" the cup, not the face; "dalmatian" the dog, not the native).
            if (best < 0 && wn.TaggedSenses(lemma, PartOfSpeech.Noun) == 0)
                best = resolved.FindIndex(r => r.Match != KindMatch.Own && r.Kind != "person");
            sense = resolved[Math.Max(0, best)];
            return true;
        }
        return false;
    }

    private static ConceptSense Resolve(WordNetDatabase wn, Synset synset, string lemma)
    {
        if (Exact.TryGetValue(synset.Offset, out var own) || Species.TryGetValue(synset.Offset, out own)) return new ConceptSense(own, KindMatch.Exact, lemma, own);
        if (StandIns.TryGetValue(synset.Offset, out var near)) return new ConceptSense(near, KindMatch.StandIn, lemma, synset.Head);
        if (Pictures.TryGetValue(synset.Offset, out var picture)) return new ConceptSense(picture, KindMatch.Exact, lemma, synset.Head);
        if (Drinks.TryGetValue(synset.Offset, out var vessel)) return new ConceptSense(vessel, KindMatch.Exact, lemma, synset.Head);
        var chain = new List<string>();
        foreach (var (ancestor, depth) in wn.Ancestors(synset))
        {
            if (Exact.TryGetValue(ancestor.Offset, out var kind) || Species.TryGetValue(ancestor.Offset, out kind))
                return new ConceptSense(kind, KindMatch.Exact, lemma, $"{ancestor.Head}");
            if (depth <= MaxStandInDepth && StandIns.TryGetValue(ancestor.Offset, out kind))
                return new ConceptSense(kind, KindMatch.StandIn, lemma, $"{ancestor.Head}");
            if (depth <= MaxStandInDepth && (Pictures.TryGetValue(ancestor.Offset, out kind) || Drinks.TryGetValue(ancestor.Offset, out kind)))
                return new ConceptSense(kind, KindMatch.Exact, lemma, $"{ancestor.Head}");
        }
        return new ConceptSense(lemma, KindMatch.Own, lemma, synset.Head);
    }
}
