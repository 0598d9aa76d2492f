namespace Kinora.Sound.Music;

/// <summary>One note: General MIDI channel (9 is drums), key number, velocity 1–127, start and length in beats.</summary>
public readonly record struct Note(int Channel, int Key, int Velocity, double Beat, double Beats);

/// <summary>A composed piece: tempo, the GM program of each melodic channel, and the notes.</summary>
public sealed record Score(int Bpm, IReadOnlyDictionary<int, int> Programs, IReadOnlyList<Note> Notes)
{
    public double SecondsPerBeat => 60.0 / Bpm;
}
