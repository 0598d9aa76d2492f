using System.Numerics;
using System.Security.Cryptography;
using Kinora.Compose;
using Kinora.Motion;
using Kinora.Plan;
using Kinora.Render;
using Kinora.Render.OpenGL;

namespace Kinora.Engine.Tests;

/// <summary>The whole path from prompt to MP4, checked from outside with ffprobe/ffmpeg.</summary>
public class PipelineTests : IClassFixture<PipelineTests.BallClip>
{
    /// <summary>One small clip rendered once and shared by the tests that inspect it.</summary>
    public sealed class BallClip : IDisposable
    {
        public ScenePlan Plan { get; } = KinoraEngine.Plan("a red ball bounces on a wooden floor",
            new() { Width = 640, Height = 360, Seconds = 3, Seed = 3 });
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"kinora-test-{Guid.NewGuid():N}.mp4");
        public string Thumbnail { get; }
        public GenerateResult Result { get; }

        public BallClip()
        {
            Thumbnail = System.IO.Path.ChangeExtension(Path, ".jpg");
            Result = KinoraEngine.Render(Plan, new GenerateOptions(Path) { ThumbnailPath = Thumbnail });
        }

        public void Dispose()
        {
            File.Delete(Path);
            File.Delete(Thumbnail);
        }
    }

    private readonly BallClip _clip;
    public PipelineTests(BallClip clip) => _clip = clip;

    [Fact]
    public void Mp4_has_h264_yuv420p_and_aac_48k_stereo_with_faststart()
    {
        using var probe = MediaTools.Probe(_clip.Path);
        var streams = probe.RootElement.GetProperty("streams").EnumerateArray().ToList();
        var video = streams.Single(s => s.GetProperty("codec_type").GetString() == "video");
        var audio = streams.Single(s => s.GetProperty("codec_type").GetString() == "audio");
        Assert.Equal("h264", video.GetProperty("codec_name").GetString());
        Assert.Equal("yuv420p", video.GetProperty("pix_fmt").GetString());
        Assert.Equal(640, video.GetProperty("width").GetInt32());
        Assert.Equal(360, video.GetProperty("height").GetInt32());
        Assert.Equal("24/1", video.GetProperty("r_frame_rate").GetString());
        Assert.Equal("aac", audio.GetProperty("codec_name").GetString());
        Assert.Equal("48000", audio.GetProperty("sample_rate").GetString());
        Assert.Equal(2, audio.GetProperty("channels").GetInt32());
        var duration = double.Parse(probe.RootElement.GetProperty("format").GetProperty("duration").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(duration, 3 - 1.0 / 24, 3 + 1.0 / 24);
        var boxes = MediaTools.TopLevelBoxes(_clip.Path);
        Assert.True(boxes.IndexOf("moov") < boxes.IndexOf("mdat"), "faststart puts moov before mdat: " + string.Join(",", boxes));
        Assert.True(new FileInfo(_clip.Thumbnail).Length > 1000);
        Assert.Contains(_clip.Result.Timings, t => t.Stage == Stages.Render);
    }

    [Fact]
    public void Every_bounce_is_heard_within_a_frame_of_its_contact_and_harder_hits_are_louder()
    {
        var (_, track) = KinoraEngine.Simulate(_clip.Plan);
        var contacts = track.Events.Where(e => e.Kind == "contact" && e.Time < _clip.Plan.Format.Seconds - 0.1).ToList();
        Assert.True(contacts.Count >= 2, $"expected several bounces in 3 s, got {contacts.Count}");
        var audio = MediaTools.DecodeMonoAudio(_clip.Path);
        var frame = 1.0 / _clip.Plan.Format.Fps;
        var peaks = new List<double>();
        // Bounces a listener can hear: at least a tenth of the hardest hit's impulse (the rest sit under the bed).
        var audible = contacts.Max(c => c.Impulse) * 0.1;
        foreach (var c in contacts.Where(c => c.Impulse >= audible))
        {
            var onset = Onset(audio, c.Time - frame, c.Time + frame);
            Assert.True(onset is not null, $"no onset near contact at {c.Time:0.000} s");
            Assert.InRange(onset!.Value, c.Time - frame, c.Time + frame);
            peaks.Add(Rms(audio, c.Time, c.Time + 0.05));
        }
        Assert.True(peaks[0] > peaks[^1], $"first (hardest) hit {peaks[0]:0.000} should be louder than the last {peaks[^1]:0.000}");
    }

    /// <summary>Time of the first 2 ms window whose RMS jumps above 4× the median of the preceding 50 ms.</summary>
    private static double? Onset(float[] audio, double from, double to)
    {
        const int rate = 48000, window = 96;
        static double Rms(float[] a, int start, int n)
        {
            double sum = 0;
            for (var i = Math.Max(0, start); i < Math.Min(a.Length, start + n); i++) sum += a[i] * a[i];
            return Math.Sqrt(sum / n);
        }
        for (var s = (int)(from * rate); s < (int)(to * rate); s += window / 2)
        {
            var before = Enumerable.Range(1, 25).Select(k => Rms(audio, s - k * window, window)).Order().ElementAt(12);
            if (Rms(audio, s, window) > 4 * before + 1e-4) return (double)s / rate;
        }
        return null;
    }

    /// <summary>RMS over a span: peaks of hard hits all meet the limiter's ceiling, their energy does not.</summary>
    private static double Rms(float[] audio, double from, double to)
    {
        double sum = 0;
        var (a, b) = ((int)(from * 48000), Math.Min(audio.Length, (int)(to * 48000)));
        for (var i = a; i < b; i++) sum += audio[i] * audio[i];
        return Math.Sqrt(sum / Math.Max(1, b - a));
    }

    [Fact]
    public void Same_seed_same_frames_and_another_seed_differs()
    {
        string Hash(long seed)
        {
            var plan = _clip.Plan with { Seed = seed, Format = _clip.Plan.Format with { Seconds = 1 } };
            var (world, track) = KinoraEngine.Simulate(plan);
            using var renderer = OpenGlRenderer.Open(world, new RenderOptions(plan.Format.Width, plan.Format.Height));
            var rgba = new byte[plan.Format.Width * plan.Format.Height * 4];
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            foreach (var f in new[] { 0, track.FrameCount / 2, track.FrameCount - 1 })
            {
                renderer.RenderFrame(track, f, rgba);
                sha.AppendData(rgba);
            }
            return Convert.ToHexString(sha.GetHashAndReset());
        }
        var first = Hash(11);
        Assert.Equal(first, Hash(11));
        Assert.NotEqual(first, Hash(12));
    }

    [Fact]
    public void Object_id_buffer_puts_the_ball_where_the_simulation_says()
    {
        var plan = _clip.Plan with { Format = _clip.Plan.Format with { Seconds = 2 } };
        var (world, track) = KinoraEngine.Simulate(plan);
        var (w, h) = (plan.Format.Width, plan.Format.Height);
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(w, h));
        var ids = new ushort[w * h];
        var ball = world.IndexOf(plan.Cast[0].Id);
        var lastY = double.NaN;
        foreach (var f in new[] { 0, 6, 12, 30, 47 })
        {
            renderer.RenderObjectIds(track, f, ids);
            var (px, py) = Project(track.PoseOf(f, ball).Position, track.CameraAt(f), w, h);
            Assert.Equal(ball + 1, ids[(int)py * w + (int)px]);
            Assert.Equal(0, ids[2 * w + 2]); // a corner shows sky or floor
            if (f == 6) lastY = py;
            if (f == 12) Assert.True(py > lastY, "falling ball moves down the image");
        }
    }

    private static (float X, float Y) Project(Vector3 p, CameraPose cam, int w, int h)
    {
        var view = Matrix4x4.CreateLookAt(cam.Eye, cam.Target, cam.Up);
        var proj = Matrix4x4.CreatePerspectiveFieldOfView(cam.VerticalFov, (float)w / h, 0.05f, 500f);
        var clip = Vector4.Transform(new Vector4(p, 1), view * proj);
        return ((clip.X / clip.W + 1) / 2 * w, (1 - clip.Y / clip.W) / 2 * h);
    }
}
