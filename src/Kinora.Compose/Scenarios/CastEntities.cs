using Kinora.Plan;

namespace Kinora.Compose.Scenarios;

/// <summary>
/// The laid-out entities grouped by cast id, in cast order, for the set-ups to read and replace, with the plan's
/// actions and relations looked up by cast id.
/// </summary>
public sealed class CastEntities
{
    private readonly List<string> _order = [];
    private readonly Dictionary<string, List<Entity>> _byCast = [];

    public CastEntities(ScenePlan plan, IReadOnlyList<Entity> laidOut)
    {
        Plan = plan;
        foreach (var e in laidOut)
        {
            if (!_byCast.TryGetValue(e.CastId, out var list))
            {
                _byCast[e.CastId] = list = [];
                _order.Add(e.CastId);
            }
            list.Add(e);
        }
    }

    public ScenePlan Plan { get; }

    public IEnumerable<CastMember> Members => Plan.Cast.Where(c => _byCast.ContainsKey(c.Id));

    public List<Entity> this[string castId] => _byCast[castId];

    public bool Has(string castId) => _byCast.ContainsKey(castId);

    public void Replace(string castId, List<Entity> entities) => _byCast[castId] = entities;

    /// <summary>The first action the cast member performs, or null.</summary>
    public ActionSpec? ActionOf(string castId) => Plan.Shots.SelectMany(s => s.Actions).FirstOrDefault(a => a.Actor == castId);

    /// <summary>Every action, for set-ups that look at objects as well as actors.</summary>
    public IEnumerable<ActionSpec> Actions => Plan.Shots.SelectMany(s => s.Actions);

    /// <summary>The object of a relation the cast member is the subject of ("ball on ramp" → ramp), or null.</summary>
    public string? RelatedTo(string castId, params string[] relations) =>
        Plan.Relations.FirstOrDefault(r => r.Subject == castId && relations.Contains(r.Relation, StringComparer.OrdinalIgnoreCase))?.Object;

    public IReadOnlyList<Entity> All() => [.. _order.SelectMany(id => _byCast[id])];

    public static bool Is(string? word, params string[] words) => word is not null && words.Contains(word, StringComparer.OrdinalIgnoreCase);
}
