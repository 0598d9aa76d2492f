using Kinora.Picture.Decoding;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Bmp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace Kinora.Picture.Tests;

public sealed class DecodingTests : IDisposable
{
    private readonly Fixtures _files = new();

    public void Dispose() => _files.Dispose();

    private static (byte R, byte G, byte B) Pixel(DecodedPicture p, int x, int y)
    {
        var i = (y * p.Width + x) * 4;
        return (p.Rgba[i], p.Rgba[i + 1], p.Rgba[i + 2]);
    }

    [Fact]
    public void Exif_rotated_photo_is_turned_upright()
    {
        // Stored landscape with red on the left; orientation 6 means "rotate 90° clockwise to view", so upright
        // it is portrait with red on top.
        using var image = Fixtures.Make<Rgb24>(40, 20, (x, _) => x < 20 ? new Rgb24(220, 20, 20) : new Rgb24(20, 20, 220));
        image.Metadata.ExifProfile = new ExifProfile();
        image.Metadata.ExifProfile.SetValue(ExifTag.Orientation, (ushort)6);
        var path = _files.Save(image, "rotated.jpg", new JpegEncoder { Quality = 95 });

        var p = PictureDecoder.Decode(path);

        Assert.Equal((20, 40), (p.Width, p.Height));
        Assert.True(Pixel(p, 10, 5).R > 180 && Pixel(p, 10, 5).B < 80, $"top should be red, was {Pixel(p, 10, 5)}");
        Assert.True(Pixel(p, 10, 35).B > 180, $"bottom should be blue, was {Pixel(p, 10, 35)}");
        Assert.Contains(p.Notes, n => n.Contains("EXIF"));
    }

    [Fact]
    public void Sixteen_bit_png_keeps_its_colours_in_eight_bits()
    {
        using var image = Fixtures.Make<Rgb48>(8, 8, (_, _) => new Rgb48(65535, 32768, 0));
        var path = _files.Save(image, "deep.png", new PngEncoder { BitDepth = PngBitDepth.Bit16, ColorType = PngColorType.Rgb });

        var p = PictureDecoder.Decode(path);

        Assert.Equal((255, 128, 0), ((int)Pixel(p, 3, 3).R, (int)Pixel(p, 3, 3).G, (int)Pixel(p, 3, 3).B));
        Assert.Contains(p.Notes, n => n.Contains("reduced to 8 bits"));
    }

    [Fact]
    public void Transparency_is_laid_over_neutral_grey()
    {
        using var image = Fixtures.Make<Rgba32>(4, 1, (x, _) => x switch
        {
            0 => new Rgba32(255, 0, 0, 255),   // opaque red stays red
            1 => new Rgba32(255, 0, 0, 0),     // invisible red becomes the background
            _ => new Rgba32(255, 255, 255, 128), // half white over grey
        });
        var path = _files.Save(image, "alpha.png", new PngEncoder { ColorType = PngColorType.RgbWithAlpha });

        var p = PictureDecoder.Decode(path);

        Assert.Equal((255, 0, 0), ((int)Pixel(p, 0, 0).R, (int)Pixel(p, 0, 0).G, (int)Pixel(p, 0, 0).B));
        Assert.Equal((128, 128, 128), ((int)Pixel(p, 1, 0).R, (int)Pixel(p, 1, 0).G, (int)Pixel(p, 1, 0).B));
        Assert.InRange(Pixel(p, 2, 0).G, 188, 194);
        Assert.All(Enumerable.Range(0, 4), x => Assert.Equal(255, p.Rgba[x * 4 + 3]));
        Assert.Contains(p.Notes, n => n.Contains("transparent"));
    }

    [Fact]
    public void Animated_gif_uses_its_first_frame_and_says_so()
    {
        using var image = Fixtures.Make<Rgba32>(6, 6, (_, _) => new Rgba32(255, 0, 0, 255));
        using var second = Fixtures.Make<Rgba32>(6, 6, (_, _) => new Rgba32(0, 0, 255, 255));
        image.Frames.AddFrame(second.Frames.RootFrame);
        var path = _files.Save(image, "anim.gif", new GifEncoder());

        var p = PictureDecoder.Decode(path);

        Assert.True(Pixel(p, 2, 2).R > 200 && Pixel(p, 2, 2).B < 50, $"first frame is red, got {Pixel(p, 2, 2)}");
        Assert.Contains(p.Notes, n => n.Contains("animated GIF"));
    }

    [Fact]
    public void Still_gif_is_not_called_animated()
    {
        using var image = Fixtures.Make<Rgba32>(6, 6, (_, _) => new Rgba32(0, 255, 0, 255));
        var p = PictureDecoder.Decode(_files.Save(image, "still.gif", new GifEncoder()));
        Assert.DoesNotContain(p.Notes, n => n.Contains("animated"));
    }

    /// <summary>An 8×8 CMYK JPEG of sRGB (200, 40, 40), made with ImageMagick (`convert -size 8x8
    /// xc:'rgb(200,40,40)' -colorspace CMYK`): ImageSharp 2 cannot write CMYK, so the 292 bytes are kept here.</summary>
    private const string CmykJpeg = "/9j/7gAOQWRvYmUAZAAAAAAC/9sAQwACAQEBAQECAQEBAgICAgIEAwICAgIFBAQDBAYFBgYGBQYGBgcJCAYHCQcGBggLCAkKCgoKCgYICwwLCgwJCgoK/9sAQwECAgICAgIFAwMFCgcGBwoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoK/8AAFAgACAAIBAERAAIRAQMRAQQRAP/EABUAAQEAAAAAAAAAAAAAAAAAAAYJ/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/EABUBAQEAAAAAAAAAAAAAAAAAAAgJ/8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAA4EAQACEQMRBAAAPwB4RCM6kD//2Q==";

    [Fact]
    public void Cmyk_jpeg_is_converted_to_rgb()
    {
        var path = _files.Write("cmyk.jpg", Convert.FromBase64String(CmykJpeg));

        var p = PictureDecoder.Decode(path);

        var (r, g, b) = Pixel(p, 4, 4);
        Assert.True(Math.Abs(r - 200) < 25 && Math.Abs(g - 40) < 25 && Math.Abs(b - 40) < 25, $"colour survives CMYK, got {(r, g, b)}");
        Assert.Contains(p.Notes, n => n.Contains("CMYK"));
    }

    [Fact]
    public void Truncated_png_is_refused_as_damaged()
    {
        using var image = Fixtures.Make<Rgb24>(64, 64, (x, y) => new Rgb24((byte)(x * 4), (byte)(y * 4), (byte)(x ^ y)));
        var whole = _files.Save(image, "whole.png", new PngEncoder());
        var bytes = File.ReadAllBytes(whole);
        var cut = _files.Write("cut.png", bytes[..(bytes.Length / 2)]);

        var e = Assert.Throws<PictureException>(() => PictureDecoder.Decode(cut));
        Assert.Contains("damaged", e.Message);
    }

    [Fact]
    public void Truncated_jpeg_is_either_refused_or_decoded_whole()
    {
        using var image = Fixtures.Make<Rgb24>(64, 64, (x, y) => new Rgb24((byte)(x * 4), (byte)(y * 4), 90));
        var bytes = File.ReadAllBytes(_files.Save(image, "whole.jpg", new JpegEncoder()));
        var cut = _files.Write("cut.jpg", bytes[..(bytes.Length * 2 / 3)]);

        // ImageSharp fills what a cut JPEG lacks; either way nothing but a PictureException may escape.
        try
        {
            var p = PictureDecoder.Decode(cut);
            Assert.Equal((64, 64), (p.Width, p.Height));
        }
        catch (PictureException e)
        {
            Assert.Contains("image", e.Message);
        }
    }

    [Fact]
    public void Text_file_is_not_an_image()
    {
        var path = _files.Write("notes.jpg", "just some words, not a picture"u8.ToArray());
        var e = Assert.Throws<PictureException>(() => PictureDecoder.Decode(path));
        Assert.Contains("not an image", e.Message);
    }

    [Theory]
    [InlineData(20_000, "megapixels")]  // 400 MP: over Kinora's limit
    [InlineData(100_000, "header")]     // over what BMP itself allows
    public void Decompression_bomb_is_refused_from_its_header(int side, string said)
    {
        // A BMP header that claims side x side pixels, with no pixels behind it.
        var header = new byte[54];
        "BM"u8.CopyTo(header);
        BitConverter.GetBytes(54).CopyTo(header, 10);
        BitConverter.GetBytes(40).CopyTo(header, 14);
        BitConverter.GetBytes(side).CopyTo(header, 18);
        BitConverter.GetBytes(side).CopyTo(header, 22);
        BitConverter.GetBytes((short)1).CopyTo(header, 26);
        BitConverter.GetBytes((short)24).CopyTo(header, 28);
        var path = _files.Write("bomb.bmp", header);

        var e = Assert.Throws<PictureException>(() => PictureDecoder.Decode(path));
        Assert.Contains(said, e.Message);
    }

    [Fact]
    public void Ordinary_bmp_decodes()
    {
        using var image = Fixtures.Make<Rgb24>(5, 3, (_, _) => new Rgb24(10, 200, 30));
        var p = PictureDecoder.Decode(_files.Save(image, "plain.bmp", new BmpEncoder()));
        Assert.Equal((5, 3, 200), (p.Width, p.Height, (int)Pixel(p, 4, 2).G));
        Assert.Empty(p.Notes);
    }

    [Fact]
    public void Empty_file_is_refused_as_empty()
    {
        var e = Assert.Throws<PictureException>(() => PictureDecoder.Decode(_files.Write("empty.png", [])));
        Assert.Contains("is empty", e.Message);
    }

    [Fact]
    public void Png_with_scrambled_data_is_refused_as_damaged()
    {
        using var image = Fixtures.Make<Rgb24>(64, 64, (x, y) => new Rgb24((byte)(x * 4), (byte)(y * 4), (byte)(x ^ y)));
        var bytes = File.ReadAllBytes(_files.Save(image, "whole.png", new PngEncoder()));
        // Whole length, valid header, but the compressed pixels overwritten in the middle.
        for (var i = bytes.Length / 3; i < bytes.Length * 2 / 3; i++) bytes[i] = (byte)(i * 37);
        var e = Assert.Throws<PictureException>(() => PictureDecoder.Decode(_files.Write("scrambled.png", bytes)));
        Assert.Contains("damaged", e.Message);
    }

    [Fact]
    public void Png_bomb_is_refused_from_its_header_before_inflating()
    {
        // A PNG whose header claims 30000 x 30000 pixels (900 MP: gigabytes once inflated), with almost no data.
        var png = new List<byte>([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        void Chunk(string type, byte[] data)
        {
            png.AddRange(BigEndian(data.Length));
            var body = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
            png.AddRange(body);
            png.AddRange(BigEndian((int)Crc32(body)));
        }
        Chunk("IHDR", [.. BigEndian(30_000), .. BigEndian(30_000), 8, 2, 0, 0, 0]);
        Chunk("IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        Chunk("IEND", []);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var e = Assert.Throws<PictureException>(() => PictureDecoder.Decode(_files.Write("bomb.png", [.. png])));
        Assert.Contains("megapixels", e.Message);
        Assert.True(started.ElapsedMilliseconds < 2000, $"took {started.ElapsedMilliseconds} ms");
    }

    private static byte[] BigEndian(int v) => [(byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v];

    /// <summary>CRC-32 as PNG chunks carry it (ISO 3309, polynomial 0xEDB88320).</summary>
    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
