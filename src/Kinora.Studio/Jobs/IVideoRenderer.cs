using Kinora.Engine;
using Kinora.Plan;

namespace Kinora.Studio.Jobs;

/// <summary>Where one render writes its three files.</summary>
public sealed record RenderOutputs(string Video, string Thumbnail, string Spritesheet);

/// <summary>
/// Turns a plan into files. The Studio's only dependency on the engine, so the job logic (retries, failure,
/// cancellation, publishing) can be tested without minutes of rendering.
/// </summary>
public interface IVideoRenderer
{
    void Render(ScenePlan plan, RenderOutputs outputs, IProgress<StageProgress> progress, CancellationToken ct);
}

/// <summary>The real pipeline. The engine reports progress every frame, which is where cancellation is honoured.</summary>
public sealed class EngineVideoRenderer : IVideoRenderer
{
    public void Render(ScenePlan plan, RenderOutputs outputs, IProgress<StageProgress> progress, CancellationToken ct) =>
        KinoraEngine.Render(plan, new GenerateOptions(outputs.Video) { ThumbnailPath = outputs.Thumbnail, ContactSheetPath = outputs.Spritesheet },
            new CancellingProgress(progress, ct));

    private sealed class CancellingProgress(IProgress<StageProgress> inner, CancellationToken ct) : IProgress<StageProgress>
    {
        public void Report(StageProgress value)
        {
            ct.ThrowIfCancellationRequested();
            inner.Report(value);
        }
    }
}
