using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Assets.Meshes;

namespace Kinora.Compose.Scenarios;

/// <summary>Plain models for set-up props (frames, ramps, tanks, rods) from the shared primitives.</summary>
internal static class SimpleModels
{
    public static ModelPart Box(Vector3 centre, Vector3 half, Material material) =>
        new(Primitives.Cube, Matrix4x4.CreateScale(half) * Matrix4x4.CreateTranslation(centre), material);

    public static ModelPart Ball(Vector3 centre, float radius, Material material) =>
        new(Primitives.Sphere, Matrix4x4.CreateScale(radius) * Matrix4x4.CreateTranslation(centre), material);

    /// <summary>A thin rod from a to b (strings, rods, posts).</summary>
    public static ModelPart Rod(Vector3 a, Vector3 b, float radius, Material material, string name) =>
        new(new MeshBuilder().Rod(a, b, radius, radius, 10).Build(name), Matrix4x4.Identity, material);
}
