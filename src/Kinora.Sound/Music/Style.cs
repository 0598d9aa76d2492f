namespace Kinora.Sound.Music;

/// <summary>
/// How a mood sounds: mode, a four-chord progression (scale degrees, 0-based), a default tempo and the General
/// MIDI programs of lead, chords and bass (GM 1 program numbers, 0-based). Progressions are the stock ones of
/// film and pop scoring (I–V–vi–IV for bright, i–VI–III–VII for epic, ii–V–I for jazz).
/// </summary>
public sealed record Style(bool Minor, int[] Progression, int Bpm, int Lead, int Chords, int Bass, Drums Drums, bool Sevenths = false)
{
    public static Style For(string mood) => mood.ToLowerInvariant() switch
    {
        "playful" or "happy" or "cheerful" or "fun" => new(false, [0, 4, 5, 3], 112, Lead: 12, Chords: 24, Bass: 32, Drums.Light),
        "upbeat" or "energetic" or "exciting" or "electronic" or "dance" => new(false, [0, 4, 5, 3], 124, Lead: 81, Chords: 89, Bass: 38, Drums.Full),
        "epic" or "heroic" or "dramatic" or "cinematic" => new(true, [0, 5, 2, 6], 90, Lead: 60, Chords: 48, Bass: 43, Drums.Toms),
        "tense" or "suspenseful" or "mysterious" or "dark" or "scary" => new(true, [0, 3, 0, 4], 72, Lead: 42, Chords: 89, Bass: 43, Drums.None),
        "sad" or "melancholic" or "melancholy" => new(true, [0, 5, 3, 4], 68, Lead: 0, Chords: 48, Bass: 32, Drums.None),
        "romantic" or "tender" => new(false, [0, 2, 3, 4], 76, Lead: 0, Chords: 48, Bass: 32, Drums.None),
        "jazz" or "jazzy" or "lounge" => new(false, [1, 4, 0, 0], 104, Lead: 0, Chords: 0, Bass: 32, Drums.Ride, Sevenths: true),
        _ => new(false, [0, 5, 3, 4], 84, Lead: 0, Chords: 48, Bass: 32, Drums.None), // calm
    };
}

public enum Drums { None, Light, Full, Toms, Ride }
