using System.Collections.Concurrent;
using Kinora.Engine;
using Kinora.Plan;
using Kinora.Studio.Jobs;

namespace Kinora.Studio.Tests;

/// <summary>What the stub does for a prompt.</summary>
public enum StubBehaviour { Succeed, RejectPlan, FailAlways, FailOnce, RunUntilCancelled }

/// <summary>
/// Stands in for the engine in API tests: writes tiny files with the right magic bytes in milliseconds, or fails,
/// or runs until cancelled, chosen by the video's prompt. Real renders are covered by <see cref="RestartTests"/>
/// and the node client tests.
/// </summary>
public sealed class StubRenderer : IVideoRenderer
{
    public readonly ConcurrentDictionary<string, StubBehaviour> Behaviours = new();
    public readonly ConcurrentDictionary<string, int> Calls = new();
    public readonly ConcurrentBag<string> Cancelled = [];

    public void Render(ScenePlan plan, RenderOutputs outputs, IProgress<StageProgress> progress, CancellationToken ct)
    {
        var calls = Calls.AddOrUpdate(plan.Prompt, 1, (_, n) => n + 1);
        switch (Behaviours.GetValueOrDefault(plan.Prompt))
        {
            case StubBehaviour.RejectPlan: throw new PlanException([new PlanError("cast[0].kind", "unknown kind 'unicorn'")]);
            case StubBehaviour.FailAlways: throw new IOException("disk on fire");
            case StubBehaviour.FailOnce when calls == 1: throw new IOException("transient hiccup");
            case StubBehaviour.RunUntilCancelled:
                File.WriteAllBytes(outputs.Video, [0, 0, 0, 0]); // a half-written file the job must clean up
                var until = DateTime.UtcNow.AddSeconds(60);
                while (DateTime.UtcNow < until)
                {
                    if (ct.IsCancellationRequested) { Cancelled.Add(plan.Prompt); ct.ThrowIfCancellationRequested(); }
                    progress.Report(new StageProgress(Stages.Render, 0.5));
                    Thread.Sleep(50);
                }
                throw new TimeoutException("never cancelled");
        }
        progress.Report(new StageProgress(Stages.Render, 0.5));
        File.WriteAllBytes(outputs.Video, [0, 0, 0, 24, .. "ftypisom"u8]);
        File.WriteAllBytes(outputs.Thumbnail, [0xFF, 0xD8, 0xFF, 0xE0]);
        File.WriteAllBytes(outputs.Spritesheet, [0xFF, 0xD8, 0xFF, 0xE1]);
    }
}
