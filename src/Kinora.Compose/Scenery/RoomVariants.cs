using Kinora.Compose.Environments;

namespace Kinora.Compose.Scenery;

/// <summary>Rooms dressed differently from their family's usual set: a café is a restaurant with bistro tables and
/// an espresso counter, a cinema and a music studio are rooms the families name only as "a room".</summary>
public enum RoomVariant { Usual, Cafe, Cinema, MusicStudio }

/// <summary>
/// Which variant a setting's words name. The family (<see cref="SettingFamilies"/>) says what the light and walls
/// are like; the variant says what furniture fills the room. Whole words, as the families match them.
/// </summary>
public static class RoomVariants
{
    private static readonly string[] CafeWords = ["cafe", "café", "coffee", "coffeehouse", "coffeeshop", "bistro", "tearoom", "teahouse", "patisserie", "espresso"];
    private static readonly string[] CinemaWords = ["theater", "theatre", "cinema", "movie", "movies", "auditorium", "multiplex"];
    private static readonly string[] StudioWords = ["music studio", "recording studio", "sound studio", "recording", "rehearsal"];

    public static RoomVariant Of(SettingFamily family, string? setting)
    {
        var words = (setting ?? "").ToLowerInvariant();
        if (!SettingFamilies.IsInterior(family)) return RoomVariant.Usual;
        if (family == SettingFamily.Restaurant && Any(words, CafeWords)) return RoomVariant.Cafe;
        // A theatre or a studio falls to the living room (no family names it): the variant dresses it.
        if (family == SettingFamily.LivingRoom && Any(words, CinemaWords)) return RoomVariant.Cinema;
        if (family == SettingFamily.LivingRoom && Any(words, StudioWords)) return RoomVariant.MusicStudio;
        return RoomVariant.Usual;
    }

    private static bool Any(string text, string[] words)
    {
        foreach (var w in words)
            for (var i = text.IndexOf(w, StringComparison.Ordinal); i >= 0; i = text.IndexOf(w, i + 1, StringComparison.Ordinal))
            {
                var end = i + w.Length;
                if ((i == 0 || !char.IsLetter(text[i - 1])) && (end == text.Length || !char.IsLetter(text[end]) || text[end] == 's'))
                    return true;
            }
        return false;
    }
}
