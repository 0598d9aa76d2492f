namespace Kinora.Picture.Fitting;

/// <summary>
/// The input image fitted to the video frame: exactly <see cref="Width"/> × <see cref="Height"/> sRGB RGBA8, top
/// row first, which is what frame 0 must show. <see cref="Content"/> is where the image itself lies (the whole
/// frame when cropped; inside the bars when padded). <see cref="Note"/> says what was done, for the plan's
/// interpretation and the log.
/// </summary>
public sealed class FramePicture
{
    public FramePicture(int width, int height, byte[] rgba, FitMode fit, PixelRect content, string note)
    {
        if (rgba.Length != width * height * 4) throw new ArgumentException($"{rgba.Length} bytes for {width}x{height} RGBA", nameof(rgba));
        Width = width; Height = height; Rgba = rgba; Fit = fit; Content = content; Note = note;
    }

    public int Width { get; }
    public int Height { get; }
    public byte[] Rgba { get; }
    public FitMode Fit { get; }
    public PixelRect Content { get; }
    public string Note { get; }
}

/// <summary>How an image of another shape fills the frame: crop (fill, cutting the overflow evenly from both
/// sides) or pad (fit whole, with black bars).</summary>
public enum FitMode { Crop, Pad }

/// <summary>A rectangle of whole pixels, origin at the top-left.</summary>
public readonly record struct PixelRect(int X, int Y, int Width, int Height)
{
    public bool Contains(int x, int y) => x >= X && y >= Y && x < X + Width && y < Y + Height;
}
