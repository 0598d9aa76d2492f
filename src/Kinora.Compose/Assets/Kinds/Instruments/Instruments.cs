using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// Musical instruments at their true sizes, modelled in the pose they are photographed in, each with how a player
/// holds it (<see cref="HoldOf"/>): Motion reads that to put a guitar across the body, a violin under the chin, a
/// flute or trumpet at the lips, and a pianist or drummer on their seat. Kind names are WordNet's lemmas (what the
/// planner makes of "guitar", "drums", "the piano"), with the usual other words as aliases.
/// </summary>
public static class Instruments
{
    public static IEnumerable<KindSpec> All =>
    [
        new("guitar", 1.1, "wood", Paints.Srgb(225, 175, 110, 0.4f, 0, "spruce") with { Pattern = "wood" }, Guitar.Build)
            { Front = Vector3.UnitZ, Aliases = ["acoustic guitar", "guitars", "classical guitar"] },
        new("violin", 0.76, "wood", Paints.Srgb(165, 70, 25, 0.3f, 0, "varnish") with { Pattern = "wood" }, Fiddle.Violin)
            { Front = Vector3.UnitZ, Aliases = ["fiddle", "violins", "viola"] },
        new("cello", 1.5, "wood", Paints.Srgb(150, 62, 24, 0.3f, 0, "varnish") with { Pattern = "wood" }, Fiddle.Cello)
            { Front = Vector3.UnitZ, Aliases = ["violoncello", "cellos", "double bass", "bass fiddle", "contrabass"] },
        new("piano", 2.42, "wood", Paints.Srgb(14, 14, 16, 0.12f, 0, "lacquer"), Piano.Build)
            { Front = -Vector3.UnitX, Aliases = ["grand piano", "pianoforte", "grand", "pianos", "upright piano"] },
        new("drum", 1.56, "wood", Paints.Srgb(150, 20, 30, 0.25f, 0.3f, "sparkle"), DrumKit.Build)
            { Front = Vector3.UnitZ, Aliases = ["drums", "drum kit", "drum set", "drumkit", "trap set", "drumset"] },
        new("flute", 0.67, "metal", Paints.Srgb(210, 212, 218, 0.18f, 1, "silver"), Winds.Flute) { Aliases = ["flutes", "piccolo"] },
        new("trumpet", 0.5, "metal", Paints.Srgb(215, 170, 70, 0.25f, 1, "brass"), Winds.Trumpet) { Aliases = ["trumpets", "cornet", "bugle"] },
    ];

    /// <summary>How a player holds a kind, or null when it is no instrument.</summary>
    public static InstrumentHold? HoldOf(string kind) => Holds.TryGetValue(kind, out var hold) ? hold : null;

    /// <summary>
    /// The holds. Player-frame directions: +X the player's left, +Y up, +Z where they face; offsets in metres for a
    /// 1.72 m adult (scaled with the player). Grips and directions of the instrument are in its design frame.
    /// </summary>
    private static readonly Dictionary<string, InstrumentHold> Holds = new(StringComparer.OrdinalIgnoreCase)
    {
        // Across the body: the lower bout at the right hip, the top facing out, the neck rising 25° to the left hand.
        ["guitar"] = new(HoldStyle.Worn, JointNames.Spine, new Vector3(0, Guitar.LowerBout, 0), Vector3.UnitY, Vector3.UnitZ,
            new Vector3(-0.08f, 0.05f, 0.17f), new Vector3(0.9f, 0.42f, 0.1f), new Vector3(0, 0, 1)),
        // Under the chin on the left collarbone, the scroll forward and to the left, the top tipped to the right.
        ["violin"] = new(HoldStyle.Worn, JointNames.Neck, new Vector3(0.03f, 0.03f, 0), Vector3.UnitY, Vector3.UnitZ,
            new Vector3(0.05f, 0.02f, 0.09f), new Vector3(0.72f, 0.12f, 0.68f), new Vector3(-0.5f, 0.85f, 0.1f)),
        // On its endpin in front of the player, leaning back against them, the neck by the left ear.
        ["cello"] = new(HoldStyle.Standing, JointNames.Pelvis, Vector3.Zero, Vector3.UnitY, Vector3.UnitZ,
            new Vector3(0.05f, 0, 0.42f), new Vector3(0.12f, 1, -0.35f), new Vector3(0, 0.3f, 1)),
        // At the lips, running out to the right, a little down.
        ["flute"] = new(HoldStyle.Worn, JointNames.Head, Winds.FluteLip, Vector3.UnitX, Vector3.UnitY,
            new Vector3(0, -0.035f, 0.115f), new Vector3(-1, -0.15f, 0.12f), new Vector3(0, 1, 0.2f)),
        // At the lips, pointing forward and a little down, valves up.
        ["trumpet"] = new(HoldStyle.Worn, JointNames.Head, Winds.TrumpetLip, Vector3.UnitX, Vector3.UnitY,
            new Vector3(0, -0.045f, 0.11f), new Vector3(0, -0.25f, 1), new Vector3(0, 1, 0.25f)),
        // Seated on the bench facing the keys (+X of the piano's design frame).
        ["piano"] = new(HoldStyle.Seated, JointNames.Pelvis, Piano.Seat, Vector3.UnitX, Vector3.UnitY, default, default, default),
        // Seated on the stool facing the audience (+Z).
        ["drum"] = new(HoldStyle.Seated, JointNames.Pelvis, DrumKit.Seat, Vector3.UnitZ, Vector3.UnitY, default, default, default),
    };

    private static readonly Dictionary<string, (Vector3 Min, Vector3 Max)> Bounds = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The design-frame bounds of a kind's model (what <see cref="ModelBuilder.Finish"/> centres and scales), so a
    /// point given in the design frame can be found on a built model: (p − centre) × size ÷ largest extent.
    /// </summary>
    public static (Vector3 Min, Vector3 Max) DesignBounds(string kind)
    {
        lock (Bounds)
        {
            if (Bounds.TryGetValue(kind, out var b)) return b;
            var spec = All.First(s => s.Kind.Equals(kind, StringComparison.OrdinalIgnoreCase) || s.Aliases.Contains(kind, StringComparer.OrdinalIgnoreCase));
            var builder = new ModelBuilder(spec.Kind, spec.Body);
            var random = new SeededRandom(1, "bounds");
            spec.Build(builder, ref random);
            return Bounds[kind] = builder.Bounds();
        }
    }

    /// <summary>A design-frame point of a kind on its built model, whose largest extent is <paramref name="size"/>.</summary>
    public static Vector3 ToModel(string kind, Vector3 design, float size)
    {
        var (min, max) = DesignBounds(kind);
        var extent = max - min;
        return (design - (min + max) / 2) * (size / MathF.Max(extent.X, MathF.Max(extent.Y, extent.Z)));
    }
}

/// <summary>Worn on the body (follows a joint), on the floor with the player seated at it, or stood on the floor
/// in front of a standing player.</summary>
public enum HoldStyle { Worn, Seated, Standing }

/// <summary>
/// How an instrument is held. <see cref="Grip"/> (design frame) goes to the <see cref="Anchor"/> joint's pivot plus
/// <see cref="To"/> (player frame, metres for a 1.72 m adult), and the instrument turns so its design directions
/// <see cref="Along"/> and <see cref="Face"/> point along the player-frame <see cref="AlongTo"/> and <see cref="FaceTo"/>.
/// Seated: <see cref="Grip"/> is the seat the hips go on, <see cref="Along"/> the way the player faces (design frame).
/// Standing: <see cref="To"/> is measured from the ground under the player's pelvis.
/// </summary>
public sealed record InstrumentHold(HoldStyle Style, string Anchor, Vector3 Grip, Vector3 Along, Vector3 Face, Vector3 To, Vector3 AlongTo, Vector3 FaceTo);
