namespace Kinora.Studio.Api;

/// <summary>
/// OpenAI's error envelope, `{"error":{"message","type","param","code"}}`, which its clients turn into typed
/// exceptions (BadRequestError, AuthenticationError, NotFoundError …) by status code.
/// </summary>
public static class ApiError
{
    public static IResult BadRequest(string message, string? param, string? code = "invalid_value") =>
        Make(StatusCodes.Status400BadRequest, message, "invalid_request_error", param, code);

    public static IResult Unauthorized(string message) =>
        Make(StatusCodes.Status401Unauthorized, message, "invalid_request_error", null, "invalid_api_key");

    public static IResult NotFound(string id) =>
        Make(StatusCodes.Status404NotFound, $"Video with id '{id}' not found.", "invalid_request_error", "video_id", "not_found");

    public static IResult Conflict(string message, string? code) =>
        Make(StatusCodes.Status409Conflict, message, "invalid_request_error", null, code);

    public static IResult TooLarge(long limit) =>
        Make(StatusCodes.Status413PayloadTooLarge, $"Request body is larger than {limit} bytes.", "invalid_request_error", null, "request_too_large");

    public static IResult TooManyJobs(int limit) =>
        Make(StatusCodes.Status429TooManyRequests, $"This key already has {limit} videos queued or rendering; wait for one to finish.",
            "rate_limit_error", null, "too_many_concurrent_jobs");

    public static IResult Internal(string message) =>
        Make(StatusCodes.Status500InternalServerError, message, "server_error", null, null);

    public static IResult Make(int status, string message, string type, string? param, string? code) =>
        Results.Json(new ErrorEnvelope(new ErrorBody(message, type, param, code)), statusCode: status);
}

public sealed record ErrorEnvelope(ErrorBody Error);

public sealed record ErrorBody(string Message, string Type, string? Param, string? Code);
