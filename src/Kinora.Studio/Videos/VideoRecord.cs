using System.Text.Json.Serialization;

namespace Kinora.Studio.Videos;

public static class VideoStatus
{
    public const string Queued = "queued", InProgress = "in_progress", Completed = "completed", Failed = "failed";
    public static bool IsActive(string status) => status is Queued or InProgress;
}

/// <summary>Who may watch a video: its owner only (the default, and every API-made video), or anyone, in the feed.</summary>
public static class Visibility
{
    public const string Private = "private", Public = "public";
}

/// <summary>One video as the Studio keeps it: the API fields plus the plan it renders and who owns it.</summary>
public sealed record VideoRecord
{
    public required string Id { get; init; }
    public required string Owner { get; init; }
    public required long CreatedAt { get; init; }
    public required string Status { get; init; }
    public required string Model { get; init; }
    public int Progress { get; init; }
    public required string Seconds { get; init; }
    public required string Size { get; init; }
    public required string Prompt { get; init; }
    public string? RemixedFromVideoId { get; init; }
    public string? ErrorCode { get; init; }
    public string? ErrorMessage { get; init; }
    public long? CompletedAt { get; init; }
    public long? ExpiresAt { get; init; }
    /// <summary>The ScenePlan JSON, fixed when the video is created so every retry renders the same frames.</summary>
    public required string PlanJson { get; init; }
    /// <summary>Stored `input_reference` file name under the video's media folder, if one was sent.</summary>
    public string? InputReference { get; init; }
    public string? JobId { get; init; }
    public string Visibility { get; init; } = Videos.Visibility.Private;

    public VideoObject ToApi() => new(Id, "video", CreatedAt, Status, Model, Progress, Seconds, Size, Prompt,
        RemixedFromVideoId, ErrorCode is null ? null : new VideoError(ErrorCode, ErrorMessage ?? ""), CompletedAt, ExpiresAt);
}

/// <summary>OpenAI's `video` object, field for field (snake_case on the wire; nulls are written, as OpenAI does).</summary>
public sealed record VideoObject(
    string Id,
    string Object,
    long CreatedAt,
    string Status,
    string Model,
    int Progress,
    string Seconds,
    string Size,
    string? Prompt,
    string? RemixedFromVideoId,
    VideoError? Error,
    long? CompletedAt,
    long? ExpiresAt);

public sealed record VideoError(string Code, string Message);

public sealed record VideoList(
    string Object,
    IReadOnlyList<VideoObject> Data,
    string? FirstId,
    string? LastId,
    bool HasMore);

public sealed record VideoDeleted(string Id, string Object, bool Deleted);

/// <summary>The JSON body of POST /v1/videos (multipart carries the same fields). Documents the OpenAPI schema.</summary>
public sealed record CreateVideoBody(
    string Prompt,
    string? Model = VideoChoices.DefaultModel,
    string? Seconds = VideoChoices.DefaultSeconds,
    string? Size = VideoChoices.DefaultSize,
    [property: JsonPropertyName("input_reference")] ImageReference? InputReference = null);

public sealed record ImageReference([property: JsonPropertyName("image_url")] string? ImageUrl = null);

public sealed record RemixVideoBody(string Prompt);
