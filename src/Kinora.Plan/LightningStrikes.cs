namespace Kinora.Plan;

/// <summary>A lightning strike: when it flashes (video seconds) and how far away it is (m).</summary>
public readonly record struct LightningStrike(double FlashSeconds, double DistanceMetres);

/// <summary>
/// When lightning strikes in a clip: one schedule shared by the renderer (the flash) and the sound (the thunder that
/// follows by the distance's travel time), so what is seen and heard agree. Deterministic from the plan's seed.
/// </summary>
public static class LightningStrikes
{
    /// <summary>The first strike within 0.5–2.5 s, then every 5–14 s, each 300–3000 m away (the first within 1.2 km,
    /// so a short clip hears a clap it can connect with its flash).</summary>
    public static IReadOnlyList<LightningStrike> Of(long seed, double seconds)
    {
        var rng = new SeededRandom(seed, "sound.storm.strikes");
        var strikes = new List<LightningStrike>();
        for (var t = rng.Range(0.5, 2.5); t < seconds; t += rng.Range(5, 14))
            strikes.Add(new LightningStrike(t, strikes.Count == 0 ? rng.Range(300, 1200) : rng.Range(300, 3000)));
        return strikes;
    }

    /// <summary>True when the plan's weather or ambience asks for a thunderstorm (the words the sound's storm bed
    /// answers to).</summary>
    public static bool InPlan(ScenePlan plan)
    {
        static bool Says(string? w) => w is not null && (w.Contains("storm", StringComparison.OrdinalIgnoreCase)
            || w.Contains("thunder", StringComparison.OrdinalIgnoreCase) || w.Contains("lightning", StringComparison.OrdinalIgnoreCase));
        if (Says(plan.World.Weather) || Says(plan.World.Setting)) return true;
        foreach (var a in plan.Audio.Ambience) if (Says(a)) return true;
        return false;
    }
}
