using System.Buffers.Binary;

namespace Kinora.Media.Audio;

/// <summary>Sample encodings a WAV file can carry here: 32-bit IEEE float (lossless for our mix) or 16-bit PCM.</summary>
public enum WavSampleFormat { Float32, Pcm16 }

/// <summary>
/// Writes RIFF/WAVE files by hand (Microsoft "Multimedia Programming Interface and Data Specifications 1.0", 1991;
/// float format tag 3 per the 1994 "New Multimedia Data Types" update, which also asks non-PCM files for a
/// 'fact' chunk). Little-endian throughout. Used to hand the mix to ffmpeg and to measure it with other tools.
/// </summary>
public static class WavWriter
{
    private const ushort FormatPcm = 1, FormatIeeeFloat = 3;

    public static void Write(string path, ReadOnlySpan<float> interleaved, int sampleRate, int channels,
        WavSampleFormat format = WavSampleFormat.Float32)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Write(stream, interleaved, sampleRate, channels, format);
    }

    public static void Write(Stream stream, ReadOnlySpan<float> interleaved, int sampleRate, int channels,
        WavSampleFormat format = WavSampleFormat.Float32)
    {
        if (channels <= 0) throw new ArgumentOutOfRangeException(nameof(channels));
        if (sampleRate <= 0) throw new ArgumentOutOfRangeException(nameof(sampleRate));
        var frames = interleaved.Length / channels;
        var bytesPerSample = format == WavSampleFormat.Float32 ? 4 : 2;
        var dataBytes = (long)frames * channels * bytesPerSample;
        var isFloat = format == WavSampleFormat.Float32;
        // fmt (16 bytes, or 18 with cbSize for non-PCM) + fact (4) for float.
        var fmtBytes = isFloat ? 18 : 16;
        var headerBytes = 4 + (8 + fmtBytes) + (isFloat ? 12 : 0) + 8;
        if (headerBytes + dataBytes > uint.MaxValue) throw new MediaException("audio is too long for a WAV file (4 GiB limit)");

        Span<byte> header = stackalloc byte[12 + 8 + 18 + 12 + 8];
        var h = 0;
        Ascii(header, ref h, "RIFF"); U32(header, ref h, (uint)(headerBytes + dataBytes)); Ascii(header, ref h, "WAVE");
        Ascii(header, ref h, "fmt "); U32(header, ref h, (uint)fmtBytes);
        U16(header, ref h, isFloat ? FormatIeeeFloat : FormatPcm);
        U16(header, ref h, (ushort)channels);
        U32(header, ref h, (uint)sampleRate);
        U32(header, ref h, (uint)(sampleRate * channels * bytesPerSample)); // byte rate
        U16(header, ref h, (ushort)(channels * bytesPerSample));            // block align
        U16(header, ref h, (ushort)(bytesPerSample * 8));                   // bits per sample
        if (isFloat)
        {
            U16(header, ref h, 0); // cbSize
            Ascii(header, ref h, "fact"); U32(header, ref h, 4); U32(header, ref h, (uint)frames);
        }
        Ascii(header, ref h, "data"); U32(header, ref h, (uint)dataBytes);
        stream.Write(header[..h]);

        // Convert in chunks through a stack buffer: no whole-file copy.
        Span<byte> chunk = stackalloc byte[8192];
        var count = frames * channels;
        var per = chunk.Length / bytesPerSample;
        for (var start = 0; start < count; start += per)
        {
            var n = Math.Min(per, count - start);
            var src = interleaved.Slice(start, n);
            for (var i = 0; i < n; i++)
            {
                if (isFloat) BinaryPrimitives.WriteSingleLittleEndian(chunk[(i * 4)..], src[i]);
                else BinaryPrimitives.WriteInt16LittleEndian(chunk[(i * 2)..], ToPcm16(src[i]));
            }
            stream.Write(chunk[..(n * bytesPerSample)]);
        }
    }

    /// <summary>Rounds to 16 bits with clipping (no dither: the mix carries a noise bed far above 16-bit noise).</summary>
    public static short ToPcm16(float x) => (short)Math.Clamp(MathF.Round(x * 32767f), -32768f, 32767f);

    private static void Ascii(Span<byte> b, ref int at, string s) { foreach (var c in s) b[at++] = (byte)c; }
    private static void U16(Span<byte> b, ref int at, ushort v) { BinaryPrimitives.WriteUInt16LittleEndian(b[at..], v); at += 2; }
    private static void U32(Span<byte> b, ref int at, uint v) { BinaryPrimitives.WriteUInt32LittleEndian(b[at..], v); at += 4; }
}
