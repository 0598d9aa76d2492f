namespace Kinora.Compose.Assets;

/// <summary>
/// Light, wide things the air carries: "a red umbrella drifts across" means the wind takes it through the air, not
/// that it floats in a tank of water. Such a thing, with a drifting verb, travels across the frame at a breeze's
/// carrying pace at about head height (the Motion stage drives it, the layout starts it to one side).
/// </summary>
public static class WindBorne
{
    private static readonly HashSet<string> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        "umbrella", "kite", "balloon", "leaf", "feather", "paper", "plastic bag", "hat", "scarf", "parachute",
    };

    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase) { "drift", "float", "blow", "waft", "flutter", "sail" };

    /// <summary>m/s: a light breeze carries a tumbling umbrella about as fast as a person walks.</summary>
    public const double Pace = 1.2;

    /// <summary>m above its resting height: carried past at about a person's shoulders (an open umbrella's middle at
    /// ~1.4 m; higher, a photo's low camera cut it off at the top of the frame).</summary>
    public const float Altitude = 0.9f;

    /// <summary>Whether <paramref name="verb"/> done by a <paramref name="kind"/> means the air carries it.</summary>
    public static bool Carries(string kind, string verb) => Kinds.Contains(kind) && Verbs.Contains(verb.Trim());
}
