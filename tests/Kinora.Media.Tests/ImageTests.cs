using Kinora.Media.Images;
using Kinora.Media.Probe;

namespace Kinora.Media.Tests;

public class ImageTests
{
    [Fact]
    public void Thumbnail_jpeg_and_png_have_the_frame_size()
    {
        var stem = SyntheticMedia.TempPath("");
        var frame = SyntheticMedia.MovingSquare(1280, 720, 10, 48);
        var (jpeg, png) = Thumbnail.WriteJpegAndPng(stem, frame, 1280, 720);
        try
        {
            foreach (var (path, codec) in new[] { (jpeg, "mjpeg"), (png, "png") })
            {
                Assert.True(new FileInfo(path).Length > 1000);
                var info = MediaProbe.Probe(path);
                Assert.Equal(codec, info.VideoCodec);
                Assert.Equal((1280, 720), (info.Width, info.Height));
            }
            // JPEG starts with SOI (FF D8), PNG with its 8-byte signature.
            Assert.Equal(new byte[] { 0xFF, 0xD8 }, File.ReadAllBytes(jpeg)[..2]);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(png)[..4]);
        }
        finally
        {
            File.Delete(jpeg);
            File.Delete(png);
        }
    }

    [Fact]
    public void Thumbnail_can_be_scaled_down()
    {
        var path = SyntheticMedia.TempPath(".jpg");
        try
        {
            Thumbnail.Write(path, SyntheticMedia.MovingSquare(1280, 720, 0, 2), 1280, 720, maxWidth: 640);
            var info = MediaProbe.Probe(path);
            Assert.Equal((640, 360), (info.Width, info.Height));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Contact_sheet_grid_has_the_expected_size_and_content()
    {
        var frames = Enumerable.Range(0, 6).Select(i => (ReadOnlyMemory<byte>)SyntheticMedia.MovingSquare(320, 180, i, 6)).ToList();
        var sheet = ContactSheet.Compose(frames, 320, 180, columns: 3, tileWidth: 160);
        Assert.Equal(3 * 160 + 4 * ContactSheet.Gap, sheet.Width);
        Assert.Equal(2 * 90 + 3 * ContactSheet.Gap, sheet.Height);
        // The first tile's top-left pixel averages the gradient's corner (dark red channel, blue 90).
        var o = (ContactSheet.Gap * sheet.Width + ContactSheet.Gap) * 4;
        Assert.InRange(sheet.Pixels[o], 0, 5);
        Assert.Equal(90, sheet.Pixels[o + 2]);

        var path = SyntheticMedia.TempPath(".png");
        try
        {
            ContactSheet.Write(path, frames, 320, 180, columns: 3, tileWidth: 160);
            var info = MediaProbe.Probe(path);
            Assert.Equal((sheet.Width, sheet.Height), (info.Width, info.Height));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Contact_sheet_picks_frames_evenly()
    {
        Assert.Equal([0, 60, 120, 179, 239], ContactSheet.PickFrames(240, 5));
        Assert.Equal([0, 1, 2], ContactSheet.PickFrames(3, 12));
        Assert.Empty(ContactSheet.PickFrames(0, 4));
    }

    [Fact]
    public void Thumbnail_picks_a_frame_a_third_in() => Assert.Equal(64, Thumbnail.PickFrame(192));
}

public class WebVttTests
{
    [Fact]
    public void Cues_have_webvtt_timings_voices_and_escaped_text()
    {
        var vtt = Kinora.Media.Captions.WebVtt.Format([
            new(0.5, 1.25, "Hello <world> & you", "robot1"),
            new(61.2, 3725.0101, "Later."),
            new(2, 2, "empty cue is dropped"),
        ]);
        Assert.Equal("WEBVTT\n\n1\n00:00:00.500 --> 00:00:01.250\n<v robot1>Hello &lt;world&gt; &amp; you\n\n2\n00:01:01.200 --> 01:02:05.010\nLater.\n", vtt);
    }
}
