using System.Buffers.Binary;

namespace Kinora.Media.Probe;

/// <summary>One top-level box of an ISO base media file (ISO/IEC 14496-12 §4.2): four-character type, offset, size.</summary>
public readonly record struct Mp4Atom(string Type, long Offset, long Size);

/// <summary>
/// Reads the top-level boxes of an MP4 without a library: each is a 32-bit big-endian size and a type; size 1
/// means a 64-bit size follows, size 0 means "to the end of the file". Enough to check faststart (moov before mdat).
/// </summary>
public static class Mp4Atoms
{
    public static IReadOnlyList<Mp4Atom> TopLevel(string path, int maxAtoms = 64)
    {
        using var f = File.OpenRead(path);
        var atoms = new List<Mp4Atom>();
        Span<byte> header = stackalloc byte[16];
        long offset = 0, length = f.Length;
        while (offset + 8 <= length && atoms.Count < maxAtoms)
        {
            f.Position = offset;
            if (f.ReadAtLeast(header[..8], 8, throwOnEndOfStream: false) < 8) break;
            long size = BinaryPrimitives.ReadUInt32BigEndian(header);
            var type = System.Text.Encoding.ASCII.GetString(header.Slice(4, 4));
            if (size == 1)
            {
                if (f.ReadAtLeast(header.Slice(8, 8), 8, throwOnEndOfStream: false) < 8) break;
                size = (long)BinaryPrimitives.ReadUInt64BigEndian(header[8..]);
            }
            else if (size == 0) size = length - offset;
            if (size < 8) break; // corrupt: stop rather than loop
            atoms.Add(new Mp4Atom(type, offset, size));
            offset += size;
        }
        return atoms;
    }

    /// <summary>True when the movie box comes before the media data: players can start before the download ends.</summary>
    public static bool IsFastStart(string path)
    {
        int moov = -1, mdat = -1;
        var atoms = TopLevel(path);
        for (var i = 0; i < atoms.Count; i++)
        {
            if (atoms[i].Type == "moov" && moov < 0) moov = i;
            if (atoms[i].Type == "mdat" && mdat < 0) mdat = i;
        }
        return moov >= 0 && mdat >= 0 && moov < mdat;
    }
}
