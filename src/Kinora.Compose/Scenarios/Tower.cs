using System.Numerics;

namespace Kinora.Compose.Scenarios;

/// <summary>
/// A counted group of blocks (box-shaped, not the tall thin dominoes the layout stands in a chain) that is stacked
/// or toppled becomes a tower on the group's first spot. "Stack" builds it straight; topple, collapse and knock
/// (over) build it leaning, each block a little further out than the one below, so the upper blocks' centre of
/// mass passes the edge a few levels up and the tower comes down by itself. (Blocks that fall or tumble are
/// dropped, as the layout already does.)
/// </summary>
public static class Tower
{
    /// <summary>Each level's shift as a share of the block's half width when the tower is to fall.</summary>
    private const float LeanShare = 0.42f;

    internal static void Apply(CastEntities cast)
    {
        foreach (var member in cast.Members.ToList())
        {
            var bodies = cast[member.Id];
            var verb = cast.ActionOf(member.Id)?.Verb;
            var falls = CastEntities.Is(verb, "topple", "collapse", "knock", "knock over");
            if (bodies.Count < 2 || bodies[0].Shape is not BoxShape box || bodies[0].IsStatic) continue;
            if (!falls && !CastEntities.Is(verb, "stack", "stand", "pile")) continue;
            if (falls && box.HalfExtents.Y >= 2.5f * box.HalfExtents.X) continue; // dominoes: the layout's chain
            var x = bodies.Average(b => b.Position.X);
            var z = bodies[0].Position.Z;
            var y = 0f;
            var list = new List<Entity>();
            for (var i = 0; i < bodies.Count; i++)
            {
                var half = ((BoxShape)bodies[i].Shape).HalfExtents;
                var shift = falls ? i * LeanShare * half.X : 0;
                list.Add(bodies[i] with
                {
                    Position = new Vector3((float)x + shift, y + half.Y + 0.0005f * i, z), Rotation = Quaternion.Identity,
                    LinearVelocity = Vector3.Zero, AngularVelocity = Vector3.Zero,
                });
                y += 2 * half.Y;
            }
            cast.Replace(member.Id, list);
        }
    }
}
