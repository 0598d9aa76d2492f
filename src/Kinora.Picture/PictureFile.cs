using SixLabors.ImageSharp;

namespace Kinora.Picture;

/// <summary>What an image file holds, read from its header only.</summary>
public sealed record PictureInfo(int Width, int Height, string Format)
{
    /// <summary>Bits per pixel as stored (48 or 64 for 16-bit-a-channel images); 0 when the header does not say.</summary>
    public int BitsPerPixel { get; init; }
}

/// <summary>
/// The gate every input image passes: size limits checked from the header before a pixel is decoded, so a
/// decompression bomb or a non-image is refused in milliseconds with a message that says why.
/// </summary>
public static class PictureFile
{
    public const long MaxBytes = 50L * 1024 * 1024;
    public const long MaxPixels = 40_000_000;

    public static PictureInfo Check(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists) throw new PictureException($"image '{path}' does not exist");
        if (file.Length == 0) throw new PictureException($"image '{path}' is empty");
        if (file.Length > MaxBytes)
            throw new PictureException($"image '{path}' is {file.Length / (1024 * 1024)} MB; the limit is {MaxBytes / (1024 * 1024)} MB");
        try
        {
            // Identify reads the header only; null means no decoder recognised the bytes.
            if (Image.Identify(path, out var format) is { } info) return Describe(path, info, format.Name);
        }
        catch (UnknownImageFormatException) { }
        catch (InvalidImageContentException e) { throw new PictureException($"image '{path}' is damaged: {e.Message}"); }
        catch (NotSupportedException e) { throw new PictureException($"image '{path}' uses a variant Kinora cannot read: {e.Message}"); }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or EndOfStreamException)
        {
            // Decoders refuse impossible headers (a BMP over 65535 px a side) this way; still a bad file, not a crash.
            throw new PictureException($"image '{path}' has a header Kinora cannot accept: {e.Message}");
        }
        throw new PictureException($"'{path}' is not an image Kinora can read (JPEG, PNG, GIF, BMP, TIFF or WebP)");
    }

    private static PictureInfo Describe(string path, IImageInfo info, string format)
    {
        if ((long)info.Width * info.Height > MaxPixels)
            throw new PictureException($"image '{path}' is {info.Width}x{info.Height}; the limit is {MaxPixels / 1_000_000} megapixels");
        return new PictureInfo(info.Width, info.Height, format) { BitsPerPixel = info.PixelType?.BitsPerPixel ?? 0 };
    }
}
