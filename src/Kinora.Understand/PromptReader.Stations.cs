using Kinora.Compose.Environments;
using Kinora.Compose.Layout;
using Kinora.Plan;

namespace Kinora.Understand;

/// <summary>The reader's places for activities: a person who eats, types or reads does it seated at the station the
/// Compose stage builds for the verb (<see cref="Stations"/>), so the plan says they sit as well.</summary>
internal sealed partial class PromptReader
{
    /// <summary>
    /// A shot's actions with a "sit" added for each person whose activity is done seated (eat at a table, type at a
    /// desk, read in an armchair) over the same time, unless the prompt already seats or places them (a relation
    /// such as "on a sofa" says where they are). The note names the station so the explanation shows it.
    /// </summary>
    private List<ActionSpec> Seat(List<ActionSpec> actions)
    {
        var result = new List<ActionSpec>(actions.Count + 1);
        var seated = new HashSet<string>(actions.Where(a => a.Verb == "sit").Select(a => a.Actor), StringComparer.Ordinal);
        foreach (var a in actions)
        {
            var kind = Stations.For(a.Verb, a.Object is { } o ? _cast.FirstOrDefault(c => c.Id == o)?.Kind : null);
            if (kind != StationKind.None && !seated.Contains(a.Actor) && CastById(a.Actor) is { } actor
                && Stations.CanUse(actor.Kind, kind, SettingFamilies.Of(_setting, _indoor ?? false, _ground), _setting)
                && !_relations.Any(r => r.Subject == a.Actor))
            {
                seated.Add(a.Actor);
                if (Stations.Seated(kind)) result.Add(new ActionSpec { Actor = a.Actor, Verb = "sit", Start = a.Start, End = a.End });
                if (_stationNoted.Add(a.Actor))
                    _notes.Add(new InterpretationNote
                    {
                        Text = a.Verb, Category = "action",
                        As = $"{a.Verb} at a {StationName(kind)}, {(Stations.Seated(kind) ? "seated" : "standing")} ({a.Actor})",
                    });
            }
            result.Add(a);
        }
        return result;
    }

    private readonly HashSet<string> _stationNoted = new(StringComparer.Ordinal);

    private static string StationName(StationKind kind) => kind switch
    {
        StationKind.Table => "laid table",
        StationKind.Desk => "desk with a laptop",
        StationKind.Counter => "kitchen island with a hob",
        StationKind.Basin => "washbasin and mirror",
        StationKind.Armchair => "armchair with a book",
        StationKind.Skis => "pair of skis",
        _ => "barbell",
    };
}
