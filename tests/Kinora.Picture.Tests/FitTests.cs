using Kinora.Picture.Decoding;
using Kinora.Picture.Fitting;

namespace Kinora.Picture.Tests;

public sealed class FitTests
{
    /// <summary>A 400×100 picture: red left quarter, green middle half, blue right quarter.</summary>
    private static DecodedPicture Banner()
    {
        var rgba = new byte[400 * 100 * 4];
        for (var y = 0; y < 100; y++)
            for (var x = 0; x < 400; x++)
            {
                var i = (y * 400 + x) * 4;
                rgba[i + (x < 100 ? 0 : x < 300 ? 1 : 2)] = 255;
                rgba[i + 3] = 255;
            }
        return new DecodedPicture(400, 100, rgba, "PNG", []);
    }

    private static byte[] At(FramePicture f, int x, int y) => f.Rgba.AsSpan((y * f.Width + x) * 4, 4).ToArray();

    [Fact]
    public void Crop_fills_the_frame_and_cuts_the_sides_evenly()
    {
        var f = PictureFit.Fit(Banner(), 160, 90, FitMode.Crop);

        // Scaled ×0.9 to 360×90, then 100 px cut from each side: red and blue are gone, green fills the frame.
        Assert.Equal((160, 90), (f.Width, f.Height));
        Assert.Equal(new PixelRect(0, 0, 160, 90), f.Content);
        Assert.Equal(255, At(f, 2, 45)[1]);
        Assert.Equal(255, At(f, 157, 45)[1]);
        Assert.Contains("cropped", f.Note);
        Assert.Contains("sides cut", f.Note);
    }

    [Fact]
    public void Pad_keeps_the_whole_picture_between_black_bars()
    {
        var f = PictureFit.Fit(Banner(), 160, 90, FitMode.Pad);

        // Scaled ×0.4 to 160×40, centred: bars of 25 px above and below.
        Assert.Equal(new PixelRect(0, 25, 160, 40), f.Content);
        Assert.Equal(new byte[] { 0, 0, 0, 255 }, At(f, 80, 5));
        Assert.Equal(new byte[] { 0, 0, 0, 255 }, At(f, 80, 84));
        Assert.True(At(f, 5, 45)[0] > 240, "red on the left survives padding");
        Assert.True(At(f, 155, 45)[2] > 240, "blue on the right survives padding");
        Assert.Contains("bars above and below", f.Note);
    }

    [Theory]
    [InlineData("crop", FitMode.Crop)]
    [InlineData("PAD", FitMode.Pad)]
    [InlineData(null, FitMode.Crop)]
    public void Fit_words_parse(string? word, FitMode mode) => Assert.Equal(mode, PictureFit.Parse(word));

    [Fact]
    public void Unknown_fit_word_is_refused() => Assert.Throws<PictureException>(() => PictureFit.Parse("stretch"));
}
