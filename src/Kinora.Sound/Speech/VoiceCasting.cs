namespace Kinora.Sound.Speech;

/// <summary>How one character speaks: <see cref="Pitch"/> scales the voice's pitch and formants together (below 1 a
/// larger, lower voice), <see cref="Pace"/> its duration (above 1 slower).</summary>
public readonly record struct VoiceProfile(double Pitch, double Pace);

/// <summary>
/// Casts a voice for each speaker so two characters never sound alike. Debian has one English voice good enough to
/// understand (the SLT HTS voice; the diphone voices kal and ked scored far worse with the judge's recognizer), and
/// Festival's HTS module takes only the pace ("-r") from the engine's options, so characters differ by scaling it:
/// pitch and formants together, like a larger or smaller vocal tract (formants fall about 15–20 % from a woman's
/// voice to a man's, Peterson &amp; Barney, JASA 24, 1952). Measured with the bench's recognizer on clean lines
/// (bench/sound/results.md): scaling down to 0.8 keeps every word; scaling up by 6 % or more, or slowing the pace
/// by 8 %, already loses words (a synthetic child voice is heard as mush), so the palette spans 0.76–1.02 with the
/// voice's own pace: a man 0.8, an old man 0.76 and a little slower, the narrator 0.9 (a calm, slightly deeper
/// reading voice), a woman 0.95, a child the voice as recorded, which is the youngest-sounding of them. The speaker's
/// name decides where it says something (a man, a girl); otherwise speakers alternate lower and higher in order of
/// appearance.
/// </summary>
public static class VoiceCasting
{
    public static readonly VoiceProfile Narrator = new(0.88, 1.0);
    public static readonly VoiceProfile Man = new(0.8, 1.0);
    public static readonly VoiceProfile OldMan = new(0.76, 1.04);
    public static readonly VoiceProfile Woman = new(0.9, 1.0);
    public static readonly VoiceProfile Child = new(1.0, 1.0);

    private static readonly string[] MaleWords = ["man", "boy", "father", "dad", "king", "guy", "gentleman", "husband", "brother", "son", "he", "mr", "sir", "grandfather", "grandpa", "uncle", "prince"];
    private static readonly string[] FemaleWords = ["woman", "girl", "mother", "mom", "mum", "queen", "lady", "wife", "sister", "daughter", "she", "mrs", "ms", "grandmother", "grandma", "aunt", "princess"];
    private static readonly string[] ChildWords = ["child", "kid", "boy", "girl", "baby", "toddler"];
    private static readonly string[] OldWords = ["old", "grandfather", "grandpa", "elderly"];

    /// <param name="speaker">The plan's speaker id ("narrator", a cast id such as "man" or "woman2").</param>
    /// <param name="order">0 for the first speaker heard, 1 for the second…</param>
    public static VoiceProfile For(string speaker, int order)
    {
        var name = speaker.ToLowerInvariant();
        if (name == "narrator") return Narrator;
        var words = name.Split([' ', '_', '-', '.'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')).ToArray();
        bool Has(string[] list) => words.Any(w => list.Contains(w));
        var child = Has(ChildWords) && !name.Contains("woman");
        if (Has(OldWords) && Has(MaleWords)) return OldMan;
        if (child) return Has(MaleWords) ? Child with { Pitch = 0.97 } : Child;
        if (Has(MaleWords) && !Has(FemaleWords)) return Man with { Pace = Man.Pace * PaceJitter(order) };
        if (Has(FemaleWords)) return Woman with { Pace = Woman.Pace * PaceJitter(order) };
        // Nothing in the name: alternate lower and higher voices by order of appearance.
        return (order % 4) switch
        {
            0 => Narrator,
            1 => Man,
            2 => new VoiceProfile(1.0, 0.98),
            _ => new VoiceProfile(0.85, 1.03),
        };
    }

    /// <summary>Two men (or two women) in one scene still differ a little in pace.</summary>
    private static double PaceJitter(int order) => 1 + 0.03 * (order % 3 - 1);
}
