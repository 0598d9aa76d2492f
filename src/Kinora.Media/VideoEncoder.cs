using System.Buffers;
using System.Diagnostics;
using System.Threading.Channels;
using Kinora.Media.Audio;
using Kinora.Media.Ffmpeg;
using Kinora.Media.Tools;

namespace Kinora.Media;

/// <summary>
/// Streams RGBA frames into ffmpeg (H.264 yuv420p + AAC 48 kHz stereo, faststart MP4). Frames go through
/// standard input as they are rendered, so encoding runs in parallel with rendering: <see cref="WriteFrame"/>
/// copies the frame into a pooled buffer and returns; a background pump feeds ffmpeg, and a small bounded queue
/// (<see cref="QueuedFrames"/>) holds the renderer back only when the encoder is behind.
/// The audio is written to a temporary WAV and given as a second input; it is deleted afterwards.
/// </summary>
public sealed class VideoEncoder : IDisposable
{
    /// <summary>Frames in flight between the renderer and ffmpeg: 4 × 3.7 MB at 1280x720.</summary>
    public const int QueuedFrames = 4;
    public const int OutputSampleRate = 48000, OutputChannels = 2;

    private readonly EncodeSettings _settings;
    private readonly FfmpegProcess _ffmpeg;
    private readonly string _wavPath;
    private readonly Channel<byte[]> _queue = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(QueuedFrames)
    {
        SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait,
    });
    private readonly Task _pump;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly int _frameBytes;
    private bool _finished;

    private VideoEncoder(EncodeSettings settings, FfmpegProcess ffmpeg, string wavPath)
    {
        _settings = settings;
        _ffmpeg = ffmpeg;
        _wavPath = wavPath;
        _frameBytes = settings.Width * settings.Height * 4;
        _pump = Task.Run(PumpAsync);
    }

    public int FramesWritten { get; private set; }
    /// <summary>Seconds since <see cref="Start"/>: frames written / this is the end-to-end encode rate.</summary>
    public double ElapsedSeconds => _clock.Elapsed.TotalSeconds;

    public static VideoEncoder Start(EncodeSettings settings, float[] audioSamples, int sampleRate, int channels) =>
        Start(settings, audioSamples, sampleRate, channels, null);

    /// <param name="tools">Where to find ffmpeg; null for $PATH.</param>
    public static VideoEncoder Start(EncodeSettings settings, float[] audioSamples, int sampleRate, int channels, ToolLocator? tools)
    {
        settings.Validate();
        if (sampleRate <= 0 || channels <= 0) throw new MediaException($"cannot encode audio at {sampleRate} Hz × {channels} channels");
        // Cheap checks first: a bad path or a missing ffmpeg must fail before any rendering or temp files.
        OutputPath.EnsureWritable(settings.OutputPath);
        (tools ?? ToolLocator.Default).Find(ExternalTool.Ffmpeg);

        var wav = Path.Combine(Path.GetTempPath(), $"kinora-audio-{Guid.NewGuid():N}.wav");
        try
        {
            var audio = settings.FrameCount is { } n ? FitToFrames(audioSamples, sampleRate, channels, n, settings.Fps) : audioSamples;
            WavWriter.Write(wav, audio, sampleRate, channels);
            var process = FfmpegProcess.Start(ExternalTool.Ffmpeg, BuildArgs(settings, wav), writeStdin: true, tools);
            return new VideoEncoder(settings, process, wav);
        }
        catch
        {
            TryDelete(wav);
            throw;
        }
    }

    /// <summary>The full ffmpeg command for these settings, part by part (see Ffmpeg/Parts.cs).</summary>
    public static FfmpegArgs BuildArgs(EncodeSettings s, string wavPath)
    {
        var args = new FfmpegArgs()
            .Add(new GlobalOptions())
            .Add(new RawVideoInput(s.Width, s.Height, s.Fps))
            .Add(new WavInput(wavPath))
            .Add(StreamMap.VideoThenAudio);
        if (s.Bt709) args.Add(new Bt709Color());
        args.Add(new H264Output(s.Preset, s.Crf, s.Tune))
            .Add(new AacOutput(OutputSampleRate, OutputChannels, s.AudioBitrateKbps));
        // Exact-length audio needs nothing more; otherwise pad it and let the video's end cut it.
        if (s.FrameCount is null) args.Add(new PadAudioToVideo());
        return args.Add(new Mp4Container(s.OutputPath));
    }

    /// <summary>Trims or zero-pads interleaved audio to exactly frames / fps seconds (rounded to the sample).</summary>
    public static float[] FitToFrames(float[] samples, int sampleRate, int channels, int frames, int fps)
    {
        var targetFrames = (long)Math.Round((double)frames * sampleRate / fps);
        var target = checked((int)(targetFrames * channels));
        if (samples.Length == target) return samples;
        var fitted = new float[target];
        samples.AsSpan(0, Math.Min(target, samples.Length - samples.Length % channels)).CopyTo(fitted);
        return fitted;
    }

    /// <summary>Top row first, Width × Height × 4 bytes.</summary>
    public void WriteFrame(ReadOnlySpan<byte> rgba)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        if (rgba.Length != _frameBytes)
            throw new ArgumentException($"frame is {rgba.Length} bytes; {_settings.Width}x{_settings.Height} RGBA needs {_frameBytes}", nameof(rgba));
        if (_pump.IsCompleted) throw Failure();
        var buffer = ArrayPool<byte>.Shared.Rent(_frameBytes);
        rgba.CopyTo(buffer);
        if (!_queue.Writer.TryWrite(buffer))
        {
            try
            {
                _queue.Writer.WriteAsync(buffer).AsTask().GetAwaiter().GetResult();
            }
            catch (ChannelClosedException)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                throw Failure();
            }
        }
        FramesWritten++;
    }

    /// <summary>Closes the input and waits for ffmpeg; throws <see cref="MediaException"/> with ffmpeg's last words on failure.</summary>
    public void Finish()
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _finished = true;
        try
        {
            _queue.Writer.TryComplete();
            try { _pump.GetAwaiter().GetResult(); }
            catch (IOException) { /* ffmpeg closed its input: its exit status and stderr say why */ }
            _ffmpeg.WaitForSuccess();
            if (FramesWritten == 0) throw new MediaException($"cannot write {_settings.OutputPath}: no frames were encoded");
        }
        catch
        {
            TryDelete(_settings.OutputPath);
            throw;
        }
        finally
        {
            TryDelete(_wavPath);
        }
    }

    /// <summary>Abandons an unfinished encode: stops ffmpeg, removes the partial MP4 and the temp WAV.</summary>
    public void Dispose()
    {
        if (!_finished)
        {
            _finished = true;
            _queue.Writer.TryComplete();
            _ffmpeg.Kill();
            try { _pump.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
            TryDelete(_settings.OutputPath);
        }
        _ffmpeg.Dispose();
        TryDelete(_wavPath);
        while (_queue.Reader.TryRead(out var b)) ArrayPool<byte>.Shared.Return(b);
    }

    private async Task PumpAsync()
    {
        var stdin = _ffmpeg.Stdin;
        try
        {
            await foreach (var frame in _queue.Reader.ReadAllAsync())
            {
                try { await stdin.WriteAsync(frame.AsMemory(0, _frameBytes)); }
                finally { ArrayPool<byte>.Shared.Return(frame); }
            }
        }
        finally
        {
            // Stop the renderer from queueing into a dead pipe, and give ffmpeg its end of input.
            _queue.Writer.TryComplete();
            try { stdin.Close(); } catch (IOException) { }
        }
    }

    private MediaException Failure()
    {
        _ffmpeg.Kill();
        var why = _ffmpeg.Stderr.ToString();
        return new MediaException($"ffmpeg stopped while encoding {_settings.OutputPath}" + (why.Length > 0 ? $": {why}" : ""));
    }

    private static void TryDelete(string path)
    {
        try { if (File.Exists(path)) File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
