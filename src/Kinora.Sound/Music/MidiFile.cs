namespace Kinora.Sound.Music;

/// <summary>
/// Writes a Standard MIDI File, format 0 (one track), 480 ticks per quarter note: tempo, program changes, then
/// note-on/off events sorted by time (offs before ons at the same tick so repeated notes retrigger). Written by
/// hand because it is forty lines and the format has not changed since 1988.
/// </summary>
public static class MidiFile
{
    public const int TicksPerBeat = 480;

    public static byte[] Write(Score score)
    {
        var events = new List<(long Tick, int Order, byte[] Bytes)>();
        var microsPerBeat = 60_000_000 / score.Bpm;
        events.Add((0, 0, [0xFF, 0x51, 0x03, (byte)(microsPerBeat >> 16), (byte)(microsPerBeat >> 8), (byte)microsPerBeat]));
        foreach (var (channel, program) in score.Programs)
            events.Add((0, 1, [(byte)(0xC0 | channel), (byte)program]));
        foreach (var n in score.Notes)
        {
            var on = (long)Math.Round(n.Beat * TicksPerBeat);
            var off = Math.Max(on + 1, (long)Math.Round((n.Beat + n.Beats) * TicksPerBeat));
            var key = (byte)Math.Clamp(n.Key, 0, 127);
            events.Add((on, 3, [(byte)(0x90 | n.Channel), key, (byte)Math.Clamp(n.Velocity, 1, 127)]));
            events.Add((off, 2, [(byte)(0x80 | n.Channel), key, 0]));
        }
        events.Sort((a, b) => a.Tick != b.Tick ? a.Tick.CompareTo(b.Tick) : a.Order.CompareTo(b.Order));

        var track = new List<byte>();
        long previous = 0;
        foreach (var (tick, _, bytes) in events)
        {
            WriteVarLength(track, tick - previous);
            track.AddRange(bytes);
            previous = tick;
        }
        track.AddRange([0x00, 0xFF, 0x2F, 0x00]); // end of track

        var file = new List<byte>();
        file.AddRange("MThd"u8.ToArray());
        file.AddRange([0, 0, 0, 6, 0, 0, 0, 1, TicksPerBeat >> 8, TicksPerBeat & 0xFF]);
        file.AddRange("MTrk"u8.ToArray());
        file.AddRange([(byte)(track.Count >> 24), (byte)(track.Count >> 16), (byte)(track.Count >> 8), (byte)track.Count]);
        file.AddRange(track);
        return [.. file];
    }

    /// <summary>MIDI variable-length quantity: 7 bits per byte, most significant first, high bit set on all but the last.</summary>
    private static void WriteVarLength(List<byte> into, long value)
    {
        var buffer = new Stack<byte>();
        buffer.Push((byte)(value & 0x7F));
        while ((value >>= 7) > 0) buffer.Push((byte)(0x80 | (value & 0x7F)));
        into.AddRange(buffer);
    }
}
