using System.Numerics;
using Kinora.Compose.Assets.Meshes;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// Animals beyond COCO's ten that prompts ask for often (a panda in a café, deer in a forest, a camel in the
/// desert, a lion or a tiger, a fox or a wolf): each has its own model in Animals/, built on the shared <see cref="QuadrupedRig"/>
/// so Motion walks, trots and gallops it like the others. Sizes are the largest extent of an adult, as in
/// <see cref="Animals.All"/>.
/// </summary>
public static partial class Animals
{
    /// <summary>
    /// The species modelled beyond COCO's animals. A coat is a multiplier over the body paint and cannot lighten it,
    /// so a species with white marks (a deer's throat, a tiger's belly) has its palest colour as the paint and its
    /// coat colour painted over it.
    /// </summary>
    public static IEnumerable<KindSpec> OtherAnimals =>
    [
        // A giant panda is 1.2–1.9 m nose to rump; white with black legs, shoulder band, ears and eye patches.
        new("panda", 1.6, "fabric", Paints.Srgb(236, 232, 222, 0.95f, 0, "fur") with { Pattern = "fur" }, Panda) { Aliases = ["giant panda", "panda bear"] },
        // A white-tailed or red deer: 1.6–2.1 m nose to tail, a stag's antlers reaching about as high.
        new("deer", 1.9, "fabric", Paints.Srgb(236, 228, 214, 0.85f, 0, "coat") with { Pattern = "fur" }, Deer) { Aliases = ["stag", "doe", "fawn", "buck", "reindeer", "elk", "moose"] },
        // A dromedary: ~3 m nose to tail, 1.9 m at the shoulder, 2.2 m at the hump.
        new("camel", 3.0, "fabric", Paints.Srgb(228, 205, 168, 0.9f, 0, "coat") with { Pattern = "fur" }, Camel) { Aliases = ["dromedary", "bactrian camel"] },
        // Lion 1.7–2.5 m head and body with a 0.9–1 m tail; a tiger a little longer and lower.
        new("lion", 2.9, "fabric", Paints.Srgb(236, 222, 196, 0.9f, 0, "coat") with { Pattern = "fur" }, Lion) { Aliases = ["lioness"] },
        new("tiger", 3.0, "fabric", Paints.Srgb(242, 238, 228, 0.85f, 0, "coat") with { Pattern = "fur" }, Tiger) { Aliases = ["tigress"] },
        // A red fox is 0.6–0.7 m head and body with a 0.4 m brush; a grey wolf 1–1.5 m with a 0.45 m tail.
        new("fox", 1.05, "fabric", Paints.Srgb(240, 236, 228, 0.9f, 0, "coat") with { Pattern = "fur" }, Fox) { Aliases = ["vixen", "red fox"] },
        new("wolf", 1.8, "fabric", Paints.Srgb(218, 210, 196, 0.9f, 0, "coat") with { Pattern = "fur" }, Wolf) { Aliases = ["grey wolf", "gray wolf"] },
    ];

    /// <summary>Whether a kind is one of <see cref="OtherAnimals"/> (it walks by itself, as the COCO animals do).</summary>
    public static bool IsOtherAnimal(string kind) => OtherAnimalKinds.Contains(kind);

    private static readonly HashSet<string> OtherAnimalKinds = new(
        OtherAnimals.SelectMany(k => k.Aliases.Append(k.Kind)), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Where a ray from <paramref name="from"/> (inside the body) along <paramref name="dir"/> leaves a soft body's
    /// surface, and the outward normal there: markings drawn as their own pieces (a panda's eye patches, a camel's
    /// knee pads) sit on the face they belong to wherever the blobs that shape it put it.
    /// </summary>
    private static (Vector3 Point, Vector3 Normal) SurfaceAlong(SoftBody body, Vector3 from, Vector3 dir)
    {
        dir = Vector3.Normalize(dir);
        var t = 0f;
        // March in small fixed steps (the field is only a bound near blends), then halve back onto the crossing.
        for (var i = 0; i < 400 && body.Distance(from + dir * t) < 0; i++) t += 0.004f;
        var (lo, hi) = (MathF.Max(0, t - 0.004f), t);
        for (var i = 0; i < 20; i++)
        {
            var mid = (lo + hi) / 2;
            if (body.Distance(from + dir * mid) < 0) lo = mid; else hi = mid;
        }
        var p = from + dir * hi;
        const float h = 0.002f;
        var g = new Vector3(
            body.Distance(p + new Vector3(h, 0, 0)) - body.Distance(p - new Vector3(h, 0, 0)),
            body.Distance(p + new Vector3(0, h, 0)) - body.Distance(p - new Vector3(0, h, 0)),
            body.Distance(p + new Vector3(0, 0, h)) - body.Distance(p - new Vector3(0, 0, h)));
        return (p, g.LengthSquared() > 1e-20f ? Vector3.Normalize(g) : dir);
    }

    /// <summary>
    /// A flat oval marking lying on a surface: an ellipsoid whose thin axis is the surface normal, long axis as near
    /// <paramref name="along"/> as the surface allows, sunk half its thickness so it reads as painted fur, not a
    /// lump.
    /// </summary>
    private static void Patch(MeshBuilder paint, Vector3 point, Vector3 normal, Vector3 along, float length, float width, float thickness)
    {
        var x = Vector3.Normalize(along - normal * Vector3.Dot(along, normal));
        var z = Vector3.Cross(x, normal);
        var basis = new Matrix4x4(x.X, x.Y, x.Z, 0, normal.X, normal.Y, normal.Z, 0, z.X, z.Y, z.Z, 0, 0, 0, 0, 1);
        var centre = point - normal * thickness * 0.35f;
        paint.Sphere(Matrix4x4.CreateScale(length, thickness, width) * basis * Matrix4x4.CreateTranslation(centre), 18, 10);
    }
}
