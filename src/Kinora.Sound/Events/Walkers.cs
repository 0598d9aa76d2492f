using Kinora.Compose;

namespace Kinora.Sound.Events;

/// <summary>Which bodies walk, and on what kind of foot (COCO class names).</summary>
public static class Walkers
{
    private static readonly HashSet<string> Hoofed = new(StringComparer.OrdinalIgnoreCase) { "horse", "cow", "sheep", "zebra", "giraffe", "deer", "goat", "donkey", "pig" };
    private static readonly HashSet<string> Pawed = new(StringComparer.OrdinalIgnoreCase) { "dog", "cat", "bear", "bird", "elephant", "lion", "tiger", "wolf", "fox", "rabbit" };

    public static bool Walks(Entity entity) => FootOf(entity.Kind) is not null;

    public static Foot? FootOf(string kind) =>
        kind.Equals("person", StringComparison.OrdinalIgnoreCase) ? Foot.Shoe
        : Hoofed.Contains(kind) ? Foot.Hoof
        : Pawed.Contains(kind) ? Foot.Paw
        : null;

    /// <summary>Heavier walkers land harder: (mass / 70 kg)^0.3, a 7 kg dog at half a person's level, a horse at 1.9×.</summary>
    public static double WeightOf(Entity entity) => Math.Clamp(Math.Pow(Math.Max(entity.Mass, 1) / 70, 0.3), 0.3, 2.2);
}
