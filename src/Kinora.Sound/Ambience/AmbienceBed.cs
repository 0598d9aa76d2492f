using Kinora.Compose;

namespace Kinora.Sound.Ambience;

/// <summary>
/// Chooses and renders the bed under the event sounds: room tone indoors; outdoor air elsewhere, with birds in
/// green settings or when the plan's ambience asks for them. Levels are absolute (dBFS RMS) against a programme
/// normalized to −16 LUFS, i.e. the bed sits ~25 LU under the action.
/// </summary>
public static class AmbienceBed
{
    private static readonly string[] BirdSettings =
        ["park", "forest", "garden", "meadow", "field", "woods", "woodland", "countryside", "jungle", "backyard", "farm", "lake", "river"];

    public static bool IsIndoor(World world) => world.Environment.Indoor || world.Plan.World.Indoor;

    public static bool HasBirds(World world)
    {
        if (IsIndoor(world)) return false;
        foreach (var a in world.Plan.Audio.Ambience)
            if (a.Contains("bird", StringComparison.OrdinalIgnoreCase)) return true;
        var setting = world.Plan.World.Setting;
        foreach (var s in BirdSettings)
            if (setting.Contains(s, StringComparison.OrdinalIgnoreCase)) return true;
        foreach (var a in world.Plan.Audio.Ambience)
            foreach (var s in BirdSettings)
                if (a.Contains(s, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Writes (overwrites) the bed into an interleaved stereo buffer.</summary>
    public static void Render(World world, Span<float> stereo, int sampleRate)
    {
        var seed = world.Plan.Seed;
        if (IsIndoor(world))
        {
            RoomTone.Render(stereo, seed, sampleRate);
            return;
        }
        OutdoorAir.Render(stereo, seed, sampleRate);
        if (HasBirds(world)) BirdChirps.Add(stereo, seed, sampleRate);
    }
}
