using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Plan;

namespace Kinora.Compose.Scenery.Props;

/// <summary>
/// The cast's own car and person models reused as still dressing, so a street reads as a lived-in city: cars parked
/// near where the camera looks (a box car reads as a toy up close) and passers-by standing on the pavement. Built
/// once per variant with a fixed seed (the same every run), at rest, standing on y = 0 and facing +X; no physics,
/// no lights. Each variant is built on first use only, so sets that never show a street pay nothing.
/// </summary>
public static class StreetLife
{
    private static readonly string[] CarColors = ["silver", "white", "red", "blue", "gray", "black"];
    private static readonly Lazy<Kit>[] Cars = [.. CarColors.Select((c, i) => new Lazy<Kit>(() => Build("car", c, i)))];
    private static readonly Lazy<Kit>[] People = [.. Enumerable.Range(0, 4).Select(i => new Lazy<Kit>(() => Build("person", null, 10 + i)))];

    public static int CarVariants => Cars.Length;
    public static int PersonVariants => People.Length;

    /// <summary>A parked car, 4.6 m long, facing +X.</summary>
    public static Kit Car(int variant) => Cars[variant % Cars.Length].Value;

    /// <summary>A passer-by standing, facing +X.</summary>
    public static Kit Person(int variant) => People[variant % People.Length].Value;

    private static Kit Build(string kind, string? color, int seed)
    {
        var random = new SeededRandom(seed, "street/" + kind);
        var (shape, model, _) = AssetLibrary.Build(new CastMember { Id = kind + seed, Kind = kind, Traits = new Traits { Color = color, Sex = seed % 2 == 0 ? "female" : "male" } }, ref random);
        // The model is centred on its box and faces its kind's front: stand it on the ground, turned to face +X.
        var front = AssetLibrary.Front(kind);
        var turn = Matrix4x4.CreateRotationY(MathF.Atan2(front.Z, front.X));
        return Kit.FromModel(model, Matrix4x4.CreateTranslation(0, shape.HalfHeight, 0) * turn);
    }
}
