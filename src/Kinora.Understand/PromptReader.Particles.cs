using Kinora.Understand.Lexicon;

namespace Kinora.Understand;

/// <summary>
/// Petals, autumn leaves, sparks, confetti, bubbles, smoke, fire and dust are read as what fills the air
/// (<c>world.particles</c>), not as cast members: hundreds of tiny things are drawn by the renderer's particle pass,
/// never staged one by one. A fire is drawn with its own smoke and sparks, so it wins over either.
/// </summary>
internal sealed partial class PromptReader
{
    private string? _particles;

    /// <summary>Fire, smoke and dust words and their kinds (the others are in <see cref="Conditions.ParticleNouns"/>).</summary>
    private static readonly Dictionary<string, string> FireWords = new()
    {
        ["fire"] = "fire", ["fires"] = "fire", ["flames"] = "fire", ["flame"] = "fire", ["campfire"] = "fire",
        ["bonfire"] = "fire", ["fireplace"] = "fire", ["blaze"] = "fire", ["smoke"] = "smoke", ["smoky"] = "smoke",
        ["dust"] = "dust", ["dusty"] = "dust",
    };

    /// <summary>Words before a fire, smoke or dust word that belong to it ("a crackling campfire", "thick smoke").</summary>
    private static readonly HashSet<string> FireModifiers =
    [
        "crackling", "roaring", "burning", "blazing", "warm", "open", "thick", "grey", "gray", "black", "white",
        "fine", "golden", "floating", "drifting", "rising", "swirling", "wisps", "wisp", "of",
    ];

    /// <summary>How fire and smoke move, read with them ("a campfire burns", "smoke billows").</summary>
    private static readonly HashSet<string> FireVerbs =
    [
        "burn", "burns", "burning", "crackle", "crackles", "crackling", "flicker", "flickers", "flickering", "blaze",
        "blazes", "billow", "billows", "billowing", "hang", "hangs", "hanging", "curl", "curls", "curling",
    ];

    /// <summary>A fire word followed by one of these is a thing's name, not a fire: "fire hydrant", "fire truck".</summary>
    private static readonly HashSet<string> FireCompounds =
    [
        "hydrant", "truck", "engine", "station", "escape", "alarm", "extinguisher", "fighter", "fighters", "pit",
        "storm", "cloud", "jacket", "bowl", "pan",
    ];

    /// <summary>A particle phrase at token i, with its modifiers and motion verb; returns tokens used (0: none).</summary>
    private int TryParticles(int i)
    {
        if (!Conditions.TryParticles(_t, i, out var kind, out var length) && !TryFireWords(i, out kind, out length)) return 0;
        if (_particles != "fire" || kind == "fire") _particles = kind;   // a fire keeps its sparks and smoke
        Note(i, length, "setting", $"particles: {kind}");
        ClearModifiers();
        return length;
    }

    private bool TryFireWords(int i, out string kind, out int length)
    {
        kind = ""; length = 0;
        var k = i;
        while (FireModifiers.Contains(Word(k)) && k < i + 3) k++;
        if (!FireWords.TryGetValue(Word(k), out var found) || FireCompounds.Contains(Word(k + 1))) return false;
        k++;
        if (FireVerbs.Contains(Word(k)) || Conditions.ParticleVerbs.Contains(Word(k))) k++;
        kind = found;
        length = k - i;
        return true;
    }
}
