namespace Kinora.Compose.Scenarios;

/// <summary>
/// Brittle things (glass, ceramic, porcelain) that the plan lets come to harm (they fall, drop, tumble, are thrown,
/// knocked or hit, or are told to shatter) get pre-cut pieces (<see cref="Shards"/>), which Motion swaps in when a
/// hit is hard enough. Things nobody touches stay whole and cost nothing.
/// </summary>
public static class BrittleThings
{
    private static readonly string[] RiskyVerbs =
        ["fall", "drop", "tumble", "topple", "shatter", "break", "smash", "crash", "throw", "toss", "knock", "knock over", "hit", "collide", "roll", "slide", "tip", "tip over"];

    internal static void Apply(CastEntities cast)
    {
        var atRisk = new HashSet<string>(cast.Actions.Where(a => CastEntities.Is(a.Verb, RiskyVerbs))
            .SelectMany(a => a.Object is null ? [a.Actor] : new[] { a.Actor, a.Object }));
        foreach (var member in cast.Members.ToList())
        {
            if (!atRisk.Contains(member.Id)) continue;
            var list = cast[member.Id];
            if (list.Count == 0 || list.Any(e => e.IsStatic || !Shards.IsBrittle(e.Material))) continue;
            cast.Replace(member.Id, [.. list, .. list.SelectMany(e => Shards.Cut(e, cast.Plan.Seed)).ToList()]);
        }
    }
}
