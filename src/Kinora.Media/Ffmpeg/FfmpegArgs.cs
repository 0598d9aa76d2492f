namespace Kinora.Media.Ffmpeg;

/// <summary>
/// One concern of an ffmpeg command line (an input, a codec, a container). Each part appends its own arguments
/// in order; a command is a list of parts, so no single place knows every codec (the opposite of Jellyfin's
/// EncodingHelper). Parts are records: comparable, printable and tested one by one.
/// </summary>
public interface IFfmpegPart
{
    void AppendTo(FfmpegArgs args);
}

/// <summary>An ordered ffmpeg argument list built from parts. Arguments are never joined into a shell string.</summary>
public sealed class FfmpegArgs
{
    private readonly List<string> _args = [];

    public IReadOnlyList<string> Arguments => _args;

    public FfmpegArgs Add(params ReadOnlySpan<string> args)
    {
        foreach (var a in args) _args.Add(a);
        return this;
    }

    public FfmpegArgs Add(IFfmpegPart part)
    {
        part.AppendTo(this);
        return this;
    }

    public static FfmpegArgs From(params ReadOnlySpan<IFfmpegPart> parts)
    {
        var args = new FfmpegArgs();
        foreach (var p in parts) args.Add(p);
        return args;
    }

    /// <summary>The command as a human would type it (for logs and error messages only; never executed).</summary>
    public override string ToString() => string.Join(' ', _args.Select(Quote));

    private static string Quote(string a) =>
        a.Length > 0 && a.All(c => char.IsLetterOrDigit(c) || "-_.:/+=,".Contains(c)) ? a : "'" + a.Replace("'", "'\\''") + "'";
}
