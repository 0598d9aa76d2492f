using System.Globalization;
using System.Text;

namespace Kinora.Media.Captions;

/// <summary>One caption: shown from Start to End (seconds), optionally attributed to a voice.</summary>
public readonly record struct CaptionCue(double Start, double End, string Text, string? Voice = null);

/// <summary>
/// Writes WebVTT (W3C WebVTT, the format browsers' &lt;track&gt; reads): a "WEBVTT" header, then one cue per caption
/// with "hh:mm:ss.ttt --> hh:mm:ss.ttt" timings and a &lt;v Speaker&gt; voice span when the speaker is known.
/// </summary>
public static class WebVtt
{
    public static string Format(IEnumerable<CaptionCue> cues)
    {
        var sb = new StringBuilder("WEBVTT\n");
        var n = 0;
        foreach (var c in cues)
        {
            if (!(c.End > c.Start)) continue;
            sb.Append('\n').Append(++n).Append('\n');
            sb.Append(Time(c.Start)).Append(" --> ").Append(Time(c.End)).Append('\n');
            var text = Escape(c.Text);
            sb.Append(c.Voice is { Length: > 0 } v ? $"<v {Escape(v)}>{text}" : text).Append('\n');
        }
        return sb.ToString();
    }

    public static void Write(string path, IEnumerable<CaptionCue> cues) => File.WriteAllText(path, Format(cues));

    private static string Time(double seconds)
    {
        var t = TimeSpan.FromMilliseconds(Math.Round(Math.Max(0, seconds) * 1000));
        return string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours:00}:{t.Minutes:00}:{t.Seconds:00}.{t.Milliseconds:000}");
    }

    /// <summary>The cue text may not contain "-->" or raw markup characters.</summary>
    private static string Escape(string s) => s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\n", " ");
}
