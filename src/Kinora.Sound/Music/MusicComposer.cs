using Kinora.Plan;

namespace Kinora.Sound.Music;

/// <summary>
/// Writes a short piece for a mood and length: a chord progression looping every four bars, a bass on roots and
/// fifths, a melody that walks the scale on chord tones with seeded rhythms, drums by style, one bar of intro
/// (chords alone) and a final bar that lands on the tonic. Key and melody come from the seed, so remixing a video
/// keeps its tune. Bars are 4/4; the piece runs past the clip's end by one bar and is cut and faded by the mixer.
/// </summary>
public static class MusicComposer
{
    private static readonly int[] Major = [0, 2, 4, 5, 7, 9, 11];
    private static readonly int[] Minor = [0, 2, 3, 5, 7, 8, 10];
    private const int ChordChannel = 1, LeadChannel = 0, BassChannel = 2, DrumChannel = 9;

    public static Score Compose(MusicSpec spec, double seconds, long seed)
    {
        var style = Style.For(spec.Mood);
        var bpm = spec.Bpm is >= 40 and <= 220 ? spec.Bpm : style.Bpm;
        var random = new SeededRandom(seed, "music");
        var tonic = 57 + (int)(random.NextDouble() * 7); // A3..D#4: a comfortable middle register
        var scale = style.Minor ? Minor : Major;
        var bars = (int)Math.Ceiling(seconds * bpm / 60 / 4) + 1;
        var notes = new List<Note>();
        var melodyDegree = 7; // the tonic an octave up, in scale steps

        for (var bar = 0; bar < bars; bar++)
        {
            var last = bar == bars - 1;
            var degree = last ? 0 : style.Progression[bar % style.Progression.Length];
            var beat0 = bar * 4.0;
            int Pitch(int d, int octave = 0) => tonic + 12 * (octave + Floor(d, 7)) + scale[Mod(d, 7)];

            // Chords: a triad (or seventh) held for the bar, softer in the intro.
            int[] chord = style.Sevenths ? [0, 2, 4, 6] : [0, 2, 4];
            foreach (var step in chord)
                notes.Add(new Note(ChordChannel, Pitch(degree + step), bar == 0 ? 50 : 62, beat0, 4));
            // Bass: root on 1, fifth on 3 (walking quarter notes for jazz).
            if (style.Drums == Drums.Ride)
                for (var q = 0; q < 4; q++) notes.Add(new Note(BassChannel, Pitch(degree + (q * 2 % 5), -2), 80, beat0 + q, 0.9));
            else
            {
                notes.Add(new Note(BassChannel, Pitch(degree, -2), 85, beat0, 2));
                notes.Add(new Note(BassChannel, Pitch(degree + 4, -2), 75, beat0 + 2, 2));
            }
            if (last) continue;
            // Melody from bar 2: chord tones on strong beats, scale steps between.
            if (bar >= 1)
            {
                var rhythm = Rhythms[(int)(random.NextDouble() * Rhythms.Length)];
                foreach (var (at, length) in rhythm)
                {
                    var strong = at % 1 == 0;
                    if (strong)
                    {
                        var target = degree + chord[(int)(random.NextDouble() * 3)] + 7;
                        melodyDegree = target + 7 * (int)Math.Round((melodyDegree - target) / 7.0);
                    }
                    else melodyDegree += random.NextDouble() < 0.5 ? 1 : -1;
                    melodyDegree = Math.Clamp(melodyDegree, 3, 12);
                    notes.Add(new Note(LeadChannel, Pitch(melodyDegree), strong ? 92 : 78, beat0 + at, length));
                }
            }
            AddDrums(notes, style.Drums, beat0);
        }
        notes.Add(new Note(LeadChannel, tonic + 12, 85, (bars - 1) * 4.0, 4)); // land on the tonic
        var programs = new Dictionary<int, int> { [LeadChannel] = style.Lead, [ChordChannel] = style.Chords, [BassChannel] = style.Bass };
        return new Score(bpm, programs, notes);
    }

    /// <summary>One-bar melody rhythms: (beat, length in beats).</summary>
    private static readonly (double At, double Length)[][] Rhythms =
    [
        [(0, 1), (1, 1), (2, 2)],
        [(0, 1.5), (1.5, 0.5), (2, 1), (3, 1)],
        [(0, 2), (2, 1), (3, 1)],
        [(0, 1), (1, 0.5), (1.5, 0.5), (2, 2)],
    ];

    // GM percussion keys: 36 kick, 38 snare, 42 closed hat, 45 low tom, 51 ride.
    private static void AddDrums(List<Note> notes, Drums drums, double beat0)
    {
        switch (drums)
        {
            case Drums.Light:
                notes.Add(new Note(DrumChannel, 36, 70, beat0, 0.5));
                notes.Add(new Note(DrumChannel, 38, 55, beat0 + 2, 0.5));
                for (var e = 0; e < 4; e++) notes.Add(new Note(DrumChannel, 42, 45, beat0 + e, 0.25));
                break;
            case Drums.Full:
                for (var q = 0; q < 4; q++) notes.Add(new Note(DrumChannel, 36, 95, beat0 + q, 0.5));
                notes.Add(new Note(DrumChannel, 38, 85, beat0 + 1, 0.5));
                notes.Add(new Note(DrumChannel, 38, 85, beat0 + 3, 0.5));
                for (var e = 0; e < 8; e++) notes.Add(new Note(DrumChannel, 42, e % 2 == 0 ? 60 : 45, beat0 + e * 0.5, 0.25));
                break;
            case Drums.Toms:
                notes.Add(new Note(DrumChannel, 45, 100, beat0, 1));
                notes.Add(new Note(DrumChannel, 45, 80, beat0 + 2.5, 0.5));
                notes.Add(new Note(DrumChannel, 45, 90, beat0 + 3, 1));
                break;
            case Drums.Ride:
                foreach (var at in new[] { 0, 1, 1.67, 2, 3, 3.67 }) notes.Add(new Note(DrumChannel, 51, 55, beat0 + at, 0.3));
                break;
        }
    }

    private static int Mod(int a, int m) => ((a % m) + m) % m;
    private static int Floor(int a, int m) => (int)Math.Floor((double)a / m);
}
