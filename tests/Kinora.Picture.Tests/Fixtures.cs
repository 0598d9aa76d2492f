using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.PixelFormats;

namespace Kinora.Picture.Tests;

/// <summary>Test images made in code, written to a per-test temporary folder that is removed afterwards.</summary>
public sealed class Fixtures : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("kinora-picture-").FullName;

    public string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>An image whose pixel (x, y) is <paramref name="color"/>(x, y).</summary>
    public static Image<TPixel> Make<TPixel>(int width, int height, Func<int, int, TPixel> color) where TPixel : unmanaged, IPixel<TPixel>
    {
        var image = new Image<TPixel>(width, height);
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                image[x, y] = color(x, y);
        return image;
    }

    public string Save(Image image, string name, IImageEncoder encoder)
    {
        var path = PathOf(name);
        image.Save(path, encoder);
        return path;
    }

    public string Write(string name, byte[] bytes)
    {
        var path = PathOf(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
