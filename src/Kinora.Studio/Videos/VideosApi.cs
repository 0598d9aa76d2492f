using Kinora.Studio.Api;
using Kinora.Studio.Storage;

namespace Kinora.Studio.Videos;

/// <summary>
/// `/v1/videos`: OpenAI's Videos API, so code written for it (the official SDKs included) runs against Kinora by
/// changing only the base URL and key. Creating and deleting live in <see cref="VideoCreator"/>, shared with the web pages.
/// </summary>
public static class VideosApi
{
    public static RouteGroupBuilder MapVideosApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/videos").WithTags("Videos").AddEndpointFilter<ApiKeyFilter>()
            .WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized, typeof(ErrorEnvelope), ["application/json"]));
        api.MapPost("/", Create).DocumentsBody<CreateVideoBody>("application/json", "multipart/form-data")
            .Produces<VideoObject>().Produces<ErrorEnvelope>(400).Produces<ErrorEnvelope>(413).Produces<ErrorEnvelope>(429).WithName("CreateVideo");
        api.MapGet("/", List).Produces<VideoList>().WithName("ListVideos");
        api.MapGet("/{id}", Retrieve).Produces<VideoObject>().Produces<ErrorEnvelope>(404).WithName("RetrieveVideo");
        api.MapDelete("/{id}", Delete).Produces<VideoDeleted>().Produces<ErrorEnvelope>(404).WithName("DeleteVideo");
        api.MapGet("/{id}/content", Content).Produces(200, contentType: "video/mp4").Produces(200, contentType: "image/jpeg")
            .Produces<ErrorEnvelope>(404).WithName("DownloadVideoContent");
        api.MapPost("/{id}/remix", Remix).DocumentsBody<RemixVideoBody>("application/json", "multipart/form-data")
            .Produces<VideoObject>().Produces<ErrorEnvelope>(400).Produces<ErrorEnvelope>(404).Produces<ErrorEnvelope>(429).WithName("RemixVideo");
        return api;
    }

    private static async Task<IResult> Create(HttpContext http, VideoCreator creator, StudioOptions options, CancellationToken ct)
    {
        var (input, error) = await CreateVideoInput.ReadAsync(http.Request, options.Limits, ct);
        if (error is not null) return error;
        return Answer(creator.Create(ApiKeyFilter.OwnerOf(http), input!), options);
    }

    private static async Task<IResult> Remix(string id, HttpContext http, VideoStore videos, VideoCreator creator, StudioOptions options, CancellationToken ct)
    {
        var original = videos.Find(id, ApiKeyFilter.OwnerOf(http));
        if (original is null) return ApiError.NotFound(id);
        var (prompt, error) = await RemixInput.ReadAsync(http.Request, options.Limits, ct);
        if (error is not null) return error;
        return Answer(creator.Create(original.Owner, new NewVideo(prompt!, original.Model, original.Seconds, original.Size) { RemixOf = original }), options);
    }

    private static IResult Answer(CreateResult created, StudioOptions options) => created.Refusal switch
    {
        CreateRefusal.BadPrompt => ApiError.BadRequest(created.Message!, "prompt", "invalid_prompt"),
        CreateRefusal.BadImage => ApiError.BadRequest(created.Message!, "input_reference", "invalid_image"),
        CreateRefusal.TooManyJobs => ApiError.TooManyJobs(options.Limits.MaxActiveJobsPerKey),
        _ => Results.Json(created.Video!.ToApi()),
    };

    private static IResult Retrieve(string id, HttpContext http, VideoStore videos) =>
        videos.Find(id, ApiKeyFilter.OwnerOf(http)) is { } v ? Results.Json(v.ToApi()) : ApiError.NotFound(id);

    private static IResult List(HttpContext http, VideoStore videos, string? after, string? limit, string? order)
    {
        var n = 20;
        if (limit is not null && (!int.TryParse(limit, out n) || n is < 1 or > 100))
            return ApiError.BadRequest("'limit' must be a whole number from 1 to 100.", "limit");
        if (order is not (null or "asc" or "desc")) return ApiError.BadRequest("'order' must be 'asc' or 'desc'.", "order");
        var page = videos.List(ApiKeyFilter.OwnerOf(http), after, n, ascending: order == "asc");
        if (page is not var (rows, hasMore)) return ApiError.BadRequest($"No video '{after}' to list after.", "after", "not_found");
        var data = rows.Select(r => r.ToApi()).ToList();
        return Results.Json(new VideoList("list", data, data.FirstOrDefault()?.Id, data.LastOrDefault()?.Id, hasMore));
    }

    private static IResult Delete(string id, HttpContext http, VideoCreator creator) =>
        creator.Delete(id, ApiKeyFilter.OwnerOf(http)) ? Results.Json(new VideoDeleted(id, "video.deleted", true)) : ApiError.NotFound(id);

    private static IResult Content(string id, HttpContext http, VideoStore videos, MediaStore media, string? variant)
    {
        variant ??= "video";
        if (variant is not ("video" or "thumbnail" or "spritesheet"))
            return ApiError.BadRequest("'variant' must be video, thumbnail or spritesheet.", "variant");
        var video = videos.Find(id, ApiKeyFilter.OwnerOf(http));
        if (video is null) return ApiError.NotFound(id);
        if (video.Status != VideoStatus.Completed)
            return ApiError.Conflict($"Video '{id}' is {video.Status}; its content is ready when it is completed.", "video_not_ready");
        var path = media.Variant(id, variant)!;
        if (!File.Exists(path)) return ApiError.NotFound(id);
        return Results.File(path, variant == "video" ? "video/mp4" : "image/jpeg", enableRangeProcessing: true);
    }
}
