namespace Kinora.Understand.Lexicon;

/// <summary>Time of day, weather and gravity words.</summary>
public static class Conditions
{
    /// <summary>Word → local solar hour.</summary>
    public static readonly IReadOnlyDictionary<string, double> Times = new Dictionary<string, double>
    {
        ["dawn"] = 6.3, ["sunrise"] = 6.5, ["morning"] = 9, ["noon"] = 12, ["midday"] = 12, ["afternoon"] = 15,
        ["sunset"] = 17.6, ["dusk"] = 18.2, ["evening"] = 18.5, ["twilight"] = 18.4, ["night"] = 22, ["midnight"] = 0,
        ["nighttime"] = 22, ["golden"] = 17.3, // "golden hour"
    };

    /// <summary>Season words. The plan has no season yet; the reader reports them as understood.</summary>
    public static readonly IReadOnlySet<string> Seasons = new HashSet<string> { "spring", "summer", "autumn", "winter", "springtime", "summertime", "wintertime" };

    public static readonly IReadOnlyDictionary<string, string> Weather = new Dictionary<string, string>
    {
        ["sunny"] = "clear", ["clear"] = "clear", ["cloudy"] = "overcast", ["overcast"] = "overcast", ["grey"] = "overcast",
        ["foggy"] = "fog", ["fog"] = "fog", ["misty"] = "fog", ["mist"] = "fog", ["rainy"] = "rain", ["rain"] = "rain",
        ["raining"] = "rain", ["storm"] = "storm", ["stormy"] = "storm", ["snowing"] = "snow", ["snowy"] = "snow",
        ["windy"] = "wind", ["downpour"] = "rain", ["drizzle"] = "rain", ["rainstorm"] = "storm", ["thunderstorm"] = "storm",
        ["snowstorm"] = "snow", ["blizzard"] = "snow", ["snowfall"] = "snow", ["haze"] = "fog", ["hazy"] = "fog",
    };

    /// <summary>Place words that change gravity (m/s²): Moon 1.62, Mars 3.71, space 0.</summary>
    public static readonly IReadOnlyDictionary<string, double> Gravity = new Dictionary<string, double>
    {
        ["moon"] = 1.62, ["lunar"] = 1.62, ["mars"] = 3.71, ["martian"] = 3.71, ["space"] = 0, ["zero-gravity"] = 0,
        ["weightless"] = 0, ["jupiter"] = 24.79,
    };
}
