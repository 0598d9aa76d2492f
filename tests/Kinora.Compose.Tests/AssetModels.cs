using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Plan;

namespace Kinora.Compose.Tests;

/// <summary>What the asset tests share: one kind built alone by seed, and the box its parts fill.</summary>
internal static class AssetModels
{
    /// <param name="stream">The seeded stream's name: each test file keeps its own, so its variants stay the ones it checks.</param>
    public static Model Build(string kind, long seed, string stream)
    {
        var random = new SeededRandom(seed, stream);
        return AssetLibrary.Build(new CastMember { Id = "x", Kind = kind, Traits = new Traits() }, ref random).Model;
    }

    public static (Vector3 Min, Vector3 Max) Bounds(IEnumerable<ModelPart> parts)
    {
        var min = new Vector3(float.MaxValue);
        var max = new Vector3(float.MinValue);
        foreach (var part in parts)
            foreach (var p in part.Mesh.Positions.Span)
            {
                var w = Vector3.Transform(p, part.Local);
                min = Vector3.Min(min, w);
                max = Vector3.Max(max, w);
            }
        return (min, max);
    }

    public static Vector3 Extent(Model model)
    {
        var (min, max) = Bounds(model.Parts);
        return max - min;
    }
}
