using System.Numerics;

namespace Kinora.Compose.Scenarios;

/// <summary>
/// Something that falls off (or is knocked off, slides off, rolls off) a table, shelf or counter starts resting on
/// its top at the +X edge, its centre of mass just past the edge and a small push outwards, so it tips over the
/// edge and falls to the floor: "a glass vase falls off a shelf". Relations "on", "off" and "from" name the
/// support. Things that roll or slide off start farther back and travel to the edge: a projectile off a table.
/// </summary>
public static class TableEdge
{
    /// <summary>How far past the edge the centre of mass starts, as a share of the thing's half width.</summary>
    private const float Overhang = 0.15f;
    private const float Nudge = 0.25f; // m/s outwards

    private static readonly string[] FallVerbs = ["fall", "drop", "tumble", "topple", "shatter", "break", "smash", "tip", "tip over", "fall off", "knock off"];
    private static readonly string[] TravelVerbs = ["roll", "slide", "roll off", "slide off"];

    internal static void Apply(CastEntities cast)
    {
        foreach (var member in cast.Members.ToList())
        {
            var verb = cast.ActionOf(member.Id)?.Verb;
            var falls = CastEntities.Is(verb, FallVerbs);
            var travels = CastEntities.Is(verb, TravelVerbs);
            if (!falls && !travels) continue;
            var supportId = cast.RelatedTo(member.Id, "on", "off", "from", "off of");
            if (supportId is null || !cast.Has(supportId) || supportId == member.Id) continue;
            var support = cast[supportId][0];
            if (!support.IsStatic && support.Shape is not BoxShape) continue;
            var (top, edge) = TopAndEdge(support);
            var list = cast[member.Id];
            for (var i = 0; i < list.Count; i++)
            {
                var e = list[i];
                var halfX = e.Shape is BoxShape b ? b.HalfExtents.X : e.Shape.BoundingRadius;
                var z = support.Position.Z + (i - (list.Count - 1) / 2f) * 2.5f * e.Shape.BoundingRadius;
                list[i] = falls
                    ? e with
                    {
                        Position = new Vector3(edge + Overhang * halfX, top + e.Shape.HalfHeight, z), Rotation = Quaternion.Identity,
                        LinearVelocity = new Vector3(Nudge, 0, 0), AngularVelocity = Vector3.Zero,
                    }
                    : e with
                    {
                        Position = new Vector3(edge - 0.6f * (edge - support.Position.X) - 2.5f * i * e.Shape.BoundingRadius, top + e.Shape.HalfHeight + 0.001f, z),
                        Rotation = Quaternion.Identity,
                    };
            }
        }
    }

    /// <summary>The support's top height and its +X edge, from its collision box (or bounding sphere).</summary>
    private static (float Top, float Edge) TopAndEdge(Entity support) => support.Shape switch
    {
        BoxShape b => (support.Position.Y + b.HalfExtents.Y, support.Position.X + b.HalfExtents.X),
        _ => (support.Position.Y + support.Shape.HalfHeight, support.Position.X + support.Shape.BoundingRadius * 0.7f),
    };
}
