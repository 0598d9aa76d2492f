using System.Numerics;
using Kinora.Plan;

namespace Kinora.Compose.Layout;

/// <summary>
/// Moves bodies so a plan relation holds. The subject's whole group moves by one offset (a row of dominoes "on a
/// table" stays a row), except "around", which spreads the group on a ring. Distances are between bounding
/// spheres, in metres: neighbours stand <see cref="Gap"/> apart, "near" things <see cref="NearGap"/>, "far from"
/// things <see cref="FarGap"/>.
/// </summary>
public static class RelationPlacer
{
    public const float Gap = 0.1f;
    public const float NearGap = 0.6f;
    public const float FarGap = 4f;
    /// <summary>How much higher than resting on it "above" holds a thing, metres.</summary>
    public const float AboveLift = 0.5f;

    public static void Apply(Dictionary<string, List<Entity>> placed, RelationSpec r)
    {
        if (!placed.TryGetValue(r.Subject, out var subject) || !placed.TryGetValue(r.Object, out var obj) || r.Subject == r.Object) return;
        // Under a tree or a lamp post one stands at its foot, beneath the crown: lifting the tree onto the walker hid her.
        // Its box holds the whole crown, so the subject stands just outside the box's front face (not its bounding
        // sphere, which put her metres off), on the camera's side, under the crown's edge.
        if (r.Relation is "under" or "below" && Towers(obj[0], subject))
        {
            var tall = obj[0];
            var front = tall.Shape is BoxShape box ? box.HalfExtents.Z : tall.Shape.BoundingRadius;
            var (lo, hi) = Bounds(subject);
            Move(subject, new Vector3(tall.Position.X - (lo.X + hi.X) / 2, 0, tall.Position.Z + front + Gap - lo.Z));
            return;
        }
        switch (r.Relation)
        {
            case "between": PlaceBetween(placed, subject, obj, r.SecondObject); return;
            case "around": PlaceAround(subject, obj[0]); return;
            case "under" or "below": Move(obj, OnTopOf(obj, subject[0])); return;   // the object goes on top of the subject
        }
        var anchor = obj[0];
        var top = anchor.Position.Y + anchor.Shape.HalfHeight;
        var bottom = anchor.Position.Y - anchor.Shape.HalfHeight;
        var reach = anchor.Shape.BoundingRadius;
        var (min, max) = Bounds(subject);
        var centre = (min + max) / 2;
        var alignX = anchor.Position.X - centre.X;
        var alignZ = anchor.Position.Z - centre.Z;
        // Heights are kept relative to the ground, so a thing set to drop onto a table starts that high above it.
        var offset = r.Relation switch
        {
            "on" => new Vector3(alignX, top, alignZ),
            "above" => new Vector3(alignX, top + AboveLift, alignZ),
            "inside" => new Vector3(alignX, Math.Max(0, bottom), alignZ),
            "left of" => new Vector3(anchor.Position.X - reach - Gap - max.X, 0, alignZ),
            "right of" or "next to" => new Vector3(anchor.Position.X + reach + Gap - min.X, 0, alignZ),
            "near" => new Vector3(anchor.Position.X + reach + NearGap - min.X, 0, alignZ),
            "far from" => new Vector3(anchor.Position.X + reach + FarGap - min.X, 0, alignZ),
            "in front of" => new Vector3(alignX, 0, anchor.Position.Z + reach + Gap - min.Z),
            "behind" => new Vector3(alignX, 0, anchor.Position.Z - reach - Gap - max.Z),
            _ => Vector3.Zero,
        };
        Move(subject, offset);
    }

    /// <summary>m; a thing at least this tall that stands on the ground is one a subject stands under, not one lifted over it.</summary>
    private const float TallThing = 2.5f;

    /// <summary>Whether <paramref name="thing"/> stands on the ground and rises far over the subject (a tree, a lamp post).</summary>
    private static bool Towers(Entity thing, List<Entity> subject)
    {
        var height = 2 * thing.Shape.HalfHeight;
        var (min, max) = Bounds(subject);
        return height >= TallThing && height >= 2 * (max.Y - min.Y) && thing.Position.Y - thing.Shape.HalfHeight < 0.3f;
    }

    /// <summary>
    /// The subject's centre goes to the midpoint of the two ends (the second object, or the object group's first
    /// two members), on the ground line between them; the second end moves out along that line when the subject
    /// would not fit.
    /// </summary>
    private static void PlaceBetween(Dictionary<string, List<Entity>> placed, List<Entity> subject, List<Entity> obj, string? secondId)
    {
        List<Entity>? second = null;
        if (secondId is not null && (!placed.TryGetValue(secondId, out second) || ReferenceEquals(second, subject))) return;
        if (second is null && obj.Count < 2) return;
        var a = obj[0];
        var b = second is not null ? second[0] : obj[1];
        var (min, max) = Bounds(subject);
        var halfWidth = Math.Max(max.X - min.X, max.Z - min.Z) / 2;
        var axis = new Vector3(b.Position.X - a.Position.X, 0, b.Position.Z - a.Position.Z);
        if (axis.LengthSquared() < 1e-6f) axis = Vector3.UnitX;
        var distance = axis.Length();
        axis /= distance;
        // The midpoint must clear the larger end: each half of the line holds the subject's half and the larger reach.
        var needed = 2 * (MathF.Max(a.Shape.BoundingRadius, b.Shape.BoundingRadius) + halfWidth + Gap);
        if (distance < needed)
        {
            // Push the far end out: the whole second group, or the object group's members from the second on.
            var push = axis * (needed - distance);
            if (second is not null) Move(second, push);
            else for (var i = 1; i < obj.Count; i++) obj[i] = obj[i] with { Position = obj[i].Position + push };
            b = second is not null ? second[0] : obj[1];
        }
        var mid = (a.Position + b.Position) / 2;
        var centre = (min + max) / 2;
        Move(subject, new Vector3(mid.X - centre.X, 0, mid.Z - centre.Z));
    }

    /// <summary>The subject's members stand evenly on a ring round the object, each turned to face it.</summary>
    private static void PlaceAround(List<Entity> subject, Entity anchor)
    {
        var memberReach = subject.Max(s => s.Shape.BoundingRadius);
        var spacing = 2 * memberReach + Gap;
        var radius = Math.Max(anchor.Shape.BoundingRadius + memberReach + Gap, subject.Count * spacing / (2 * MathF.PI));
        for (var i = 0; i < subject.Count; i++)
        {
            var angle = 2 * MathF.PI * i / subject.Count;
            var dx = MathF.Cos(angle) * radius;
            var dz = MathF.Sin(angle) * radius;
            // Local +Z (a model's front) towards the centre.
            var yaw = MathF.Atan2(-dx, -dz);
            subject[i] = subject[i] with
            {
                Position = new Vector3(anchor.Position.X + dx, subject[i].Position.Y, anchor.Position.Z + dz),
                Rotation = Quaternion.CreateFromAxisAngle(Vector3.UnitY, yaw),
            };
        }
    }

    /// <summary>The offset that sets a group on top of a support, centred on it (heights kept relative to the ground).</summary>
    private static Vector3 OnTopOf(List<Entity> group, Entity support)
    {
        var (min, max) = Bounds(group);
        var centre = (min + max) / 2;
        return new Vector3(support.Position.X - centre.X, support.Position.Y + support.Shape.HalfHeight, support.Position.Z - centre.Z);
    }

    private static (Vector3 Min, Vector3 Max) Bounds(List<Entity> group)
    {
        var min = new Vector3(float.MaxValue);
        var max = new Vector3(float.MinValue);
        foreach (var s in group)
        {
            min = Vector3.Min(min, s.Position - new Vector3(s.Shape.BoundingRadius));
            max = Vector3.Max(max, s.Position + new Vector3(s.Shape.BoundingRadius));
        }
        return (min, max);
    }

    private static void Move(List<Entity> group, Vector3 offset)
    {
        for (var i = 0; i < group.Count; i++) group[i] = group[i] with { Position = group[i].Position + offset };
    }
}
