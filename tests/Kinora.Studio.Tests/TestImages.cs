using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Kinora.Studio.Tests;

/// <summary>Real, small encoded images for upload tests (the Studio checks uploads by decoding their headers).</summary>
public static class TestImages
{
    public static byte[] Png(int width = 64, int height = 48)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(200, 40, 40));
        using var bytes = new MemoryStream();
        image.SaveAsPng(bytes);
        return bytes.ToArray();
    }

    public static byte[] Jpeg(int width = 64, int height = 48)
    {
        using var image = new Image<Rgb24>(width, height, new Rgb24(40, 120, 200));
        using var bytes = new MemoryStream();
        image.SaveAsJpeg(bytes);
        return bytes.ToArray();
    }
}
