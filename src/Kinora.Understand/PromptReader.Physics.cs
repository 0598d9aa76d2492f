using Kinora.Plan;
using Kinora.Understand.Lexicon;

namespace Kinora.Understand;

/// <summary>
/// The reader's physics side, for the set-ups Compose builds (Compose/Scenarios): "a tower of blocks" is a counted
/// group that stacks, "a billiards break" is the rack and its cue ball, "sand pours" makes sand a thing rather than
/// the ground, "knocks over" and "rolls down" are one verb each, "off a table" is where a falling thing starts, a
/// thing rolling down a ramp is on it, and a float or sink puts water in the scene.
/// </summary>
internal sealed partial class PromptReader
{
    /// <summary>The action a group word implies ("a stack of plates" stands stacked) until a verb says otherwise.</summary>
    private string? _groupVerb;
    private readonly List<(string Id, string Verb)> _groupsWaitingForVerb = [];

    /// <summary>"a tower of blocks", "a rack of billiard balls": the group word sets the count the noun will take.</summary>
    private bool TryGroup(int i, out int length)
    {
        length = 0;
        if (!PhysicsWords.Groups.TryGetValue(Word(i), out var group) || Word(i + 1) != "of") return false;
        if (_count is null or 1) _count = group.Count;   // "a tower of blocks": the "a" is the tower's
        _groupVerb = group.Verb;
        _modifierSpans.Add((i, 2, "number", $"a {Word(i)} of {_count:0.##}"));
        length = 2;
        return true;
    }

    /// <summary>"billiards break", "pool break", "snooker break shot": the rack with its cue ball, breaking.</summary>
    private bool TryBilliardsBreak(int i, out int length)
    {
        length = 0;
        if (Word(i) is not ("billiards" or "billiard" or "pool" or "snooker") || Word(i + 1) is not ("break" or "breaks" or "shot")) return false;
        AddThing(i, 1, new NounSense("billiard balls", 0.057, "resin"));
        AddAction(i + 1, "break");
        length = 2;
        return true;
    }

    /// <summary>"sand pours", "pouring rice": the stuff is a thing, not the ground, next to a pouring verb.</summary>
    private bool IsPouredHere(int i)
    {
        if (!PhysicsWords.Granular.Contains(Word(i))) return false;
        var after = Verbs.TryBase(Word(i + 1), out var next) && PhysicsWords.PourVerbs.Contains(next);
        var before = _lastVerbAction >= 0 && PhysicsWords.PourVerbs.Contains(_actions[_lastVerbAction].Verb) && i - _afterVerb <= 2;
        return after || before;
    }

    /// <summary>A hand-table verb with its particle: "knocks over", "rolls down", "pours out". Returns tokens used.</summary>
    private int ReadVerb(int i, string verb)
    {
        var particle = Word(i + 1);
        if (particle is "over" or "down" or "out" or "off" or "up" && !(particle == "off" && PhysicsWords.LeavingVerbs.Contains(verb)))
        {
            var phrasal = $"{verb} {particle}";
            if (PhysicsWords.CanonicalVerb(phrasal) != phrasal || Verbs.TryWordNet(phrasal.Replace(' ', '_'), out _))
            {
                AddAction(i, phrasal, 2);
                return 2;
            }
        }
        AddAction(i, verb);
        return 1;
    }

    /// <summary>"falls off a table", "slides off the shelf", "drops from a tree": the thing starts on what it leaves.</summary>
    private bool TryLeaving(int i, out int length)
    {
        length = 0;
        // "picks up a cup from a table": what is taken starts on what it is taken from (the relation closes on the
        // next noun with the taken thing as its subject, the last cast entry before it).
        if (Word(i) == "from" && _lastVerbAction >= 0 && _actions[_lastVerbAction].Object is not null
            && _actions[_lastVerbAction].Verb is "pick up" or "pick" or "take" or "grab" or "lift" or "lift up" or "collect" or "fetch")
        {
            length = 1;
            _relation = "on";
            _relationSpan = (i, 1);
            return true;
        }
        if (Word(i) is not ("off" or "from") || i != _afterVerb || _lastVerbAction < 0
            || !PhysicsWords.LeavingVerbs.Contains(_actions[_lastVerbAction].Verb) || NumberWords.TryParse(Word(i + 1), out _)
            || NumberWords.TryParse(Word(i + 2), out _) || Word(i + 1) is "a" && Word(i + 2) is "height") return false;
        length = Word(i + 1) == "of" ? 2 : 1;
        _relation = "on";
        _relationSpan = (i, length);
        // The falling things are the subject, not the object, of the relation that the next noun closes.
        _subjects.AddRange(_lastActors.Where(a => !_subjects.Contains(a)));
        return true;
    }

    /// <summary>An object was given to the action at index a: pouring moves what is poured; down a ramp is on it.</summary>
    private void ObjectGiven(int a, string objectId)
    {
        var action = _actions[a];
        var obj = CastById(objectId);
        if (PhysicsWords.PourVerbs.Contains(action.Verb) && (PhysicsWords.Granular.Contains(obj.Kind) || obj.Kind == "marble"))
            _actions.Add(new ActionSpec { Actor = objectId, Verb = action.Verb });
        if (PhysicsWords.Slopes.Contains(obj.Kind) && !_relations.Any(r => r.Subject == action.Actor && r.Object == objectId))
            _relations.Add(new RelationSpec { Subject = action.Actor, Relation = "on", Object = objectId });
    }

    /// <summary>After reading: a group with no verb gets its own, and floating or sinking needs water to do it in.</summary>
    private void FinishPhysics()
    {
        foreach (var (id, verb) in _groupsWaitingForVerb)
            if (!_actions.Any(a => a.Actor == id)) _actions.Add(new ActionSpec { Actor = id, Verb = verb });
        // An umbrella that drifts is carried by the air (unless water is named): only things that float, sink or drift
        // on water need a tank.
        var named = _cast.Any(c => PhysicsWords.LiquidKinds.Contains(c.Kind));
        var verbs = _actions.Where(a => named || _cast.FirstOrDefault(c => c.Id == a.Actor) is not { } c
            || !Kinora.Compose.Assets.WindBorne.Carries(c.Kind, a.Verb)).Select(a => a.Verb).ToList();
        if (!verbs.Any(PhysicsWords.WaterVerbs.Contains)) return;
        var water = _cast.FirstOrDefault(c => PhysicsWords.LiquidKinds.Contains(c.Kind));
        if (water is null)
        {
            var n = _idsTaken.GetValueOrDefault("water") + 1;
            _idsTaken["water"] = n;
            water = new CastMember { Id = $"water{n}", Kind = "water" };
            _cast.Add(water);
            _notes.Add(new InterpretationNote { Text = "(floating, sinking)", As = $"a tank of water to float or sink in ({water.Id})", Category = "entity" });
        }
        // Things "on" the water are in it: the tank takes loose things, not things resting on others.
        for (var k = 0; k < _relations.Count; k++)
            if (_relations[k].Object == water.Id && _relations[k].Relation is "on" or "above") _relations[k] = _relations[k] with { Relation = "inside" };
    }
}
