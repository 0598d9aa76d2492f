using System.Security.Cryptography;
using Hangfire;
using Kinora.Plan;
using Kinora.Studio.Jobs;
using Kinora.Studio.Storage;
using Kinora.Understand;

namespace Kinora.Studio.Videos;

/// <summary>Why a create was refused.</summary>
public enum CreateRefusal { None, BadPrompt, TooManyJobs }

/// <summary>
/// Creates a video for the API and the web pages alike: plans the prompt (a prompt that cannot be planned is
/// refused at once, and the stored plan makes every retry render the same frames), records it, queues its job.
/// </summary>
public sealed class VideoCreator(VideoStore videos, MediaStore media, IBackgroundJobClient jobs, StudioOptions options)
{
    public (VideoRecord? Video, CreateRefusal Refusal, string? Message) Create(string owner, string prompt, string model, string seconds, string size,
        ReferenceImage? reference = null, VideoRecord? remixOf = null)
    {
        // Remix rule: the new prompt is planned afresh with the original's seed, size, length and model, so what the
        // new words do not change (layout randomness, framing, timing) stays as it was.
        var seed = remixOf is null ? (long?)null : PlanJson.Parse(remixOf.PlanJson).Seed;
        ScenePlan plan;
        try { plan = Planner.Plan(prompt, VideoChoices.ToPlanRequest(model, seconds, size, seed)); }
        catch (Exception e) when (e is PromptException or PlanException) { return (null, CreateRefusal.BadPrompt, e.Message); }

        var id = "video_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var video = new VideoRecord
        {
            Id = id, Owner = owner, CreatedAt = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), Status = VideoStatus.Queued,
            Model = model, Seconds = seconds, Size = size, Prompt = prompt, RemixedFromVideoId = remixOf?.Id,
            PlanJson = PlanJson.Serialize(plan, indented: false),
            InputReference = reference is null ? null : "input_reference" + reference.Extension,
        };
        // The reference is written before the row so a row never points at a missing file; a refused insert removes it.
        if (reference is not null)
        {
            Directory.CreateDirectory(media.VideoDir(id));
            File.WriteAllBytes(Path.Combine(media.VideoDir(id), video.InputReference!), reference.Bytes);
        }
        if (!videos.TryInsert(video, options.Limits.MaxActiveJobsPerKey))
        {
            media.Delete(id);
            return (null, CreateRefusal.TooManyJobs, null);
        }
        try { video = video with { JobId = jobs.Enqueue<RenderJob>(j => j.Run(id, null, CancellationToken.None)) }; }
        catch
        {
            videos.Delete(id, owner);
            media.Delete(id);
            throw;
        }
        videos.SetJobId(id, video.JobId!);
        return (video, CreateRefusal.None, null);
    }

    /// <summary>
    /// Queues the videos that were recorded but never queued (the two stores are separate files, so a crash can fall
    /// between them). Run at startup; a video queued twice renders once, since the job skips finished videos.
    /// </summary>
    public int QueueOrphans()
    {
        var ids = videos.WithoutJob();
        foreach (var id in ids) videos.SetJobId(id, jobs.Enqueue<RenderJob>(j => j.Run(id, null, CancellationToken.None)));
        return ids.Count;
    }

    /// <summary>Deletes the row first (it is gone for readers at once), then cancels the job and removes the files.</summary>
    public bool Delete(string id, string owner)
    {
        var video = videos.Find(id, owner);
        if (video is null || !videos.Delete(id, owner)) return false;
        // A running job sees its cancellation token fire and cleans its staging folder; a queued one never starts.
        if (video.JobId is not null) jobs.Delete(video.JobId);
        media.Delete(id);
        return true;
    }
}
