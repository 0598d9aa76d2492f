using System.Buffers;
using System.Diagnostics;
using Kinora.Compose;
using Kinora.Engine.Pictures;
using Kinora.Picture.Fitting;
using Kinora.Picture.Scene;
using Kinora.Media;
using Kinora.Media.Captions;
using Kinora.Media.Images;
using Kinora.Motion;
using Kinora.Plan;
using Kinora.Render;
using Kinora.Render.OpenGL;
using Kinora.Sound;
using Kinora.Sound.Speech;
using Kinora.Understand;

namespace Kinora.Engine;

/// <summary>
/// Runs the pipeline: plan → compose → speech → simulate → sound → render, with frames streamed into the encoder as
/// they are drawn so rendering and encoding overlap. Speech is synthesized once, before anything moves: the mouths
/// follow its phones, the mix plays its samples and the captions show its words. Every method is a pure function of its inputs and the plan's seed.
/// </summary>
public static class KinoraEngine
{
    /// <summary>
    /// Composes the plan's world; with a picture, decodes and analyses it first (the plan gains its notes and
    /// ambience) and, when the picture is the scene, lifts it into layers seen from a moving camera.
    /// </summary>
    private static (World World, PictureScene? Picture) ComposeWithPicture(ScenePlan plan)
    {
        if (plan.Picture is null) return (Composer.Compose(plan), null);
        var prepared = PreparedPicture.Load(plan);
        plan = PicturePlanning.Describe(plan, prepared);
        if (!PreparedPicture.IsScene(prepared.Spec)) return (PictureSurfaces.Hang(Composer.Compose(plan), prepared), null);
        var world = Composer.Compose(PicturePlanning.CastForPicture(plan));
        var move = plan.Shots.Count > 0 ? plan.Shots[0].Camera.Move : null;
        return (world, PictureScene.Build(prepared.Analysis, move, plan.FrameCount, plan.Seed));
    }

    /// <summary>How many frames a contact sheet shows.</summary>
    public const int ContactSheetFrames = 12;

    /// <summary>The plan for a prompt. With an image (<see cref="PlanRequest.ImagePath"/>) the image is decoded and
    /// analysed now, so a bad file fails here, and what Kinora read from it is written into the plan.</summary>
    public static ScenePlan Plan(string prompt, PlanRequest? request = null, string? imageFit = null)
    {
        var plan = PicturePlanning.WithPicture(Planner.Plan(prompt, request), request?.ImagePath, imageFit);
        return plan.Picture is null ? plan : PicturePlanning.Describe(plan, PreparedPicture.Load(plan));
    }

    public static (World World, Track Track) Simulate(ScenePlan plan, IProgress<StageProgress>? progress = null)
    {
        var clock = new StageClock(progress);
        var world = clock.Run(Stages.Compose, _ => Composer.Compose(plan));
        var speech = clock.Run(Stages.Speech, p => SpeechStage.Prepare(world.Plan, p));
        return (world, clock.Run(Stages.Simulate, p => Simulator.Simulate(world, p, speech.MouthCues)));
    }

    public static GenerateResult Render(ScenePlan plan, GenerateOptions options, IProgress<StageProgress>? progress = null)
    {
        PlanValidator.ThrowIfInvalid(plan);
        OutputPath.EnsureWritable(options.OutputPath);
        if (options.ThumbnailPath is { } thumbPath) OutputPath.EnsureWritable(thumbPath);
        if (options.ContactSheetPath is { } sheetPath) OutputPath.EnsureWritable(sheetPath);
        if (options.CaptionsPath is { } captionsPath) OutputPath.EnsureWritable(captionsPath);

        var clock = new StageClock(progress);
        var (world, picture) = clock.Run(Stages.Compose, _ => ComposeWithPicture(plan));
        var (width, height) = (plan.Format.Width, plan.Format.Height);
        // The picture's layers are drawn, not simulated: physics runs on the plan's own world.
        var drawn = picture is null ? world : PictureWorld.Combine(world, picture);
        // Open the GL context before the long stages so a machine without EGL fails in a second, not a minute.
        using var renderer = OpenGlRenderer.Open(drawn, new RenderOptions(width, height));
        var speech = clock.Run(Stages.Speech, p => SpeechStage.Prepare(world.Plan, p));
        var simulated = clock.Run(Stages.Simulate, p => Simulator.Simulate(world, p, speech.MouthCues));
        var track = picture is null ? simulated : PictureWorld.Combine(simulated, picture);
        var audio = clock.Run(Stages.Sound, p => SoundStage.Render(drawn, track, speech, p));
        var bars = picture?.Analysis.Frame is { Fit: FitMode.Pad } padded ? padded.Content : (PixelRect?)null;

        var frames = track.FrameCount;
        var thumbnailFrame = Thumbnail.PickFrame(frames);
        var sheetFrames = options.ContactSheetPath is null ? [] : ContactSheet.PickFrames(frames, ContactSheetFrames);
        var sheet = new List<ReadOnlyMemory<byte>>(sheetFrames.Length);
        byte[]? thumbnail = null;

        var frameBytes = width * height * 4;
        var buffer = ArrayPool<byte>.Shared.Rent(frameBytes);
        try
        {
            using var encoder = VideoEncoder.Start(new EncodeSettings(options.OutputPath, width, height, plan.Format.Fps) { FrameCount = frames },
                audio.Samples, audio.SampleRate, audio.Channels);
            var renderWatch = Stopwatch.StartNew();
            progress?.Report(new StageProgress(Stages.Render, 0));
            for (var f = 0; f < frames; f++)
            {
                var rgba = buffer.AsSpan(0, frameBytes);
                renderer.RenderFrame(track, f, rgba);
                if (bars is { } content) PadBars.Apply(rgba, width, height, content);
                encoder.WriteFrame(rgba);
                if (f == thumbnailFrame && options.ThumbnailPath is not null) thumbnail = rgba.ToArray();
                if (Array.IndexOf(sheetFrames, f) >= 0) sheet.Add(rgba.ToArray());
                progress?.Report(new StageProgress(Stages.Render, (f + 1.0) / frames * 0.999));
            }
            clock.Add(Stages.Render, renderWatch.Elapsed);
            progress?.Report(new StageProgress(Stages.Render, 1));

            var encodeWatch = Stopwatch.StartNew();
            progress?.Report(new StageProgress(Stages.Encode, 0));
            encoder.Finish();
            if (thumbnail is not null) Thumbnail.Write(options.ThumbnailPath!, thumbnail, width, height);
            if (sheet.Count > 0) ContactSheet.Write(options.ContactSheetPath!, sheet, width, height);
            if (options.CaptionsPath is not null)
                WebVtt.Write(options.CaptionsPath, audio.Captions.Select(c => new CaptionCue(c.Start, c.End, c.Text, c.Speaker)));
            clock.Add(Stages.Encode, encodeWatch.Elapsed);
            progress?.Report(new StageProgress(Stages.Encode, 1));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return new GenerateResult(Path.GetFullPath(options.OutputPath), frames, plan.Format.Seconds, clock.Timings);
    }
}
