using Kinora.Compose;
using Kinora.Motion;
using Kinora.Plan;
using Kinora.Sound.Spatial;

namespace Kinora.Sound.Sources;

/// <summary>
/// Animals in the scene call now and then from where they are: a dog barks (often twice), a cat meows, a cow
/// moos, a sheep bleats, a horse whinnies. Call times come from the seed, so a remix keeps them; the first call
/// comes early enough to be heard in a short clip. Each animal is a moving source (Doppler, travel, pan).
/// </summary>
public static class AnimalVoices
{
    private delegate Vocalization Call(ref SeededRandom rng);

    private sealed record Species(Call Make, double MinGap, double MaxGap, double DoubleChance);

    private static readonly Dictionary<string, Species> Calls = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dog"] = new(Vocalization.Bark, 1.5, 3.5, 0.6),
        ["cat"] = new(Vocalization.Meow, 2.5, 5, 0),
        ["cow"] = new(Vocalization.Moo, 3.5, 6, 0),
        ["sheep"] = new(Vocalization.Bleat, 2.5, 5, 0.3),
        ["horse"] = new(Vocalization.Neigh, 4, 7, 0),
    };

    public static bool HasVoice(string kind) => Calls.ContainsKey(kind);

    public static void Render(World world, Track track, EffectsBus bus)
    {
        var rate = bus.SampleRate;
        var seconds = (double)bus.Frames / rate;
        var scratch = new float[2 * rate];
        foreach (var entity in world.Entities)
        {
            if (!Calls.TryGetValue(entity.Kind, out var species) || Paths.Of(track, entity.Id) is not { } path) continue;
            var rng = new SeededRandom(world.Plan.Seed, $"sound.animal.{entity.Id}");
            var source = new float[bus.Frames];
            var any = false;
            for (var t = rng.Range(0.4, 1.4); t < seconds; t += rng.Range(species.MinGap, species.MaxGap))
            {
                var repeats = rng.NextDouble() < species.DoubleChance ? 2 : 1;
                var at = t;
                for (var r = 0; r < repeats; r++)
                {
                    var call = species.Make(ref rng);
                    scratch.AsSpan().Clear();
                    var n = call.Render((long)rng.NextULong(), "call", rate, scratch);
                    var start = (int)(at * rate);
                    for (var i = 0; i < n && start + i < source.Length; i++) source[start + i] += scratch[i];
                    at += call.Seconds + rng.Range(0.08, 0.2);
                    any = true;
                }
            }
            if (any) MovingSource.Render(source, path, bus);
        }
    }
}
