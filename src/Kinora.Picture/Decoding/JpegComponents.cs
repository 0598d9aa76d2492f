namespace Kinora.Picture.Decoding;

/// <summary>
/// Reads how many colour components a JPEG frame has (1 grey, 3 YCbCr/RGB, 4 CMYK/YCCK) from its start-of-frame
/// segment (ITU T.81, B.2.2), walking marker segments without decoding: ImageSharp 2 does not report CMYK input.
/// </summary>
public static class JpegComponents
{
    /// <summary>The component count, or 0 when no frame header is found.</summary>
    public static int Count(Stream jpeg)
    {
        if (jpeg.ReadByte() != 0xFF || jpeg.ReadByte() != 0xD8) return 0; // SOI
        Span<byte> length = stackalloc byte[2];
        Span<byte> frame = stackalloc byte[6];
        while (true)
        {
            var b = jpeg.ReadByte();
            if (b < 0) return 0;
            if (b != 0xFF) continue;
            var marker = jpeg.ReadByte();
            while (marker == 0xFF) marker = jpeg.ReadByte(); // fill bytes
            if (marker < 0 || marker == 0xD9 || marker == 0xDA) return 0; // end of image or scan data: no frame seen
            if (marker is 0x01 or (>= 0xD0 and <= 0xD7)) continue; // markers without a length
            if (jpeg.ReadAtLeast(length, 2, throwOnEndOfStream: false) < 2) return 0;
            var size = (length[0] << 8 | length[1]) - 2;
            // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC): precision, height, width, components.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                return jpeg.ReadAtLeast(frame, 6, throwOnEndOfStream: false) < 6 ? 0 : frame[5];
            if (size < 0) return 0;
            jpeg.Seek(size, SeekOrigin.Current);
        }
    }
}
