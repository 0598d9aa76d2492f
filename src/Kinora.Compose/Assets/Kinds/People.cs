using System.Numerics;
using Kinora.Compose.Assets.Kinds.Person;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// People: one rigged, dressed human (<see cref="PersonModel"/>), whose sex and age come from the plan's traits ("a
/// woman", "an old man", "a boy") and whose skin, hair, face and clothes vary by seed (<see cref="PersonLook"/>).
/// The model faces +Z (towards the camera); the colour trait dyes the shirt or dress.
/// </summary>
public static class People
{
    public static IEnumerable<KindSpec> All =>
    [
        new("person", 1.72, "fabric", Paints.Srgb(60, 100, 170, 0.85f, 0, "shirt") with { Pattern = "fabric" }, PersonModel.Build)
        {
            Front = Vector3.UnitZ,
            Aliases = ["man", "woman", "boy", "girl", "child", "kid", "people", "human"],
        },
    ];
}
