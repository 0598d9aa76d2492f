using System.Security.Cryptography;
using Hangfire;
using Kinora.Picture;
using Kinora.Plan;
using Kinora.Studio.Jobs;
using Kinora.Studio.Storage;
using Kinora.Understand;

namespace Kinora.Studio.Videos;

/// <summary>Why a create was refused.</summary>
public enum CreateRefusal { None, BadPrompt, BadImage, TooManyJobs }

/// <summary>The outcome of a create: the queued video, or why not (with a message for the caller).</summary>
public sealed record CreateResult(VideoRecord? Video, CreateRefusal Refusal = CreateRefusal.None, string? Message = null);

/// <summary>
/// Creates a video for the API and the web pages alike: saves and checks the reference image, plans the prompt (a
/// prompt that cannot be planned is refused at once, and the stored plan makes every retry render the same
/// frames), records it, queues its job. Any refusal leaves nothing behind.
/// </summary>
public sealed class VideoCreator(VideoStore videos, MediaStore media, IBackgroundJobClient jobs, StudioOptions options)
{
    public CreateResult Create(string owner, NewVideo request)
    {
        var id = "video_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        try
        {
            var result = CreateIn(id, owner, request);
            if (result.Video is null) media.Delete(id);
            return result;
        }
        catch
        {
            media.Delete(id);
            throw;
        }
    }

    private CreateResult CreateIn(string id, string owner, NewVideo request)
    {
        var original = request.RemixOf is null ? null : PlanJson.Parse(request.RemixOf.PlanJson);
        // A remix without a new image starts from the original's, copied so deleting the original does not break it.
        var reference = request.Reference ?? (request.RemixOf?.InputReference is { } file ? ReadReference(request.RemixOf.Id, file) : null);
        string? imagePath = null, imageName = null;
        if (reference is not null)
        {
            var (path, refusal) = SaveReference(id, reference);
            if (refusal is not null) return refusal;
            (imagePath, imageName) = (path, Path.GetFileName(path));
        }

        // Remix rule: the new prompt is planned afresh with the original's seed, size, length and model, so what the
        // new words do not change (layout randomness, framing, timing, a look chosen from the menu) stays as it was.
        ScenePlan plan;
        try
        {
            plan = Planner.Plan(request.Prompt, VideoChoices.ToPlanRequest(request.Model, request.Seconds, request.Size, original?.Seed) with { ImagePath = imagePath });
        }
        catch (Exception e) when (e is PromptException or PlanException) { return new(null, CreateRefusal.BadPrompt, e.Message); }
        catch (PictureException e) { return new(null, CreateRefusal.BadImage, Sanitize(e.Message, imagePath)); }
        var look = request.Look ?? (original is not null && plan.Look.Style == new LookSpec().Style ? original.Look.Style : null);
        if (look is not null && look != plan.Look.Style)
            plan = plan with
            {
                Look = plan.Look with { Style = look },
                Interpretation = [.. plan.Interpretation, new InterpretationNote { Text = $"look: {look}", As = $"look: {look} (chosen)" }],
            };

        var video = new VideoRecord
        {
            Id = id, Owner = owner, CreatedAt = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), Status = VideoStatus.Queued,
            Model = request.Model, Seconds = request.Seconds, Size = request.Size, Prompt = request.Prompt, RemixedFromVideoId = request.RemixOf?.Id,
            PlanJson = PlanJson.Serialize(plan, indented: false), InputReference = imageName, Visibility = request.Visibility,
        };
        if (!videos.TryInsert(video, options.Limits.MaxActiveJobsPerKey)) return new(null, CreateRefusal.TooManyJobs);
        try { video = video with { JobId = jobs.Enqueue<RenderJob>(j => j.Run(id, null, CancellationToken.None)) }; }
        catch
        {
            videos.Delete(id, owner);
            throw;
        }
        videos.SetJobId(id, video.JobId!);
        return new(video);
    }

    /// <summary>
    /// Writes the upload into the video's folder and lets <see cref="PictureFile.Check"/> judge it (header only: a
    /// non-image or a decompression bomb is refused in milliseconds). The file is named for what it really is.
    /// </summary>
    private (string? Path, CreateResult? Refusal) SaveReference(string id, ReferenceImage reference)
    {
        var dir = media.VideoDir(id);
        Directory.CreateDirectory(dir);
        var upload = Path.Combine(dir, "input_reference.upload");
        File.WriteAllBytes(upload, reference.Bytes);
        PictureInfo info;
        try { info = PictureFile.Check(upload); }
        catch (PictureException e) { return (null, new(null, CreateRefusal.BadImage, Sanitize(e.Message, upload))); }
        var format = info.Format.ToLowerInvariant();
        var path = Path.Combine(dir, "input_reference." + (format == "jpeg" ? "jpg" : format));
        File.Move(upload, path);
        return (path, null);
    }

    private ReferenceImage? ReadReference(string videoId, string file)
    {
        var path = Path.Combine(media.VideoDir(videoId), file);
        return File.Exists(path) ? new ReferenceImage(File.ReadAllBytes(path)) : null;
    }

    /// <summary>The checker names the file it read; callers should see their own field's name, not our folders.</summary>
    private static string Sanitize(string message, string? path) =>
        path is null ? message : message.Replace($"'{path}'", "'input_reference'").Replace(path, "input_reference");

    /// <summary>
    /// Queues the videos that were recorded but never queued (the two stores are separate, so a crash can fall
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
