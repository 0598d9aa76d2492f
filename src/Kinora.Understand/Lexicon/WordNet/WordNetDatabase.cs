using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Kinora.Understand.Lexicon.WordNet;

/// <summary>
/// A reader of the WordNet 3.0 database files (wndb(5WN)) as Debian's wordnet-base installs them under
/// /usr/share/wordnet. The indexes (lemma → synset offsets) are parsed once; the data files are kept as bytes and
/// a synset is parsed the first time it is asked for, because an index offset is a byte position in data.*.
/// One shared instance loads lazily on first use (~0.2 s); every call after is a dictionary look-up.
/// Missing files are not an error: <see cref="Shared"/> is then null and the planner uses its hand tables only.
/// </summary>
public sealed class WordNetDatabase
{
    /// <summary>Environment variable that points at another WordNet dict folder.</summary>
    public const string PathVariable = "KINORA_WORDNET";
    public const string DefaultPath = "/usr/share/wordnet";

    private static readonly Lazy<WordNetDatabase?> Instance = new(() => TryOpen(Environment.GetEnvironmentVariable(PathVariable) ?? DefaultPath), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The process-wide database, or null when WordNet is not installed.</summary>
    public static WordNetDatabase? Shared => Instance.Value;

    private readonly Dictionary<string, IndexEntry>[] _index = new Dictionary<string, IndexEntry>[4];
    private readonly byte[][] _data = new byte[4][];
    private readonly Dictionary<string, string[]>[] _exceptions = new Dictionary<string, string[]>[4];
    private readonly ConcurrentDictionary<(PartOfSpeech, long), Synset> _synsets = new();

    private readonly record struct IndexEntry(long[] Offsets, int TaggedSenses);

    private WordNetDatabase(string folder)
    {
        string[] names = ["noun", "verb", "adj", "adv"];
        for (var p = 0; p < 4; p++)
        {
            _index[p] = ReadIndex(Path.Combine(folder, "index." + names[p]));
            _data[p] = File.ReadAllBytes(Path.Combine(folder, "data." + names[p]));
            var exc = Path.Combine(folder, names[p] + ".exc");
            _exceptions[p] = File.Exists(exc) ? ReadExceptions(exc) : [];
        }
    }

    /// <summary>Opens the database in <paramref name="folder"/>; null when its files are missing or unreadable.</summary>
    public static WordNetDatabase? TryOpen(string folder)
    {
        try
        {
            return File.Exists(Path.Combine(folder, "index.noun")) ? new WordNetDatabase(folder) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    /// <summary>True when the lemma (underscores or spaces between words) is in the index for that part of speech.</summary>
    public bool Contains(string lemma, PartOfSpeech pos) => _index[(int)pos].ContainsKey(Key(lemma));

    /// <summary>How many of the lemma's senses were tagged in the SemCor corpus: a rough frequency.</summary>
    public int TaggedSenses(string lemma, PartOfSpeech pos) => _index[(int)pos].TryGetValue(Key(lemma), out var e) ? e.TaggedSenses : 0;

    /// <summary>Base forms of an inflected word that are in the index, best first: "fell" → fall, fell; "mice" → mouse.</summary>
    public IEnumerable<string> BaseForms(string word, PartOfSpeech pos)
    {
        var key = Key(word);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in Morphology.Candidates(key, pos, _exceptions[(int)pos]))
            if (_index[(int)pos].ContainsKey(c) && seen.Add(c))
                yield return c;
        // Collocations inflect their first word ("wakes_up" → wake_up, "ate_up" → eat_up) as morphy does.
        var split = key.IndexOf('_');
        if (split > 0)
            foreach (var head in Morphology.Candidates(key[..split], pos, _exceptions[(int)pos]))
            {
                var c = head + key[split..];
                if (_index[(int)pos].ContainsKey(c) && seen.Add(c)) yield return c;
            }
    }

    /// <summary>True when the word is an irregular inflection listed in *.exc ("rode", "swept", "geese").</summary>
    public bool IsIrregularForm(string word, PartOfSpeech pos) => _exceptions[(int)pos].ContainsKey(Key(word));

    /// <summary>The synsets of a lemma (already a base form), most frequent sense first.</summary>
    public IReadOnlyList<Synset> Senses(string lemma, PartOfSpeech pos)
    {
        if (!_index[(int)pos].TryGetValue(Key(lemma), out var entry)) return [];
        var senses = new Synset[entry.Offsets.Length];
        for (var k = 0; k < senses.Length; k++) senses[k] = SynsetAt(pos, entry.Offsets[k]);
        return senses;
    }

    /// <summary>The synset at a byte offset of data.*.</summary>
    public Synset SynsetAt(PartOfSpeech pos, long offset) => _synsets.GetOrAdd((pos, offset), key => Parse(key.Item1, key.Item2));

    /// <summary>Hypernyms breadth-first with their distance (1 = direct), each once, up to <paramref name="maxDepth"/>.</summary>
    public IEnumerable<(Synset Synset, int Depth)> Ancestors(Synset start, int maxDepth = 20)
    {
        var seen = new HashSet<long> { start.Offset };
        var frontier = new List<Synset> { start };
        for (var depth = 1; depth <= maxDepth && frontier.Count > 0; depth++)
        {
            var next = new List<Synset>();
            foreach (var s in frontier)
                foreach (var h in s.Hypernyms)
                    if (seen.Add(h))
                    {
                        var parent = SynsetAt(s.Pos, h);
                        next.Add(parent);
                        yield return (parent, depth);
                    }
            frontier = next;
        }
    }

    private static string Key(string lemma) => lemma.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');

    private Synset Parse(PartOfSpeech pos, long offset)
    {
        var data = _data[(int)pos];
        if (offset < 0 || offset >= data.Length) throw new ArgumentOutOfRangeException(nameof(offset), $"no {pos} synset at byte {offset}");
        var end = Array.IndexOf(data, (byte)'\n', (int)offset);
        if (end < 0) end = data.Length;
        var line = Encoding.UTF8.GetString(data, (int)offset, end - (int)offset);
        var bar = line.IndexOf(" | ", StringComparison.Ordinal);
        var gloss = bar >= 0 ? line[(bar + 3)..].Trim() : "";
        var f = (bar >= 0 ? line[..bar] : line).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // offset lex_filenum ss_type w_cnt(hex) [word lex_id]… p_cnt [ptr offset pos source/target]…
        var lexFile = int.Parse(f[1], CultureInfo.InvariantCulture);
        var wordCount = int.Parse(f[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var words = new string[wordCount];
        var proper = wordCount > 0 && char.IsUpper(f[4][0]);
        var i = 4;
        for (var k = 0; k < wordCount; k++, i += 2)
        {
            var w = f[i];
            var paren = w.IndexOf('(');   // adjective markers: "galore(ip)"
            words[k] = (paren > 0 ? w[..paren] : w).ToLowerInvariant();
        }
        var pointerCount = int.Parse(f[i++], CultureInfo.InvariantCulture);
        var hypernyms = new List<long>();
        for (var k = 0; k < pointerCount; k++, i += 4)
            if (f[i] is "@" or "@i" && f[i + 2] == PosLetter(pos))
                hypernyms.Add(long.Parse(f[i + 1], CultureInfo.InvariantCulture));
        return new Synset(offset, pos, lexFile, words, hypernyms, gloss) { IsProper = proper };
    }

    private static string PosLetter(PartOfSpeech pos) => pos switch { PartOfSpeech.Noun => "n", PartOfSpeech.Verb => "v", PartOfSpeech.Adjective => "a", _ => "r" };

    private static Dictionary<string, IndexEntry> ReadIndex(string path)
    {
        var index = new Dictionary<string, IndexEntry>(150_000, StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == ' ') continue; // the licence header lines start with two spaces
            // lemma pos synset_cnt p_cnt [ptr_symbol]… sense_cnt tagsense_cnt synset_offset…
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var synsetCount = int.Parse(f[2], CultureInfo.InvariantCulture);
            var pointerCount = int.Parse(f[3], CultureInfo.InvariantCulture);
            var tagged = int.Parse(f[5 + pointerCount], CultureInfo.InvariantCulture);
            var offsets = new long[synsetCount];
            for (var k = 0; k < synsetCount; k++) offsets[k] = long.Parse(f[6 + pointerCount + k], CultureInfo.InvariantCulture);
            index[f[0]] = new IndexEntry(offsets, tagged);
        }
        return index;
    }

    private static Dictionary<string, string[]> ReadExceptions(string path)
    {
        var exceptions = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length >= 2) exceptions[f[0]] = f[1..];
        }
        return exceptions;
    }
}
