using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Tiff;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.Metadata;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace Kinora.Picture.Decoding;

/// <summary>
/// Decodes an input image after <see cref="PictureFile.Check"/> has passed its header: turned upright from its EXIF
/// orientation, CMYK and 16-bit converted to 8-bit sRGB, transparency laid over a neutral grey, only the first frame
/// of an animation. Anything ImageSharp cannot decode becomes a <see cref="PictureException"/> saying why.
/// </summary>
public static class PictureDecoder
{
    /// <summary>Transparent pixels are laid over this mid grey (sRGB 128) so neither black nor white dominates.</summary>
    public const byte NeutralBackground = 128;

    /// <summary>Caps what one decode may allocate (a 40 MP image at 16 bits a channel needs ~320 MB).</summary>
    private const int AllocationLimitMegabytes = 1024;

    public static DecodedPicture Decode(string path)
    {
        var info = PictureFile.Check(path);
        var notes = new List<string>();
        try
        {
            using var image = Image.Load<Rgba32>(DecoderConfiguration(), path, out var format);
            Describe(path, image, format.Name, notes);
            if (info.BitsPerPixel > 32) notes.Add($"{info.BitsPerPixel} bits a pixel reduced to 8 bits a channel");
            if (image.Metadata.ExifProfile?.GetValue(SixLabors.ImageSharp.Metadata.Profiles.Exif.ExifTag.Orientation) is { } o
                && o.Value is > 1 and <= 8)
                notes.Add($"turned upright from its EXIF orientation ({o.Value})");
            image.Mutate(x => x.AutoOrient());
            var rgba = new byte[image.Width * image.Height * 4];
            image.CopyPixelDataTo(rgba);
            if (FlattenAlpha(rgba)) notes.Add("transparent areas laid over neutral grey");
            return new DecodedPicture(image.Width, image.Height, rgba, info.Format, notes);
        }
        catch (PictureException) { throw; }
        catch (UnknownImageFormatException) { throw new PictureException($"'{path}' is not an image Kinora can read (JPEG, PNG, GIF, BMP, TIFF or WebP)"); }
        catch (InvalidImageContentException e) { throw new PictureException($"image '{path}' is damaged or cut short: {e.Message}"); }
        catch (ImageFormatException e) { throw new PictureException($"image '{path}' is damaged: {e.Message}"); }
        catch (NotSupportedException e) { throw new PictureException($"image '{path}' uses a variant Kinora cannot read: {e.Message}"); }
        catch (InvalidMemoryOperationException) { throw new PictureException($"image '{path}' needs more memory to decode than Kinora allows ({AllocationLimitMegabytes} MB)"); }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException or InvalidOperationException or EndOfStreamException)
        {
            // A decoder tripping over malformed data is still a damaged file, not a Kinora failure.
            throw new PictureException($"image '{path}' is damaged: {e.Message}");
        }
    }

    private static Configuration DecoderConfiguration()
    {
        var config = Configuration.Default.Clone();
        config.MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions { AllocationLimitMegabytes = AllocationLimitMegabytes });
        // Only the first frame of a GIF or multi-page TIFF is ever used, so only it is decoded.
        config.ImageFormatsManager.SetDecoder(GifFormat.Instance, new GifDecoder { DecodingMode = FrameDecodingMode.First });
        config.ImageFormatsManager.SetDecoder(TiffFormat.Instance, new TiffDecoder { DecodingMode = FrameDecodingMode.First });
        return config;
    }

    private static void Describe(string path, Image image, string format, List<string> notes)
    {
        if (format == GifFormat.Instance.Name)
        {
            using var stream = File.OpenRead(path);
            if (GifFrames.Count(stream) > 1) notes.Add("animated GIF: its first frame is used");
        }
        if (format == JpegFormat.Instance.Name)
        {
            using var stream = File.OpenRead(path);
            if (JpegComponents.Count(stream) == 4) notes.Add("converted from CMYK");
        }
    }

    /// <summary>Lays every pixel over <see cref="NeutralBackground"/> ("over" in sRGB, as browsers show it);
    /// true when any pixel was not opaque.</summary>
    private static bool FlattenAlpha(Span<byte> rgba)
    {
        var any = false;
        for (var i = 0; i < rgba.Length; i += 4)
        {
            int a = rgba[i + 3];
            if (a == 255) continue;
            any = true;
            for (var c = 0; c < 3; c++)
                rgba[i + c] = (byte)((rgba[i + c] * a + NeutralBackground * (255 - a) + 127) / 255);
            rgba[i + 3] = 255;
        }
        return any;
    }
}
