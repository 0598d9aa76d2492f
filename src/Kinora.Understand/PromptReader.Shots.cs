using Kinora.Understand.Lexicon;

namespace Kinora.Understand;

/// <summary>The reader's story side: shot breaks over one cast, and pronouns that refer back.</summary>
internal sealed partial class PromptReader
{
    /// <summary>
    /// A new shot starts at a sentence end or at "then", "after that", "meanwhile", "cut to"… once the current
    /// shot has an action; the cast carries over (same ids), so "the dog" and "it" in the next shot are the same dog.
    /// </summary>
    private bool TryShotBreak(int i, out int length)
    {
        if (Word(i) == ",") _lastVerbAction = -1;   // "a dog runs, a cat sleeps": the cat is not what the dog runs
        length = Word(i) switch
        {
            "." or "!" or "?" or ";" => 1,
            "then" or "afterwards" or "afterward" or "meanwhile" or "finally" or "later" => 1,
            "after" when Word(i + 1) is "that" or "this" => 2,
            "cut" when Word(i + 1) is "to" => 2,
            "next" when Word(i + 1) is "," => 1,
            _ => 0,
        };
        if (length == 0) return false;
        var hasMore = Enumerable.Range(i + length, Math.Max(0, _t.Count - i - length)).Any(k => _t[k].Text.Any(char.IsLetterOrDigit));
        if (_actions.Count > _shotStart && hasMore)
        {
            _shotDrafts.Add((_shotStart, _move, _framing));
            _shotStart = _actions.Count;
            _lastVerbAction = -1;
            _move = null;
            _framing = null;
            Note(i, length, "story", $"new shot (s{_shotDrafts.Count + 1})");
        }
        _subjects.Clear();
        _relation = null;
        ClearModifiers();
        return true;
    }

    /// <summary>"it", "he", "she", "they" name the latest fitting cast member: as a subject before a verb, or
    /// as the object right after one.</summary>
    private bool TryPronoun(int i)
    {
        var w = Word(i);
        // "She leaves the room" with no one named before: "he" and "she" name a person of their own, who is then the
        // subject, so the verb after them reads as a verb ("leaves" was three leaves).
        if (w is "he" or "she" && !_cast.Any(c => c.Kind == "person"))
        {
            AddThing(i, 1, new NounSense("person"));
            return true;
        }
        if (w is not ("it" or "he" or "she" or "they" or "him" or "them") || _cast.Count == 0) return false;
        // The latest actor that fits, then the latest cast member that fits: "A cat sleeps on a couch. It wakes."
        // Lazily, newest first: the referent is nearly always among the last few, so a long story stays linear.
        var candidates = _lastActors.Select(CastById).Concat(Enumerable.Reverse(_cast));
        var referent = w switch
        {
            "he" or "she" or "him" => candidates.FirstOrDefault(c => c.Kind == "person"),
            "it" => candidates.FirstOrDefault(c => c.Kind != "person" && c.Count == 1),
            _ => candidates.FirstOrDefault(c => c.Count > 1),
        } ?? _cast[^1];
        if (i == _afterVerb && _lastVerbAction >= 0 && _actions[_lastVerbAction].Object is null && _actions[_lastVerbAction].Actor != referent.Id)
            _actions[_lastVerbAction] = _actions[_lastVerbAction] with { Object = referent.Id };
        else
        {
            if (!_subjects.Contains(referent.Id)) _subjects.Add(referent.Id);
            _afterThing = i + 1;
        }
        Note(i, 1, "story", $"refers to {referent.Id}");
        return true;
    }
}
