using System.Numerics;
using Kinora.Plan;

namespace Kinora.Compose.Assets;

/// <summary>What the library knows how to build for a kind: its shape, typical size and usual material.</summary>
/// <param name="Hollow">An inflated or hollow thing (most balls): its mass is a shell's, not a solid's.</param>
public sealed record AssetTemplate(string Kind, string ShapeName, Vector3 Proportions, double TypicalSize, string Material, string Color, bool Hollow = false);

/// <summary>
/// Procedural assets by kind. The skeleton covers simple rigid things (balls, boxes, blocks); every other kind
/// is stood in by a box of its typical size until the asset issue gives it a real model, and
/// <see cref="IsKnown"/> tells the planner so it can say so.
/// </summary>
public static class AssetLibrary
{
    // Proportions are relative extents (x, y, z) scaled so the largest equals the size.
    private static readonly Dictionary<string, AssetTemplate> Templates = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sports ball"] = new("sports ball", "sphere", Vector3.One, 0.22, "rubber", "orange", Hollow: true),
        ["box"] = new("box", "box", Vector3.One, 0.4, "wood", "tan"),
        ["cube"] = new("cube", "box", Vector3.One, 0.3, "plastic", "white"),
        ["crate"] = new("crate", "box", Vector3.One, 0.5, "wood", "tan"),
        ["block"] = new("block", "box", new(1, 0.5f, 0.5f), 0.3, "wood", "tan"),
        ["brick"] = new("brick", "box", new(1, 0.3f, 0.45f), 0.22, "stone", "maroon"),
        ["domino"] = new("domino", "box", new(0.1f, 1, 0.5f), 0.2, "plastic", "white"),
        ["marble"] = new("marble", "sphere", Vector3.One, 0.03, "glass", "blue"),
        ["orange"] = new("orange", "sphere", Vector3.One, 0.08, "fabric", "orange"),
        ["apple"] = new("apple", "sphere", Vector3.One, 0.08, "fabric", "red"),
    };

    public static IEnumerable<string> Kinds => Templates.Keys;

    /// <summary>
    /// Share of a solid ball's mass that a real ball of this diameter (m) has: a football (0.22 m, 0.43 kg) or
    /// basketball is an inflated shell at ~8% of solid rubber, a tennis ball (0.067 m, 58 g) ~33%, and a golf or
    /// bouncy ball is solid.
    /// </summary>
    public static double HollowFill(double diameter) => diameter >= 0.15 ? 0.08 : diameter >= 0.06 ? 0.33 : 1.0;

    public static bool IsKnown(string kind) => Templates.ContainsKey(kind);

    /// <summary>Builds one body's shape, model and material from its cast entry.</summary>
    public static (Shape Shape, Model Model, Material Material) Build(CastMember cast, ref SeededRandom random)
    {
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
            return (new SphereShape(r), new Model([new ModelPart(Primitives.Sphere, Matrix4x4.CreateScale(r), material)]), material);
        }
        return (new BoxShape(scale), new Model([new ModelPart(Primitives.Cube, Matrix4x4.CreateScale(scale), material)]), material);
    }
}
