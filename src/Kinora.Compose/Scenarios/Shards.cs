using System.Numerics;
using Kinora.Plan;

namespace Kinora.Compose.Scenarios;

/// <summary>
/// Pre-cut pieces for brittle things (glass, ceramic, porcelain) that may break. The pieces are convex cells of a
/// seeded Voronoi split of the whole's collision box (each cell is the box cut by the bisecting planes towards the
/// other seeds), shrunk a little so they read as shards, each its own entity "wholeId/shardN" with a flat-shaded
/// hull mesh in the whole's material. They are composed in place (together they fill the whole) and Motion keeps
/// them out of the world until the whole breaks.
/// </summary>
public static class Shards
{
    public const string Separator = "/shard";
    /// <summary>Pieces per breakable: enough to read as "shattered", few enough to keep the step cheap.</summary>
    public const int DefaultCount = 12;
    /// <summary>
    /// Each cell is scaled about its centre by this: the cells fill the whole's box, but a vase or a cup is a thin
    /// shell inside it, so the pieces shrink to about 40 % of the box's volume and read as chips, not blocks.
    /// </summary>
    private const float Shrink = 0.75f;

    public static string PieceId(string wholeId, int n) => $"{wholeId}{Separator}{n}";

    public static bool IsPieceOf(string id, string wholeId) =>
        id.Length > wholeId.Length + Separator.Length && id.StartsWith(wholeId + Separator, StringComparison.Ordinal);

    /// <summary>Whether a material breaks rather than bounces (its acoustic class is glass or ceramic; not ice).</summary>
    public static bool IsBrittle(Material m) => m.Acoustic is AcousticClass.Glass or AcousticClass.Ceramic && m.Name != "ice";

    /// <summary>The pieces of <paramref name="whole"/>, placed where they sit inside it.</summary>
    public static IEnumerable<Entity> Cut(Entity whole, long seed, int count = DefaultCount)
    {
        var half = whole.Shape switch
        {
            BoxShape b => b.HalfExtents,
            SphereShape s => new Vector3(s.Radius * 0.8f),
            _ => new Vector3(whole.Shape.BoundingRadius * 0.6f),
        };
        var random = new SeededRandom(seed, "shards/" + whole.Id);
        var seeds = new Vector3[count];
        for (var i = 0; i < count; i++)
            seeds[i] = new Vector3(random.RangeF(-1, 1) * half.X, random.RangeF(-1, 1) * half.Y, random.RangeF(-1, 1) * half.Z) * 0.9f;

        var material = whole.Material;
        for (var i = 0; i < count; i++)
        {
            var corners = Cell(seeds, i, half);
            if (corners.Count < 4) continue;
            var centre = corners.Aggregate(Vector3.Zero, (a, p) => a + p) / corners.Count;
            ConvexHullShape hull;
            try { hull = ConvexHullShape.FromPoints([.. corners.Select(p => (p - centre) * Shrink)]); }
            catch (ArgumentException) { continue; } // a sliver with no volume
            var mesh = HullMesh(hull, $"{whole.Kind}/shard{i + 1}");
            yield return new Entity
            {
                Id = PieceId(whole.Id, i + 1), CastId = whole.CastId, Kind = whole.Kind + " shard",
                Shape = hull, Model = new Model([new ModelPart(mesh, Matrix4x4.Identity, material)]), Material = material,
                Position = whole.Position + Vector3.Transform(centre, whole.Rotation), Rotation = whole.Rotation,
            };
        }
    }

    /// <summary>Corners of seed <paramref name="i"/>'s Voronoi cell inside the box: every point where three of the
    /// bounding planes meet and no plane is violated.</summary>
    private static List<Vector3> Cell(Vector3[] seeds, int i, Vector3 half)
    {
        var planes = new List<(Vector3 N, float D)> // n·x ≤ d
        {
            (Vector3.UnitX, half.X), (-Vector3.UnitX, half.X), (Vector3.UnitY, half.Y),
            (-Vector3.UnitY, half.Y), (Vector3.UnitZ, half.Z), (-Vector3.UnitZ, half.Z),
        };
        for (var j = 0; j < seeds.Length; j++)
        {
            if (j == i) continue;
            var n = seeds[j] - seeds[i];
            if (n.LengthSquared() < 1e-12f) continue;
            var mid = (seeds[i] + seeds[j]) / 2;
            n = Vector3.Normalize(n);
            planes.Add((n, Vector3.Dot(n, mid)));
        }
        var corners = new List<Vector3>();
        var eps = 1e-5f * half.Length();
        for (var a = 0; a < planes.Count; a++)
            for (var b = a + 1; b < planes.Count; b++)
                for (var c = b + 1; c < planes.Count; c++)
                {
                    if (!Intersect(planes[a], planes[b], planes[c], out var p)) continue;
                    if (planes.All(q => Vector3.Dot(q.N, p) <= q.D + eps) && !corners.Any(x => Vector3.DistanceSquared(x, p) < eps * eps))
                        corners.Add(p);
                }
        return corners;
    }

    private static bool Intersect((Vector3 N, float D) a, (Vector3 N, float D) b, (Vector3 N, float D) c, out Vector3 p)
    {
        var bc = Vector3.Cross(b.N, c.N);
        var det = Vector3.Dot(a.N, bc);
        p = default;
        if (MathF.Abs(det) < 1e-6f) return false;
        p = (a.D * bc + b.D * Vector3.Cross(c.N, a.N) + c.D * Vector3.Cross(a.N, b.N)) / det;
        return true;
    }

    /// <summary>A flat-shaded mesh of a hull: each face its own vertices with the face normal, fanned into triangles.</summary>
    public static Mesh HullMesh(ConvexHullShape hull, string name)
    {
        var positions = new List<Vector3>();
        var normals = new List<Vector3>();
        var indices = new List<uint>();
        for (var f = 0; f < hull.Faces.Count; f++)
        {
            var face = hull.Faces[f];
            var (n, _) = hull.Plane(f);
            var first = (uint)positions.Count;
            foreach (var v in face) { positions.Add(hull.Vertices[v]); normals.Add(n); }
            for (var k = 1; k + 1 < face.Length; k++) indices.AddRange([first, first + (uint)k, first + (uint)k + 1]);
        }
        return new Mesh(name, [.. positions], [.. normals], new Vector2[positions.Count], [.. indices]);
    }
}
