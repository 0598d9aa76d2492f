using Kinora.Picture.Decoding;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace Kinora.Picture.Fitting;

/// <summary>Scales a decoded image to the video frame, cropping or padding evenly, with a bicubic filter.</summary>
public static class PictureFit
{
    /// <summary>"crop" or "pad" (the plan's words) as a mode; anything else is a usage error.</summary>
    public static FitMode Parse(string? fit) => fit?.Trim().ToLowerInvariant() switch
    {
        null or "" or "crop" or "fill" or "cover" => FitMode.Crop,
        "pad" or "fit" or "contain" or "letterbox" => FitMode.Pad,
        _ => throw new PictureException($"image fit must be 'crop' or 'pad', not '{fit}'"),
    };

    public static FramePicture Fit(DecodedPicture picture, int width, int height, FitMode mode)
    {
        if (width <= 0 || height <= 0) throw new ArgumentOutOfRangeException(nameof(width), "frame size must be positive");
        var (w, h) = (picture.Width, picture.Height);
        var scale = mode == FitMode.Crop ? Math.Max((double)width / w, (double)height / h) : Math.Min((double)width / w, (double)height / h);
        // Round the scaled size, but never below the frame on the side that must fill it.
        var sw = Math.Max(1, (int)Math.Round(w * scale));
        var sh = Math.Max(1, (int)Math.Round(h * scale));
        if (mode == FitMode.Crop) { sw = Math.Max(sw, width); sh = Math.Max(sh, height); }
        else { sw = Math.Min(sw, width); sh = Math.Min(sh, height); }

        using var image = Image.LoadPixelData<Rgba32>(picture.Rgba, w, h);
        if (sw != w || sh != h) image.Mutate(x => x.Resize(sw, sh, KnownResamplers.Bicubic));

        var rgba = new byte[width * height * 4];
        PixelRect content;
        if (mode == FitMode.Crop)
        {
            var (ox, oy) = ((sw - width) / 2, (sh - height) / 2);
            CopyRows(image, ox, oy, width, height, rgba, width, 0, 0);
            content = new PixelRect(0, 0, width, height);
        }
        else
        {
            for (var i = 3; i < rgba.Length; i += 4) rgba[i] = 255; // black, opaque bars
            var (ox, oy) = ((width - sw) / 2, (height - sh) / 2);
            CopyRows(image, 0, 0, sw, sh, rgba, width, ox, oy);
            content = new PixelRect(ox, oy, sw, sh);
        }
        return new FramePicture(width, height, rgba, mode, content, Describe(w, h, width, height, mode, sw, sh));
    }

    private static void CopyRows(Image<Rgba32> image, int sx, int sy, int w, int h, byte[] dest, int destWidth, int dx, int dy)
    {
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < h; y++)
            {
                var src = System.Runtime.InteropServices.MemoryMarshal.AsBytes(rows.GetRowSpan(sy + y).Slice(sx, w));
                src.CopyTo(dest.AsSpan(((dy + y) * destWidth + dx) * 4, w * 4));
            }
        });
    }

    private static string Describe(int w, int h, int width, int height, FitMode mode, int sw, int sh)
    {
        if (sw == width && sh == height) return $"image {w}x{h} scaled to {width}x{height}";
        return mode == FitMode.Crop
            ? $"image {w}x{h} cropped to fill {width}x{height} ({(sw > width ? "sides" : "top and bottom")} cut)"
            : $"image {w}x{h} padded to {width}x{height} ({(sw < width ? "bars at the sides" : "bars above and below")})";
    }
}
