using System.Numerics;
using Kinora.Compose;

namespace Kinora.Motion.Behaviours;

/// <summary>
/// How high the scenery stands around a place: the top of the tallest piece (tree crowns, hedges, sheds) within a
/// radius, for birds that fly "over a forest" to keep above it rather than through the trunks and crowns. Pieces
/// taller than <see cref="MaxTop"/> (towers, high-rises, cliffs) are left out: birds fly past and between those, and
/// lifting a flock over a skyline would put it out of any medium shot. Setup work, once per flock.
/// </summary>
public static class Canopy
{
    /// <summary>m: the tallest scenery a flock lifts itself over (forest trees are ~5–25 m).</summary>
    public const float MaxTop = 25;

    /// <summary>The highest top (world y, m) of scenery within <paramref name="radius"/> of <paramref name="at"/>
    /// horizontally, or 0 when there is none.</summary>
    public static float TopNear(World world, Vector3 at, float radius)
    {
        var tops = new Dictionary<Model, float>(ReferenceEqualityComparer.Instance);
        var best = 0f;
        foreach (var piece in world.Environment.Scenery)
        {
            if (new Vector2(piece.Position.X - at.X, piece.Position.Z - at.Z).Length() > radius) continue;
            if (!tops.TryGetValue(piece.Model, out var top)) tops[piece.Model] = top = TopOf(piece.Model);
            var y = piece.Position.Y + top * piece.Scale.Y;
            if (y <= MaxTop) best = MathF.Max(best, y);
        }
        return best;
    }

    /// <summary>The model's highest vertex (model space, m).</summary>
    private static float TopOf(Model model)
    {
        var top = 0f;
        foreach (var part in model.Parts)
            foreach (var p in part.Mesh.Positions.Span)
                top = MathF.Max(top, Vector3.Transform(p, part.Local).Y);
        return top;
    }
}
