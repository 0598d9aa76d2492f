using Hangfire;
using Hangfire.Server;
using Kinora.Media;
using Kinora.Plan;
using Kinora.Studio.Storage;
using Kinora.Studio.Videos;
using Kinora.Understand;

namespace Kinora.Studio.Jobs;

/// <summary>
/// Renders one video, run by Hangfire. Hangfire makes it durable: the job is in jobs.db before the API answers,
/// a server killed mid-render has its job taken again after <see cref="JobOptions.RequeueAfter"/>, and a thrown
/// exception is retried with back-off. This class decides what is worth retrying and when to give up.
/// </summary>
public sealed class RenderJob(VideoStore videos, MediaStore media, IVideoRenderer renderer, StudioOptions options, ILogger<RenderJob> log)
{
    // Hangfire's own retry filter allows more than we ever use; Run stops at Jobs.MaxAttempts itself, so the bound
    // is the per-server option rather than a process-wide static attribute.
    [AutomaticRetry(Attempts = 10, DelaysInSeconds = [2, 10, 30, 60, 120, 300, 600, 600, 600, 600])]
    public void Run(string videoId, PerformContext? context, CancellationToken ct)
    {
        var video = videos.Find(videoId);
        if (video is null || video.Status is VideoStatus.Completed or VideoStatus.Failed) return; // deleted or already done
        var attempt = (context?.GetJobParameter<int>("RetryCount") ?? 0) + 1;
        if (!videos.Start(videoId)) return;

        var staging = media.NewStaging(videoId);
        try
        {
            var plan = PlanJson.Parse(video.PlanJson);
            var outputs = new RenderOutputs(Path.Combine(staging, MediaStore.VideoFile), Path.Combine(staging, MediaStore.ThumbnailFile),
                Path.Combine(staging, MediaStore.SpritesheetFile));
            renderer.Render(plan, outputs, new RenderProgress(p => videos.SetProgress(videoId, p)), ct);
            ct.ThrowIfCancellationRequested();
            media.Publish(videoId, staging);
            // Deleted while rendering: the row is gone, so the files must go too.
            if (!videos.Complete(videoId, DateTimeOffset.UtcNow.ToUnixTimeSeconds())) media.Delete(videoId);
        }
        catch (OperationCanceledException)
        {
            MediaStore.DeleteQuietly(staging);
            // Cancelled by DELETE: nothing left to do. Cancelled by shutdown: rethrow so Hangfire runs it again later.
            if (videos.Find(videoId) is null) { media.Delete(videoId); return; }
            throw;
        }
        catch (Exception e) when (IsPermanent(e))
        {
            MediaStore.DeleteQuietly(staging);
            log.LogWarning("video {Id} failed: {Message}", videoId, e.Message);
            videos.Fail(videoId, "invalid_plan", e.Message);
        }
        catch (Exception e)
        {
            MediaStore.DeleteQuietly(staging);
            if (attempt >= options.Jobs.MaxAttempts)
            {
                log.LogError(e, "video {Id} failed after {Attempts} attempts", videoId, attempt);
                videos.Fail(videoId, "render_failed", $"Rendering failed after {attempt} attempts: {e.Message}");
                return;
            }
            log.LogWarning("video {Id} attempt {Attempt} of {Max} failed, will retry: {Message}", videoId, attempt, options.Jobs.MaxAttempts, e.Message);
            throw;
        }
    }

    /// <summary>Errors that the same input will hit again: a plan the pipeline rejects, a prompt that cannot be planned.</summary>
    private static bool IsPermanent(Exception e) => e is PlanException or PromptException || e is MediaException { Message: var m } && m.StartsWith("cannot encode");
}
