using System.Collections.Concurrent;
using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Plan;

namespace Kinora.Compose.Scenery.Props;

/// <summary>
/// A cast kind's model reused as still dressing (a guitar on its stand in a studio, a drum kit in the corner): built
/// once per kind and seed with a fixed seed (the same every run), at rest, standing on y = 0 and facing +Z; no
/// physics. Built on first use only, so sets that never show one pay nothing.
/// </summary>
public static class StillKinds
{
    private static readonly ConcurrentDictionary<(string Kind, int Seed), Lazy<Kit>> Built = new();

    public static Kit Of(string kind, int seed = 1) =>
        Built.GetOrAdd((kind, seed), key => new Lazy<Kit>(() => Build(key.Kind, key.Seed))).Value;

    private static Kit Build(string kind, int seed)
    {
        var random = new SeededRandom(seed, "still/" + kind);
        var (shape, model, _) = AssetLibrary.Build(new CastMember { Id = kind + seed, Kind = kind }, ref random);
        // The model is centred on its box and faces its kind's front: stand it on the ground, turned to face +Z.
        var front = AssetLibrary.Front(kind);
        var turn = Matrix4x4.CreateRotationY(-MathF.Atan2(front.X, front.Z));
        return Kit.FromModel(model, Matrix4x4.CreateTranslation(0, shape.HalfHeight, 0) * turn);
    }
}
