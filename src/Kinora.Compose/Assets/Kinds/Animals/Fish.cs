using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// Water animals, each a rigged <see cref="FishBody"/>: a generic fish (a slim, grey-blue, countershaded sea fish
/// with a forked tail and a dark lateral line), a goldfish (deep, round-nosed, orange, a long fan tail), a tropical
/// reef fish (orange with white bars, as a clownfish), and a shark (round-bodied, pointed snout, tall dorsal fin,
/// lopsided tail, gill slits). A colour trait repaints the body; the back and belly follow it darker and paler.
/// </summary>
public static partial class Animals
{
    /// <summary>The water animals' kinds (Motion swims and schools every one of them).</summary>
    public static IEnumerable<KindSpec> WaterAnimals =>
    [
        new("fish", 0.3, "fabric", Paints.Srgb(120, 140, 160, 0.35f, 0, "scales") with { Pattern = "leather" }, SeaFish)
            { Aliases = ["trout", "salmon", "cod", "mackerel", "herring", "sardine", "tuna", "bass", "carp", "perch", "minnow"] },
        new("goldfish", 0.12, "fabric", Paints.Srgb(245, 120, 25, 0.3f, 0, "scales") with { Pattern = "leather" }, Goldfish) { Aliases = ["koi"] },
        new("tropical fish", 0.12, "fabric", Paints.Srgb(240, 105, 20, 0.3f, 0, "scales"), TropicalFish) { Aliases = ["clownfish", "reef fish"] },
        new("shark", 2.5, "fabric", Paints.Srgb(115, 125, 135, 0.45f, 0, "skin"), Shark),
    ];

    /// <summary>Whether a kind is one of <see cref="WaterAnimals"/> (it lives in water: it swims, it is not dropped in).</summary>
    public static bool IsWaterAnimal(string kind) => WaterAnimalKinds.Contains(kind);

    private static readonly HashSet<string> WaterAnimalKinds = new(
        WaterAnimals.SelectMany(k => k.Aliases.Append(k.Kind)), StringComparer.OrdinalIgnoreCase);

    /// <summary>The body's paints: body, back, belly, bands, fins. Fins are thin and let light through, so they cast
    /// no shadow: a dorsal fin's shadow lay across the flank as a black bar.</summary>
    private static Material[] FishPaints(ModelBuilder m, float countershade, Material bands, float finShade)
    {
        var body = m.BodyPaint;
        var belly = body with { BaseColor = System.Numerics.Vector3.Lerp(body.BaseColor, new(0.85f, 0.85f, 0.82f), 0.6f * countershade + 0.15f), Name = "belly" };
        return [body, Paints.Shade(body, 1 - 0.55f * countershade) with { Name = "back" }, belly, bands, Paints.Shade(body, finShade) with { Name = "fin", Pattern = "none", CastsShadow = false }];
    }

    private static void SeaFish(ModelBuilder m, ref SeededRandom r)
    {
        var s = new FishShape
        {
            Height = Vary(ref r, 0.11f), Flat = 0.5f, Deepest = 0.35f, Nose = 0.6f, Peduncle = 0.022f,
            TailSpan = 0.13f, TailLength = 0.19f, Fork = 0.6f, Dorsal = 0.07f, DorsalAt = 0.4f, DorsalBase = 0.18f,
            Pectoral = 0.07f, Eye = 0.03f, Countershade = 0.8f, LateralLine = true,
        };
        FishBody.Build(m, s, FishPaints(m, s.Countershade, Paints.Srgb(55, 60, 70, 0.4f, 0, "line"), 0.8f));
    }

    private static void Goldfish(ModelBuilder m, ref SeededRandom r)
    {
        var s = new FishShape
        {
            Height = Vary(ref r, 0.2f), Flat = 0.55f, Deepest = 0.38f, Nose = 0.5f, Peduncle = 0.04f,
            TailSpan = 0.2f, TailLength = 0.34f, Fork = 0.35f, Dorsal = 0.12f, DorsalAt = 0.45f, DorsalBase = 0.3f,
            Pectoral = 0.08f, Eye = 0.05f, Countershade = 0.15f,
        };
        FishBody.Build(m, s, FishPaints(m, s.Countershade, m.BodyPaint, 1.05f));
    }

    private static void TropicalFish(ModelBuilder m, ref SeededRandom r)
    {
        var s = new FishShape
        {
            Height = Vary(ref r, 0.19f), Flat = 0.5f, Deepest = 0.4f, Nose = 0.5f, Peduncle = 0.05f,
            TailSpan = 0.13f, TailLength = 0.17f, Fork = 0.05f, Dorsal = 0.09f, DorsalAt = 0.5f, DorsalBase = 0.45f,
            Pectoral = 0.08f, Eye = 0.045f, Countershade = 0.1f, Bands = [0.2f, 0.55f, 0.92f],
        };
        FishBody.Build(m, s, FishPaints(m, s.Countershade, Paints.Srgb(245, 245, 240, 0.35f, 0, "bar"), 0.95f));
    }

    private static void Shark(ModelBuilder m, ref SeededRandom r)
    {
        var s = new FishShape
        {
            Height = Vary(ref r, 0.085f), Flat = 0.9f, Deepest = 0.35f, Nose = 0.85f, Peduncle = 0.018f,
            TailSpan = 0.17f, TailLength = 0.22f, Fork = 0.45f, LowerLobe = 0.55f, Dorsal = 0.12f, DorsalAt = 0.4f, DorsalBase = 0.12f,
            Pectoral = 0.12f, Eye = 0.012f, Countershade = 0.9f, GillSlits = 5,
        };
        FishBody.Build(m, s, FishPaints(m, s.Countershade, m.BodyPaint, 0.9f));
    }
}
