using Kinora.Compose;
using Kinora.Plan;
using Kinora.Understand.Lexicon;

namespace Kinora.Understand;

/// <summary>
/// The reader's spatial side: relation phrases ("to the left of", "between", "around", "far from", "in" before a
/// container), the relation each makes between the thing before and the thing after, "between X and Y" with its
/// second end, and the notes that say which modifier words went to which thing.
/// </summary>
internal sealed partial class PromptReader
{
    private (int I, int Length) _relationSpan;
    /// <summary>Modifiers read since the last noun: token span, category and what they set.</summary>
    private readonly List<(int I, int Length, string Category, string What)> _modifierSpans = [];
    /// <summary>Index into _relations of a "between" still waiting for its second end, and where its first ended.</summary>
    private int _openBetween = -1, _openBetweenEnd = -1;

    private bool TryRelation(int i, out string relation, out int length)
    {
        if (RelationWords.TryMatch(_t, i, out relation, out length)) return true;
        // "a cat in a box": inside, when what follows is a container; "a cat in a park" is the setting.
        if (Word(i) == "in" && _cast.Count > 0)
        {
            var j = i + 1;
            while (Determiners.Contains(Word(j)) || ColorNames.TryGetLinear(Word(j), out _) || Adjectives.Materials.ContainsKey(Word(j))
                   || Adjectives.Sizes.ContainsKey(Word(j))) j++;
            if (RelationWords.Containers.Contains(Word(j)) || RelationWords.Containers.Contains(Nouns.Singular(Word(j))))
            {
                relation = "inside";
                length = 1;
                return true;
            }
        }
        return false;
    }

    /// <summary>Adds "subject [relation] object" and notes the phrase that made it.</summary>
    private void AddRelation(string subject, string relation, string obj, int objectEnd)
    {
        _relations.Add(new RelationSpec { Subject = subject, Relation = relation, Object = obj });
        if (_relationSpan.Length > 0)
            Note(_relationSpan.I, _relationSpan.Length, "relation", $"relation: {subject} {relation} {obj}");
        if (relation == "between")
        {
            _openBetween = _relations.Count - 1;
            _openBetweenEnd = objectEnd;
        }
    }

    /// <summary>"a ball between a cube and a cone": the thing right after "and" is the between's second end.</summary>
    private bool TryCloseBetween(int i, string id)
    {
        if (_openBetween < 0 || _openBetween >= _relations.Count) return false;
        var gap = Enumerable.Range(_openBetweenEnd, Math.Max(0, i - _openBetweenEnd)).Select(Word).ToList();
        var index = _openBetween;
        var open = _relations[index];
        _openBetween = -1;
        if (gap.Count is 0 or > 6 || !gap.Contains("and") || open.Object == id || open.Subject == id) return false;
        _relations[index] = open with { SecondObject = id };
        Note(_openBetweenEnd, i - _openBetweenEnd, "relation", $"relation: {open.Subject} between {open.Object} and {id}");
        return true;
    }

    /// <summary>A place or surface noun with the modifiers before it ("a wooden floor": wood is the ground's).</summary>
    private void NoteWithModifiers(int i, string category, string what, int length = 1)
    {
        var from = _modifierSpans.Count > 0 ? Math.Min(i, _modifierSpans.Min(m => m.I)) : i;
        Note(from, i - from + length, category, what);
    }

    /// <summary>Notes each modifier word read since the last noun as a trait (or count) of the thing it went to.</summary>
    private void NoteModifiers(string id)
    {
        foreach (var (i, length, category, what) in _modifierSpans)
            Note(i, length, category, $"{what} ({id})");
        _modifierSpans.Clear();
    }
}
