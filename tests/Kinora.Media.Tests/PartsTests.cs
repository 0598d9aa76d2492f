using Kinora.Media.Ffmpeg;

namespace Kinora.Media.Tests;

public class PartsTests
{
    private static string[] Args(IFfmpegPart part) => new FfmpegArgs().Add(part).Arguments.ToArray();

    [Fact]
    public void GlobalOptions_are_quiet_and_overwrite() =>
        Assert.Equal(["-hide_banner", "-nostats", "-loglevel", "error", "-y"], Args(new GlobalOptions()));

    [Fact]
    public void RawVideoInput_reads_rgba_from_stdin() =>
        Assert.Equal(["-f", "rawvideo", "-pix_fmt", "rgba", "-s", "1280x720", "-framerate", "24", "-i", "-"],
            Args(new RawVideoInput(1280, 720, 24)));

    [Fact]
    public void WavInput_names_the_container() =>
        Assert.Equal(["-f", "wav", "-i", "/tmp/a.wav"], Args(new WavInput("/tmp/a.wav")));

    [Fact]
    public void StreamMap_picks_video_then_audio() =>
        Assert.Equal(["-map", "0:v:0", "-map", "1:a:0"], Args(StreamMap.VideoThenAudio));

    [Fact]
    public void H264Output_without_tune() =>
        Assert.Equal(["-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-pix_fmt", "yuv420p"], Args(new H264Output()));

    [Fact]
    public void H264Output_with_tune() =>
        Assert.Equal(["-c:v", "libx264", "-preset", "slow", "-crf", "18", "-tune", "film", "-pix_fmt", "yuv420p"],
            Args(new H264Output("slow", 18, "film")));

    [Fact]
    public void Bt709Color_converts_and_tags() =>
        Assert.Equal(["-vf", "scale=out_color_matrix=bt709:out_range=tv", "-colorspace", "bt709", "-color_primaries", "bt709",
            "-color_trc", "bt709", "-color_range", "tv"], Args(new Bt709Color()));

    [Fact]
    public void AacOutput_is_48k_stereo_192k() =>
        Assert.Equal(["-c:a", "aac", "-b:a", "192k", "-ar", "48000", "-ac", "2"], Args(new AacOutput()));

    [Fact]
    public void PadAudioToVideo_pads_and_cuts_at_video_end() =>
        Assert.Equal(["-af", "apad", "-shortest"], Args(new PadAudioToVideo()));

    [Fact]
    public void Mp4Container_faststart() =>
        Assert.Equal(["-movflags", "+faststart", "-f", "mp4", "out.mp4"], Args(new Mp4Container("out.mp4")));

    [Fact]
    public void Mp4Container_without_faststart() =>
        Assert.Equal(["-f", "mp4", "out.mp4"], Args(new Mp4Container("out.mp4", FastStart: false)));

    [Fact]
    public void Scale_keeps_aspect_with_even_height() =>
        Assert.Equal(["-vf", "scale=640:-2:flags=lanczos"], Args(new Scale(640)));

    [Fact]
    public void ImageOutput_jpeg_sets_quality() =>
        Assert.Equal(["-frames:v", "1", "-update", "1", "-q:v", "2", "t.jpg"], Args(new ImageOutput("t.jpg")));

    [Fact]
    public void ImageOutput_png_has_no_quality() =>
        Assert.Equal(["-frames:v", "1", "-update", "1", "t.png"], Args(new ImageOutput("t.png")));

    [Fact]
    public void Encoder_command_is_the_parts_in_order()
    {
        var args = VideoEncoder.BuildArgs(new EncodeSettings("o.mp4", 1280, 720, 24) { FrameCount = 48 }, "a.wav").Arguments;
        Assert.Equal(
            ["-hide_banner", "-nostats", "-loglevel", "error", "-y",
             "-f", "rawvideo", "-pix_fmt", "rgba", "-s", "1280x720", "-framerate", "24", "-i", "-",
             "-f", "wav", "-i", "a.wav",
             "-map", "0:v:0", "-map", "1:a:0",
             "-vf", "scale=out_color_matrix=bt709:out_range=tv", "-colorspace", "bt709", "-color_primaries", "bt709",
             "-color_trc", "bt709", "-color_range", "tv",
             "-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-pix_fmt", "yuv420p",
             "-c:a", "aac", "-b:a", "192k", "-ar", "48000", "-ac", "2",
             "-movflags", "+faststart", "-f", "mp4", "o.mp4"], args);
    }

    [Fact]
    public void Encoder_without_frame_count_pads_audio_to_the_video()
    {
        var args = VideoEncoder.BuildArgs(new EncodeSettings("o.mp4", 640, 360, 30), "a.wav").Arguments;
        var pad = args.ToList().IndexOf("apad");
        Assert.True(pad > 0 && args[pad - 1] == "-af" && args[pad + 1] == "-shortest");
        Assert.Equal("o.mp4", args[^1]);
    }

    [Fact]
    public void Thumbnail_command()
    {
        var args = Images.ImageWriter.BuildArgs("t.jpg", 1280, 720, 640).Arguments;
        Assert.Equal(
            ["-hide_banner", "-nostats", "-loglevel", "error", "-y",
             "-f", "rawvideo", "-pix_fmt", "rgba", "-s", "1280x720", "-framerate", "1", "-i", "-",
             "-vf", "scale=640:-2:flags=lanczos", "-frames:v", "1", "-update", "1", "-q:v", "2", "t.jpg"], args);
    }

    [Fact]
    public void Probe_command() =>
        Assert.Equal(["-v", "error", "-print_format", "json", "-show_streams", "-show_format", "x.mp4"],
            Probe.MediaProbe.BuildArgs("x.mp4").Arguments);

    [Fact]
    public void ToString_quotes_for_humans() =>
        Assert.Equal("-i '/tmp/my file.wav'", new FfmpegArgs().Add("-i", "/tmp/my file.wav").ToString());
}
