using Kinora.Plan;
using Kinora.Understand.Lexicon;

namespace Kinora.Understand;

/// <summary>
/// The soundtrack's words, read in a pass before the scene's: "upbeat jazz music" or "a calm piano soundtrack"
/// becomes the music (mood from the nearest mood or genre word before the music noun, "120 bpm" its tempo), "no
/// music" or "silent" turns it off, and those words are then skipped by the scene reading so "music" never becomes
/// a prop. Quoted text is spoken by whoever a speech verb names, by the narrator after "narrator"/"voiceover", else
/// by the last person in the scene, else the last thing that can talk, else by a narrator.
/// </summary>
internal sealed partial class PromptReader
{
    private readonly HashSet<int> _soundtrackWords = [];
    private MusicSpec? _music;
    private bool _noMusic;

    /// <summary>Token index of the first "narrator"/"voiceover" word; every quote after it is narration.</summary>
    private int _firstNarration = int.MaxValue;

    private void ReadSoundtrackWords()
    {
        for (var i = 0; i < _t.Count; i++)
        {
            var w = _t[i].Text;
            if (_t[i].Quoted) continue;
            if (SoundWords.Narration.Contains(w)) _firstNarration = Math.Min(_firstNarration, i);
            if (w is "silent" or "silence" || (SoundWords.MusicNouns.Contains(w) && Word(i - 1) is "no" or "without"))
            {
                _noMusic = true;
                _soundtrackWords.Add(i);
                if (Word(i - 1) is "no" or "without") _soundtrackWords.Add(i - 1);
                Note(i, 1, "audio", "no music");
                continue;
            }
            if (!SoundWords.MusicNouns.Contains(w) || (w is "beat" or "beats" or "score" && !HasMoodBefore(i))) continue;
            if (ModifiesNextNoun(i)) continue; // "music studio", "music box": a place or thing, not the soundtrack
            var mood = "calm";
            var from = i;
            for (var k = i - 1; k >= Math.Max(0, i - 3); k--)
            {
                if (SoundWords.Moods.TryGetValue(Word(k), out var m)) { mood = m; from = k; _soundtrackWords.Add(k); }
                else if (Word(k) is "," or "." or "and") break;
            }
            var bpm = 0;
            if (NumberWords.TryParse(Word(i + 1), out var n) && Word(i + 2) == "bpm") { bpm = (int)n; _soundtrackWords.Add(i + 1); _soundtrackWords.Add(i + 2); }
            if (NumberWords.TryParse(Word(i - 1), out n) && Word(i) == "bpm") bpm = (int)n;
            _music = new MusicSpec { Mood = mood, Bpm = bpm };
            _soundtrackWords.Add(i);
            Note(from, i - from + 1, "audio", $"music: {mood}{(bpm > 0 ? $" at {bpm} bpm" : "")}");
        }
    }

    private bool ModifiesNextNoun(int i)
    {
        var next = Word(i + 1);
        return next.Length > 0 && (Places.Settings.ContainsKey(next) || Scenes.TryResolve(next, out _) || Nouns.TryMatch(_t, i + 1, out _, out _));
    }

    private bool HasMoodBefore(int i) => SoundWords.Moods.ContainsKey(Word(i - 1));

    /// <summary>Who says the quote at token <paramref name="quote"/>.</summary>
    private string SpeakerFor(int quote)
    {
        for (var k = quote - 1; k >= Math.Max(0, quote - 4); k--)
        {
            if (SoundWords.Narration.Contains(Word(k))) return "narrator";
            if (!SoundWords.SpeechVerbs.Contains(Word(k))) continue;
            // The verb's subject speaks: "a narrator says" is narration, "a man says" the man; a thing that cannot
            // talk ("a red ball on a table says") leaves the choice to the people in the scene.
            for (var j = k - 1; j >= Math.Max(0, k - 3); j--)
                if (SoundWords.Narration.Contains(Word(j))) return "narrator";
            if (_cast.Count > 0 && (_cast[^1].Kind == "person" || SoundWords.CanSpeak(_cast[^1].Kind))) return _cast[^1].Id;
            break;
        }
        if (_firstNarration < quote) return "narrator";
        // People talk before parrots and dogs do.
        var talker = _cast.LastOrDefault(c => c.Kind == "person") ?? _cast.LastOrDefault(c => SoundWords.CanSpeak(c.Kind));
        return talker?.Id ?? "narrator";
    }
}
