using System.Numerics;
using Kinora.Compose.Scenery.Props;
using Kinora.Plan;

namespace Kinora.Compose.Layout;

/// <summary>
/// Pictures in the cast (a painting, a photograph, a poster) are not things that stand on the floor: they hang on
/// the set's wall at eye level, side by side around where the action is, each a framed canvas with its own image
/// (<see cref="Paintings"/>). With no wall (outdoors) each stands on an easel just behind the action. They are
/// static: nothing in the simulation knocks a painting off a wall.
/// </summary>
public static class WallHangings
{
    /// <summary>m above the floor of a hung picture's centre (museum hanging height is ~1.45–1.6 m).</summary>
    public const float EyeLevel = 1.55f;
    /// <summary>m of wall between neighbouring pictures.</summary>
    public const float Spacing = 0.6f;
    /// <summary>m above the ground of the bottom of a canvas on an easel.</summary>
    private const float EaselLedge = 0.75f;

    /// <summary>True for kinds drawn as a picture on a wall rather than by the asset library.</summary>
    public static bool Hangs(string kind) => kind == "painting";

    /// <summary>The canvas sizes (w, h in metres) of the hung members of the cast, in cast order, seeded per id.</summary>
    public static IReadOnlyList<(int Index, float W, float H)> Sizes(IReadOnlyList<Entity> cast, long seed)
    {
        var sizes = new List<(int, float, float)>();
        for (var i = 0; i < cast.Count; i++)
        {
            if (!Hangs(cast[i].Kind)) continue;
            var r = new SeededRandom(seed, "painting/" + cast[i].Id);
            var w = r.RangeF(0.8f, 1.3f);
            sizes.Add((i, w, w * r.RangeF(0.65f, 1.05f)));
        }
        return sizes;
    }

    /// <summary>The x span the hung pictures take, centred on <paramref name="centreX"/>, or null when none hang.</summary>
    public static (float X0, float X1)? Span(IReadOnlyList<(int Index, float W, float H)> sizes, float centreX)
    {
        if (sizes.Count == 0) return null;
        var total = sizes.Sum(s => s.W + 2 * Paintings.Border) + Spacing * (sizes.Count - 1);
        return (centreX - total / 2, centreX + total / 2);
    }

    /// <summary>
    /// The cast with its pictures framed and placed: on the wall at z = <paramref name="wall"/> when there is one,
    /// else on easels behind <paramref name="back"/>.
    /// </summary>
    public static IReadOnlyList<Entity> Hang(IReadOnlyList<Entity> cast, long seed, float centreX, float? wall, float back)
    {
        var sizes = Sizes(cast, seed);
        if (Span(sizes, centreX) is not { } span) return cast;
        var result = cast.ToList();
        var x = span.X0;
        foreach (var (i, w, h) in sizes)
        {
            var e = cast[i];
            var kit = Paintings.Framed(w, h, (int)(new SeededRandom(seed, "canvas/" + e.Id).NextDouble() * int.MaxValue));
            Vector3 at;
            if (wall is { } z) at = new Vector3(x + w / 2 + Paintings.Border, EyeLevel, z + Paintings.Depth / 2 + 0.01f);
            else
            {
                at = new Vector3(x + w / 2 + Paintings.Border, EaselLedge + h / 2, back - 0.6f);
                kit.Add(Paintings.Easel(h), Matrix4x4.Identity);
            }
            result[i] = e with
            {
                Model = kit.ToModel("painting/" + e.Id),
                Shape = new BoxShape(new Vector3(w / 2 + Paintings.Border, h / 2 + Paintings.Border, Paintings.Depth / 2)),
                Position = at, Rotation = Quaternion.Identity, IsStatic = true,
                LinearVelocity = Vector3.Zero, AngularVelocity = Vector3.Zero,
            };
            x += w + 2 * Paintings.Border + Spacing;
        }
        return result;
    }
}
