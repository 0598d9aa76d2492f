using System.Text.Json;
using Kinora.Studio.Api;

namespace Kinora.Studio.Videos;

/// <summary>The remix body, `{prompt}`, as JSON or a form (the official clients may send either).</summary>
public static class RemixInput
{
    public static async Task<(string? Prompt, IResult? Error)> ReadAsync(HttpRequest request, LimitOptions limits, CancellationToken ct)
    {
        if (request.ContentLength > limits.MaxRequestBytes) return (null, ApiError.TooLarge(limits.MaxRequestBytes));
        string? prompt;
        try
        {
            if (request.HasFormContentType) prompt = (await request.ReadFormAsync(ct))["prompt"].ToString();
            else
            {
                using var doc = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
                prompt = doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("prompt", out var p)
                         && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
            }
        }
        catch (JsonException) { return (null, ApiError.BadRequest("The body is not valid JSON.", null, "invalid_json")); }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge) { return (null, ApiError.TooLarge(limits.MaxRequestBytes)); }
        prompt = prompt?.Trim();
        if (string.IsNullOrEmpty(prompt)) return (null, ApiError.BadRequest("'prompt' is required and must not be empty.", "prompt", "missing_required_parameter"));
        if (prompt.Length > limits.MaxPromptChars)
            return (null, ApiError.BadRequest($"'prompt' is longer than {limits.MaxPromptChars} characters.", "prompt", "string_above_max_length"));
        return (prompt, null);
    }
}
