using System.Numerics;
using Kinora.Compose.Assets.Kinds;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets;

/// <summary>What the library knows how to build for a kind: its shape, typical size and usual material.</summary>
/// <param name="Hollow">An inflated or hollow thing (most balls): its mass is a shell's, not a solid's.</param>
public sealed record AssetTemplate(string Kind, string ShapeName, Vector3 Proportions, double TypicalSize, string Material, string Color, bool Hollow = false);

/// <summary>
/// Procedural assets by kind. Simple rigid things (balls, boxes, blocks) are primitives from
/// <see cref="Templates"/>; modelled kinds (people, animals, vehicles, furniture, food… one file per family under
/// Kinds/) are built from closed primitives by their <see cref="KindSpec"/>, scaled to their size and given the box
/// that holds them as collider (the physics engine knows spheres and boxes). Anything else is stood in by a grey
/// box of its typical size, and <see cref="IsKnown"/> tells the planner so it can say so.
/// </summary>
public static class AssetLibrary
{
    // Proportions are relative extents (x, y, z) scaled so the largest equals the size.
    private static readonly Dictionary<string, AssetTemplate> Templates = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sports ball"] = new("sports ball", "sphere", Vector3.One, 0.22, "rubber", "white", Hollow: true),
        ["box"] = new("box", "box", Vector3.One, 0.4, "wood", "tan"),
        ["cube"] = new("cube", "box", Vector3.One, 0.3, "plastic", "white"),
        ["crate"] = new("crate", "box", Vector3.One, 0.5, "wood", "tan"),
        ["block"] = new("block", "box", new(1, 0.5f, 0.5f), 0.3, "wood", "tan"),
        ["brick"] = new("brick", "box", new(1, 0.3f, 0.45f), 0.22, "stone", "maroon"),
        ["domino"] = new("domino", "box", new(0.1f, 1, 0.5f), 0.1, "plastic", "white"),
        ["marble"] = new("marble", "sphere", Vector3.One, 0.03, "glass", "blue"),
    };

    private static readonly Dictionary<string, KindSpec> Modelled = BuildIndex();

    private static Dictionary<string, KindSpec> BuildIndex()
    {
        var index = new Dictionary<string, KindSpec>(StringComparer.OrdinalIgnoreCase);
        IEnumerable<KindSpec>[] families =
        [
            People.All, Animals.All, Vehicles.All, Furniture.All, Kitchen.All, Food.All, Electronics.All,
            Sports.All, StreetFurniture.All, Household.All, Instruments.All, Outdoors.All, Props.All,
        ];
        foreach (var spec in families.SelectMany(f => f))
        {
            index[spec.Kind] = spec;
            foreach (var alias in spec.Aliases) index.TryAdd(alias, spec);
        }
        return index;
    }

    public static IEnumerable<string> Kinds => Templates.Keys.Concat(Modelled.Keys);

    /// <summary>The kinds with a modelled (non-primitive) look.</summary>
    public static IEnumerable<KindSpec> ModelledKinds => Modelled.Values.Distinct();

    /// <summary>Typical largest extent of a kind in metres (0.5 for an unknown kind).</summary>
    public static double TypicalSize(string kind) =>
        Modelled.TryGetValue(kind, out var spec) ? spec.TypicalSize : Templates.TryGetValue(kind, out var t) ? t.TypicalSize : 0.5;

    /// <summary>
    /// Share of a solid ball's mass that a real ball of this diameter (m) has: a football (0.22 m, 0.43 kg) or
    /// basketball is an inflated shell at ~8% of solid rubber, a tennis ball (0.067 m, 58 g) ~33%, and a golf or
    /// bouncy ball is solid.
    /// </summary>
    public static double HollowFill(double diameter) => diameter >= 0.15 ? 0.08 : diameter >= 0.06 ? 0.33 : 1.0;

    /// <summary>Direction a kind's model faces in its entity frame (+X unless its spec says otherwise).</summary>
    public static Vector3 Front(string kind) => Modelled.TryGetValue(kind, out var spec) ? spec.Front : Vector3.UnitX;

    public static bool IsKnown(string kind) => Templates.ContainsKey(kind) || Modelled.ContainsKey(kind);

    /// <summary>Builds one body's shape, model and material from its cast entry.</summary>
    public static (Shape Shape, Model Model, Material Material) Build(CastMember cast, ref SeededRandom random)
    {
        if (Modelled.TryGetValue(cast.Kind, out var spec)) return BuildModelled(spec, cast, ref random);
        var t = Templates.TryGetValue(cast.Kind, out var known)
            ? known
            : new AssetTemplate(cast.Kind, "box", Vector3.One, 0.5, "plastic", "gray");
        var size = (float)(cast.Traits.Size ?? t.TypicalSize * random.Range(0.95, 1.05));
        var material = MaterialLibrary.Get(cast.Traits.Material ?? t.Material);
        var colorName = cast.Traits.Color ?? (cast.Traits.Material is null ? t.Color : null);
        if (ColorNames.TryGetLinear(colorName, out var color))
            material = material with { BaseColor = color, Pattern = cast.Traits.Color is null ? material.Pattern : "none" };

        if (t.Hollow) material = material with { Density = material.Density * HollowFill(size) };
        var scale = t.Proportions / MathF.Max(t.Proportions.X, MathF.Max(t.Proportions.Y, t.Proportions.Z)) * (size / 2);
        if (t.ShapeName == "sphere")
        {
            var r = size / 2;
            var ball = new List<ModelPart> { new(Primitives.Sphere, Matrix4x4.CreateScale(r), material) };
            if (t.Kind == "sports ball") ball.Add(BallMarkings(cast, r));
            return (new SphereShape(r), new Model([.. ball]), material);
        }
        return (new BoxShape(scale), new Model([new ModelPart(Primitives.Cube, Matrix4x4.CreateScale(scale), material)]), material);
    }

    /// <summary>
    /// What names a ball at a glance is its panel pattern, not its outline: a plain (white) ball is a football
    /// with the twelve black pentagons of a truncated icosahedron; a coloured one (orange, brown…) a basketball
    /// with its black seams (equator, meridian and the two curved side seams).
    /// </summary>
    private static ModelPart BallMarkings(CastMember cast, float r)
    {
        var plain = cast.Traits.Color is null || cast.Traits.Color.Equals("white", StringComparison.OrdinalIgnoreCase);
        var ink = Paints.Srgb(18, 18, 20, 0.55f, 0, "panel");
        return plain
            ? new ModelPart(FootballPanels.Value, Matrix4x4.CreateScale(r), ink)
            : new ModelPart(BasketballSeams.Value, Matrix4x4.CreateScale(r), ink);
    }

    private static readonly Lazy<Mesh> FootballPanels = new(() =>
    {
        var phi = (1 + MathF.Sqrt(5)) / 2;
        var v = new List<Vector3>();
        foreach (var a in new[] { -1f, 1f })
            foreach (var b in new[] { -phi, phi })
            {
                v.Add(Vector3.Normalize(new(0, a, b)));
                v.Add(Vector3.Normalize(new(a, b, 0)));
                v.Add(Vector3.Normalize(new(b, 0, a)));
            }
        var edge = v.Skip(1).Min(w => Vector3.Distance(v[0], w));
        var mesh = new MeshBuilder();
        foreach (var c in v)
        {
            // The pentagon's corners lie a third of the way along each edge to the five neighbours.
            var side = Vector3.Normalize(Vector3.Cross(c, MathF.Abs(c.Y) < 0.9f ? Vector3.UnitY : Vector3.UnitX));
            var up = Vector3.Cross(side, c);
            var corners = v.Where(w => w != c && Vector3.Distance(c, w) < edge * 1.01f)
                .Select(w => Vector3.Normalize(c + (w - c) / 3))
                .OrderBy(p => MathF.Atan2(Vector3.Dot(p, up), Vector3.Dot(p, side)))
                .ToList();
            mesh.SphericalPatch(corners, 1.006f, Matrix4x4.Identity, 4);
        }
        return mesh.Build("sports ball/football-panels");
    });

    private static readonly Lazy<Mesh> BasketballSeams = new(() =>
    {
        var mesh = new MeshBuilder();
        const float w = 0.022f;
        mesh.Torus(1, w, Matrix4x4.Identity, 64, 6); // equator (XZ plane)
        mesh.Torus(1, w, Matrix4x4.CreateRotationX(MathF.PI / 2), 64, 6); // meridian (XY plane)
        foreach (var s in new[] { 1f, -1f }) // side seams: small circles in planes x = ±0.62
            mesh.Torus(0.785f, w, Matrix4x4.CreateRotationZ(MathF.PI / 2) * Matrix4x4.CreateTranslation(s * 0.62f, 0, 0), 64, 6);
        return mesh.Build("sports ball/basketball-seams");
    });

    /// <summary>
    /// A modelled kind: the trait material (if any) gives the main surface its look and the body its physics; the
    /// colour trait tints the main surface; the size trait (else the typical size ±5%) sets the largest extent.
    /// </summary>
    private static (Shape Shape, Model Model, Material Material) BuildModelled(KindSpec spec, CastMember cast, ref SeededRandom random)
    {
        var size = (float)(cast.Traits.Size ?? spec.TypicalSize * random.Range(0.95, 1.05));
        var physical = MaterialLibrary.Get(cast.Traits.Material ?? spec.Material);
        var body = spec.Body;
        if (cast.Traits.Material is not null && MaterialLibrary.TryGet(cast.Traits.Material, out var look))
            body = body with { BaseColor = look.BaseColor, Roughness = look.Roughness, Metallic = look.Metallic, Pattern = look.Pattern };
        if (ColorNames.TryGetLinear(cast.Traits.Color, out var color))
            body = body with { BaseColor = color }; // the surface pattern (fur, fabric, wood grain) stays, dyed
        var builder = new ModelBuilder(spec.Kind, body) { Traits = cast.Traits };
        spec.Build(builder, ref random);
        var (shape, model) = builder.Finish(size);
        return (shape, model, physical with { BaseColor = body.BaseColor });
    }
}
