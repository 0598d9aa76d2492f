using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Kinora.Motion;

/// <summary>
/// Writes a <see cref="Track"/> as JSON Lines (what <c>kinora simulate plan.json --out track.jsonl</c> prints), for
/// inspection, diffing and external tools. One line per frame:
/// <code>{"frame":i,"t":s,"bodies":{"&lt;id&gt;":{"p":[x,y,z],"q":[x,y,z,w]},…}}</code>
/// and one line per event:
/// <code>{"event":"contact","t":s,"a":"&lt;id&gt;","b":"&lt;id&gt;|ground","impulse":N·s,"speed":m/s,"ma":"rubber","mb":"concrete","pos":[x,y,z]}</code>
/// ("event" is contact, roll, slide, splash, shatter or footfall; see <see cref="SimEvent"/>; "ma"/"mb" when known)
/// Events are interleaved in time order: each follows the line of the last frame at or before its time (so a
/// reader streaming frames sees an event right after the frame it belongs to). Numbers are invariant culture,
/// rounded to 5 decimals (10 µm, 10 µs); quaternions are (x, y, z, w) like System.Numerics and glTF.
/// </summary>
public static class TrackJsonl
{
    private const int Decimals = 5;

    public static void Write(Track track, TextWriter writer)
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true });
        // Property names are written once as pre-encoded text rather than re-escaped per body and frame.
        var ids = new JsonEncodedText[track.BodyIds.Count];
        for (var i = 0; i < ids.Length; i++) ids[i] = JsonEncodedText.Encode(track.BodyIds[i]);

        var events = track.Events;
        var next = 0;
        for (var f = 0; f < track.FrameCount; f++)
        {
            json.WriteStartObject();
            json.WriteNumber("frame", f);
            json.WriteNumber("t", Round(track.TimeOf(f)));
            json.WriteStartObject("bodies");
            var poses = track.PosesAt(f);
            for (var i = 0; i < poses.Length; i++)
            {
                var p = poses[i];
                json.WriteStartObject(ids[i]);
                json.WriteStartArray("p");
                json.WriteNumberValue(Round(p.Position.X)); json.WriteNumberValue(Round(p.Position.Y)); json.WriteNumberValue(Round(p.Position.Z));
                json.WriteEndArray();
                json.WriteStartArray("q");
                json.WriteNumberValue(Round(p.Rotation.X)); json.WriteNumberValue(Round(p.Rotation.Y));
                json.WriteNumberValue(Round(p.Rotation.Z)); json.WriteNumberValue(Round(p.Rotation.W));
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
            EndLine(json, buffer, writer);

            // Events before the next frame's time belong after this frame; after the last frame, all the rest.
            var until = f + 1 < track.FrameCount ? track.TimeOf(f + 1) : double.PositiveInfinity;
            while (next < events.Count && events[next].Time < until) WriteEvent(events[next++], json, buffer, writer);
        }
        while (next < events.Count) WriteEvent(events[next++], json, buffer, writer); // a track with no frames
    }

    private static void WriteEvent(SimEvent e, Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, TextWriter writer)
    {
        json.WriteStartObject();
        json.WriteString("event", e.Kind);
        json.WriteNumber("t", Round(e.Time));
        json.WriteString("a", e.A);
        json.WriteString("b", e.B);
        json.WriteNumber("impulse", Round(e.Impulse));
        json.WriteNumber("speed", Round(e.RelativeSpeed));
        if (e.MaterialA is not null) json.WriteString("ma", e.MaterialA);
        if (e.MaterialB is not null) json.WriteString("mb", e.MaterialB);
        json.WriteStartArray("pos");
        json.WriteNumberValue(Round(e.Position.X)); json.WriteNumberValue(Round(e.Position.Y)); json.WriteNumberValue(Round(e.Position.Z));
        json.WriteEndArray();
        json.WriteEndObject();
        EndLine(json, buffer, writer);
    }

    private static void EndLine(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, TextWriter writer)
    {
        json.Flush();
        writer.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        writer.Write('\n');
        buffer.ResetWrittenCount();
        json.Reset(buffer);
    }

    /// <summary>Rounded to <see cref="Decimals"/> places; −0 becomes 0 so output does not flicker between the two.</summary>
    private static double Round(double v) => Math.Round(v, Decimals, MidpointRounding.AwayFromZero) + 0.0;
}
