using Kinora.Plan;

namespace Kinora.Understand;

/// <summary>
/// Things a person carries through the whole clip are drawn in their hands by the person asset (<c>traits.holds</c>)
/// rather than laid out as props: a book being read is held open in front of the reader ("Gwen Stacy reading a
/// book"); umbrellas among people that nothing else is done with are held up over their heads ("a couple caught in
/// a downpour with umbrellas"), one each. As separate bodies a book lay on the floor and umbrellas stood on their
/// tips beside the people.
/// </summary>
internal sealed partial class PromptReader
{
    private static readonly HashSet<string> ReadVerbs = ["read", "study", "browse", "leaf"];

    private void FinishCarried()
    {
        for (var a = 0; a < _actions.Count; a++)
        {
            var act = _actions[a];
            if (!ReadVerbs.Contains(act.Verb) || act.Object is not { } o) continue;
            var book = _cast.FindIndex(c => c.Id == o && c.Kind == "book" && c.Count == 1);
            var reader = _cast.FindIndex(c => c.Id == act.Actor && c.Kind == "person");
            if (book < 0 || reader < 0 || _cast[reader].Traits.Holds is not null) continue;
            _cast[reader] = _cast[reader] with { Traits = _cast[reader].Traits with { Holds = "book" } };
            _actions[a] = act with { Object = null };
            Drop(o);
            _notes.Add(new InterpretationNote { Text = "(book being read)", As = $"an open book in {_cast[reader].Id}'s hands", Category = "entity" });
        }
        // Umbrellas that do nothing themselves (not "an umbrella drifts"): what the people do with them is hold them.
        var actors = _actions.Select(x => x.Actor).ToHashSet();
        var umbrellas = _cast.Where(c => c.Kind == "umbrella" && !actors.Contains(c.Id)).ToList();
        for (var a = 0; a < _actions.Count; a++)
            if (umbrellas.Any(u => u.Id == _actions[a].Object)) _actions[a] = _actions[a] with { Object = null };
        var people = _cast.Where(c => c.Kind == "person" && c.Traits.Holds is null).ToList();
        if (umbrellas.Count == 0 || people.Count == 0) return;
        foreach (var p in people)
        {
            var k = _cast.IndexOf(p);
            _cast[k] = p with { Traits = p.Traits with { Holds = "umbrella", Color = p.Traits.Color } };
        }
        foreach (var u in umbrellas) Drop(u.Id);
        _notes.Add(new InterpretationNote { Text = "(umbrellas with people)", As = "an umbrella held over each person's head", Category = "entity" });
    }

    /// <summary>Takes a cast member out, with the relations that name it.</summary>
    private void Drop(string id)
    {
        _cast.RemoveAll(c => c.Id == id);
        _relations.RemoveAll(r => r.Subject == id || r.Object == id || r.SecondObject == id);
    }
}
