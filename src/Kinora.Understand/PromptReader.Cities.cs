using Kinora.Understand.Lexicon;

namespace Kinora.Understand;

/// <summary>The reader's city names and buildings one is inside: which place a second place word makes.</summary>
internal sealed partial class PromptReader
{
    /// <summary>
    /// A city named beside another place ("a cafe in Paris", "in Shanghai, a street market") places that one in the
    /// city: the setting becomes "paris cafe", so the set can dress the city's look round it. A city alone stays the
    /// setting ("The bund Shanghai").
    /// </summary>
    private bool TryCityOfSetting(int i, int length, string lemma)
    {
        if (_setting is null || _settingEnd == i) return false;
        var city = Scenes.IsCity(lemma);
        var settingIsCity = _settingSpoken is { } spoken && Scenes.IsCity(spoken);
        if (city == settingIsCity) return false;
        var name = Phrase(i, length).ToLowerInvariant();
        _setting = city ? name + " " + _setting : _setting + " " + name;
        _settingSpoken = _setting;
        NoteWithModifiers(i, "setting", $"setting: {_setting} ({(city ? "the place is in this city" : "a place in the city named before")})", length);
        return true;
    }

    /// <summary>"a cat sleeps in the house", "inside the cottage": a dwelling one is in is its living room, not the
    /// house seen from the street ("a man walks past a house").</summary>
    private bool TryInsideDwelling(int i, int length, string lemma)
    {
        if (_setting is not null && _settingEnd != i || !Scenes.IsDwelling(lemma)) return false;
        var k = i - 1;
        while (k >= 0 && Determiners.Contains(Word(k))) k--;
        if (Word(k) is not ("in" or "inside" or "into" or "within")) return false;
        _setting = "living room";
        _settingSpoken = Phrase(i, length);
        _settingEnd = i + length;
        _indoor = true;
        _ambience = ["room tone"];
        if (_material is not null) _ground = _material;
        else if (_ground is null || !_groundFromSurface) _ground = "wood";
        NoteWithModifiers(i, "setting", $"setting: living room (inside the {lemma})", length);
        return true;
    }
}
