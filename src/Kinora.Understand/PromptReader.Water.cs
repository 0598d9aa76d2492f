using Kinora.Plan;
using Kinora.Understand.Lexicon;

namespace Kinora.Understand;

/// <summary>
/// Fish live in water. After reading: a fish "in an aquarium" (a place to WordNet) swims in a tank of water in a
/// room; a fish in a bowl swims in a small glass tank where the bowl was (on the table, if the prompt put it, or
/// the fish, on one); a fish anywhere else — the sea, the ocean, a reef, or no place at all — swims under water
/// over a sandy floor (the setting "underwater", which Compose lights as the sea seen from below).
/// </summary>
internal sealed partial class PromptReader
{
    /// <summary>Kinds that swim (the Compose stage's water animals and the fish words WordNet turns into kinds).</summary>
    private static readonly HashSet<string> Swimmers = new(StringComparer.OrdinalIgnoreCase)
    {
        "fish", "goldfish", "tropical fish", "clownfish", "reef fish", "koi", "shark", "trout", "salmon", "cod",
        "mackerel", "herring", "sardine", "tuna", "bass", "carp", "perch", "minnow",
    };

    /// <summary>Places that are open water: a fish there is seen from under the surface.</summary>
    private static readonly HashSet<string> OpenWaters = new(StringComparer.OrdinalIgnoreCase)
    {
        "ocean", "sea", "reef", "coral reef", "lagoon", "bay", "lake", "river", "underwater", "deep sea", "seabed", "sea floor",
    };

    /// <summary>m across a goldfish bowl's small tank.</summary>
    private const double BowlWidth = 0.45;

    /// <summary>The prompt said "underwater": an open-water place is then seen from below even with no fish in it.</summary>
    private bool _underwater;

    private void FinishSwimmers()
    {
        if (_underwater && (_setting is null || OpenWaters.Contains(_setting)) && !_cast.Any(c => PhysicsWords.LiquidKinds.Contains(c.Kind)))
            (_setting, _indoor, _ground) = ("underwater", false, "sand");
        var fish = _cast.Where(c => Swimmers.Contains(c.Kind)).ToList();
        if (fish.Count == 0) return;
        var inside = _relations.FirstOrDefault(r => fish.Any(f => f.Id == r.Subject) && r.Relation is "inside" or "in");
        var vessel = _cast.FirstOrDefault(c => PhysicsWords.LiquidKinds.Contains(c.Kind))
            ?? (inside is not null ? _cast.FirstOrDefault(c => c.Id == inside.Object && c.Kind is "bowl" or "vase" or "jar" or "cup") : null);
        if (vessel is not null && !PhysicsWords.LiquidKinds.Contains(vessel.Kind))
        {
            // "a goldfish in a bowl": the bowl is a small tank of water (the cereal bowl would drown it).
            var k = _cast.IndexOf(vessel);
            vessel = vessel with { Kind = "fish tank", Traits = vessel.Traits with { Size = vessel.Traits.Size ?? BowlWidth } };
            _cast[k] = vessel;
            _notes.Add(new InterpretationNote { Text = "(fish in a bowl)", As = $"a small glass tank of water ({vessel.Id})", Category = "entity" });
        }
        if (vessel is null && _setting is { } place && place.Contains("aquarium", StringComparison.OrdinalIgnoreCase))
        {
            // "in an aquarium": a tank of water in a room, not an outdoor place called aquarium.
            var n = _idsTaken.GetValueOrDefault("aquarium") + 1;
            _idsTaken["aquarium"] = n;
            vessel = new CastMember { Id = $"aquarium{n}", Kind = "aquarium" };
            _cast.Add(vessel);
            (_setting, _indoor, _ground) = ("living room", true, null);
            _notes.Add(new InterpretationNote { Text = "aquarium", As = $"a tank of water in a living room ({vessel.Id})", Category = "entity" });
        }
        if (vessel is null)
        {
            if (_setting is not null && !OpenWaters.Contains(_setting)) return; // a fish on a plate in a kitchen stays there
            (_setting, _indoor, _ground) = ("underwater", false, "sand");
            _notes.Add(new InterpretationNote { Text = "(fish in open water)", As = "setting: underwater, over a sandy sea floor", Category = "setting" });
            return;
        }
        // The fish are in the water; what the prompt put them on ("a goldfish in a bowl on a table") holds the vessel.
        for (var r = _relations.Count - 1; r >= 0; r--)
        {
            var rel = _relations[r];
            if (!fish.Any(f => f.Id == rel.Subject)) continue;
            if (rel.Relation is "on" && rel.Object != vessel.Id && !_relations.Any(o => o.Subject == vessel.Id))
                _relations.Add(rel with { Subject = vessel.Id });
            _relations.RemoveAt(r);
        }
        foreach (var f in fish) _relations.Add(new RelationSpec { Subject = f.Id, Relation = "inside", Object = vessel.Id });
    }
}
