namespace Kinora.Picture.Decoding;

/// <summary>
/// Counts the images in a GIF by walking its blocks without decoding any pixels (GIF89a spec, sections 18–27), so
/// an animation can be reported as such before only its first frame is decoded.
/// </summary>
public static class GifFrames
{
    /// <summary>Image descriptors in the file, counting no further than <paramref name="stopAt"/>; a damaged
    /// block structure ends the count where it breaks.</summary>
    public static int Count(Stream gif, int stopAt = 2)
    {
        Span<byte> header = stackalloc byte[13];
        if (gif.ReadAtLeast(header, 13, throwOnEndOfStream: false) < 13) return 0;
        if (header[0] != 'G' || header[1] != 'I' || header[2] != 'F') return 0;
        if ((header[10] & 0x80) != 0) Skip(gif, 3 << ((header[10] & 7) + 1)); // global colour table

        Span<byte> descriptor = stackalloc byte[9];
        var frames = 0;
        while (frames < stopAt)
        {
            var block = gif.ReadByte();
            switch (block)
            {
                case 0x2C: // image descriptor: position, size, packed flags; then LZW data
                    if (gif.ReadAtLeast(descriptor, 9, throwOnEndOfStream: false) < 9) return frames;
                    if ((descriptor[8] & 0x80) != 0) Skip(gif, 3 << ((descriptor[8] & 7) + 1)); // local colour table
                    gif.ReadByte(); // LZW minimum code size
                    if (!SkipSubBlocks(gif)) return frames + 1;
                    frames++;
                    break;
                case 0x21: // extension: label, then data sub-blocks
                    gif.ReadByte();
                    if (!SkipSubBlocks(gif)) return frames;
                    break;
                default: // 0x3B trailer, end of stream or garbage
                    return frames;
            }
        }
        return frames;
    }

    private static bool SkipSubBlocks(Stream s)
    {
        while (true)
        {
            var size = s.ReadByte();
            if (size < 0) return false;
            if (size == 0) return true;
            Skip(s, size);
        }
    }

    private static void Skip(Stream s, int bytes)
    {
        if (s.CanSeek) { s.Seek(bytes, SeekOrigin.Current); return; }
        Span<byte> sink = stackalloc byte[256];
        while (bytes > 0) bytes -= Math.Max(1, s.Read(sink[..Math.Min(bytes, sink.Length)]));
    }
}
