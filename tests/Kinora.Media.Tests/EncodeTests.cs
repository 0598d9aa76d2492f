using Kinora.Media.Probe;
using Xunit.Abstractions;

namespace Kinora.Media.Tests;

public class EncodeTests(ITestOutputHelper output)
{
    private const int Width = 1280, Height = 720, Fps = 24, Frames = 48;

    private MediaInfo EncodeTwoSeconds(int? frameCount, double audioSeconds)
    {
        var path = SyntheticMedia.TempPath(".mp4");
        try
        {
            var frames = Enumerable.Range(0, Frames).Select(i => SyntheticMedia.MovingSquare(Width, Height, i, Frames)).ToArray();
            var audio = SyntheticMedia.Sine(audioSeconds);
            using (var encoder = VideoEncoder.Start(new EncodeSettings(path, Width, Height, Fps) { FrameCount = frameCount }, audio, 48000, 2))
            {
                foreach (var f in frames) encoder.WriteFrame(f);
                encoder.Finish();
                output.WriteLine($"encoded {Frames} frames {Width}x{Height} in {encoder.ElapsedSeconds:F2} s = {Frames / encoder.ElapsedSeconds:F1} fps");
            }
            return MediaProbe.Probe(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void AssertTwoSecondMp4(MediaInfo info)
    {
        Assert.Equal("h264", info.VideoCodec);
        Assert.Equal("yuv420p", info.PixelFormat);
        Assert.Equal((Width, Height), (info.Width, info.Height));
        Assert.Equal(Fps, info.Fps, 3);
        Assert.Equal(Frames, info.VideoFrames);
        Assert.InRange(info.DurationSeconds, 2.0 - 1.0 / Fps, 2.0 + 1.0 / Fps);
        Assert.Equal("aac", info.AudioCodec);
        Assert.Equal(48000, info.SampleRate);
        Assert.Equal(2, info.Channels);
        Assert.True(info.FastStart, "moov should precede mdat");
    }

    [Fact]
    public void Two_seconds_of_frames_and_a_tone_make_a_faststart_h264_aac_mp4()
    {
        var info = EncodeTwoSeconds(Frames, 2.0);
        AssertTwoSecondMp4(info);
        // Exact-length audio: both streams end together.
        Assert.Equal(2.0, info.DurationSeconds, 3);
    }

    [Fact]
    public void Longer_audio_is_cut_to_the_video_when_the_frame_count_is_unknown() =>
        AssertTwoSecondMp4(EncodeTwoSeconds(null, 3.0));

    [Fact]
    public void Shorter_audio_is_padded_to_the_frame_count()
    {
        var info = EncodeTwoSeconds(Frames, 1.5);
        AssertTwoSecondMp4(info);
        Assert.Equal(2.0, info.AudioSeconds!.Value, 2);
    }

    [Fact]
    public void Ffmpeg_failure_reports_its_last_words_and_leaves_no_file()
    {
        var path = SyntheticMedia.TempPath(".mp4");
        var settings = new EncodeSettings(path, 64, 64, 24) { Preset = "no-such-preset", FrameCount = 2 };
        var e = Assert.ThrowsAny<MediaException>(() =>
        {
            using var encoder = VideoEncoder.Start(settings, SyntheticMedia.Sine(0.1), 48000, 2);
            var frame = new byte[64 * 64 * 4];
            for (var i = 0; i < 200; i++) encoder.WriteFrame(frame);
            encoder.Finish();
        });
        output.WriteLine(e.Message);
        Assert.Contains("ffmpeg", e.Message);
        Assert.Contains("preset", e.Message, StringComparison.OrdinalIgnoreCase);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Wrong_frame_size_is_refused()
    {
        var path = SyntheticMedia.TempPath(".mp4");
        using var encoder = VideoEncoder.Start(new EncodeSettings(path, 64, 64, 24), SyntheticMedia.Sine(0.1), 48000, 2);
        Assert.Throws<ArgumentException>(() => encoder.WriteFrame(new byte[10]));
    }

    [Fact]
    public void Odd_sizes_are_refused_before_starting() =>
        Assert.Contains("even", Assert.Throws<MediaException>(() =>
            VideoEncoder.Start(new EncodeSettings(SyntheticMedia.TempPath(".mp4"), 641, 360, 24), [], 48000, 2)).Message);

    [Fact]
    public void Fit_to_frames_trims_and_pads_exactly()
    {
        Assert.Equal(96000 * 2, VideoEncoder.FitToFrames(SyntheticMedia.Sine(3), 48000, 2, 48, 24).Length);
        var padded = VideoEncoder.FitToFrames(SyntheticMedia.Sine(1), 48000, 2, 48, 24);
        Assert.Equal(96000 * 2, padded.Length);
        Assert.Equal(0f, padded[^1]);
        // 30000/1001-style rates do not exist here (integer fps), but odd rates still round to the sample.
        Assert.Equal(1600 * 7 * 2, VideoEncoder.FitToFrames([], 48000, 2, 7, 30).Length);
    }
}
