using Kinora.Compose.Environments;
using Kinora.Compose.Scenery.Places.Cities;
using Kinora.Compose.Scenery.Places.Landmarks;
using Kinora.Compose.Scenery.Places.Leisure;
using Kinora.Compose.Scenery.Places.Nature;
using Kinora.Compose.Scenery.Places.PublicRooms;
using Kinora.Compose.Scenery.Places.Town;
using Kinora.Compose.Scenery.Places.Venues;

namespace Kinora.Compose.Scenery.Places;

/// <summary>
/// Every <see cref="Place"/> Kinora dresses, one table per group of the VBench scene list (streets, landmarks,
/// leisure grounds, wild nature, public rooms, venues). A setting names the place whose word it holds: a word that
/// ends the setting first (English puts the head last: "snow rocky mountains peaks canyon" is a canyon, "city park" a
/// park), then the longest word, so "indoor swimming pool" is the pool, not a room, and "forest road" a road, not a forest.
/// </summary>
public static class Places
{
    private static readonly Place[] All = [.. TownPlaces.All, .. LandmarkPlaces.All, .. LeisurePlaces.All, .. NaturePlaces.All, .. PublicRoomPlaces.All, .. VenuePlaces.All, .. CityPlaces.All, .. Space.SpacePlaces.All];

    public static Place? Of(string? setting)
    {
        var text = (setting ?? "").Trim().ToLowerInvariant();
        if (text.Length == 0) return null;
        Place? best = null;
        var bestScore = 0;
        foreach (var place in All)
            foreach (var word in place.Words)
            {
                var score = word.Length + (SettingFamilies.EndsWithWord(text, word) ? 1000 : 0);
                if (score > bestScore && SettingFamilies.ContainsWord(text, word))
                    (best, bestScore) = (place, score);
            }
        return best;
    }
}
