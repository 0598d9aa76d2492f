using System.Text.Json;
using Kinora.Studio.Api;
using Microsoft.AspNetCore.Http.Features;

namespace Kinora.Studio.Videos;

/// <summary>
/// The create request, read from JSON or multipart/form-data (the official clients send multipart), and
/// validated as a whole before anything is written, so bad input leaves nothing behind. The image itself is
/// judged by <see cref="VideoCreator"/> once it is saved.
/// </summary>
public static class CreateVideoInput
{
    /// <summary>Reads and validates the body; on failure returns the error to send instead.</summary>
    public static async Task<(NewVideo? Input, IResult? Error)> ReadAsync(HttpRequest request, LimitOptions limits, CancellationToken ct)
    {
        if (request.ContentLength > limits.MaxRequestBytes) return (null, ApiError.TooLarge(limits.MaxRequestBytes));
        try
        {
            var fields = request.HasFormContentType ? await ReadFormAsync(request, limits, ct) : await ReadJsonAsync(request, ct);
            if (fields.Error is not null) return (null, fields.Error);
            return Validate(fields.Values!, fields.Reference, limits);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, ApiError.TooLarge(limits.MaxRequestBytes));
        }
        catch (InvalidDataException e) // multipart section or form value over its limit
        {
            return (null, ApiError.Make(StatusCodes.Status413PayloadTooLarge, e.Message, "invalid_request_error", null, "request_too_large"));
        }
    }

    private static (NewVideo?, IResult?) Validate(Dictionary<string, string?> f, ReferenceImage? reference, LimitOptions limits)
    {
        var prompt = f.GetValueOrDefault("prompt")?.Trim();
        if (string.IsNullOrEmpty(prompt)) return (null, ApiError.BadRequest("'prompt' is required and must not be empty.", "prompt", "missing_required_parameter"));
        if (prompt.Length > limits.MaxPromptChars)
            return (null, ApiError.BadRequest($"'prompt' is longer than {limits.MaxPromptChars} characters.", "prompt", "string_above_max_length"));
        var model = f.GetValueOrDefault("model") ?? VideoChoices.DefaultModel;
        if (!VideoChoices.Models.ContainsKey(model))
            return (null, ApiError.BadRequest($"Invalid 'model': '{model}'. Supported: {string.Join(", ", VideoChoices.Models.Keys)}.", "model"));
        var seconds = f.GetValueOrDefault("seconds") ?? VideoChoices.DefaultSeconds;
        if (!VideoChoices.Seconds.Contains(seconds))
            return (null, ApiError.BadRequest($"Invalid 'seconds': '{seconds}'. Supported: {string.Join(", ", VideoChoices.Seconds)}.", "seconds"));
        var size = f.GetValueOrDefault("size") ?? VideoChoices.DefaultSize;
        if (!VideoChoices.Sizes.Contains(size))
            return (null, ApiError.BadRequest($"Invalid 'size': '{size}'. Supported: {string.Join(", ", VideoChoices.Sizes)}.", "size"));

        if (reference is null && f.GetValueOrDefault("input_reference.image_url") is { } url)
        {
            var (image, error) = DecodeDataUrl(url, limits);
            if (error is not null) return (null, error);
            reference = image;
        }
        return (new NewVideo(prompt, model, seconds, size) { Reference = reference }, null);
    }

    private static async Task<(Dictionary<string, string?>? Values, ReferenceImage? Reference, IResult? Error)> ReadJsonAsync(HttpRequest request, CancellationToken ct)
    {
        JsonDocument doc;
        try { doc = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct); }
        catch (JsonException) { return (null, null, ApiError.BadRequest("The body is not valid JSON.", null, "invalid_json")); }
        using var _ = doc;
        if (doc.RootElement.ValueKind != JsonValueKind.Object)
            return (null, null, ApiError.BadRequest("The body must be a JSON object.", null, "invalid_json"));
        var values = new Dictionary<string, string?>();
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            if (p.Name == "input_reference" && p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("image_url", out var u))
                values["input_reference.image_url"] = u.GetString();
            else if (p.Value.ValueKind == JsonValueKind.String) values[p.Name] = p.Value.GetString();
            else if (p.Value.ValueKind == JsonValueKind.Number) values[p.Name] = p.Value.GetRawText(); // seconds: 4 as a number
            else if (p.Value.ValueKind != JsonValueKind.Null)
                return (null, null, ApiError.BadRequest($"'{p.Name}' must be a string.", p.Name, "invalid_type"));
        }
        return (values, null, null);
    }

    private static async Task<(Dictionary<string, string?>? Values, ReferenceImage? Reference, IResult? Error)> ReadFormAsync(
        HttpRequest request, LimitOptions limits, CancellationToken ct)
    {
        request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions
        {
            MultipartBodyLengthLimit = limits.MaxRequestBytes,
            ValueLengthLimit = (int)Math.Min(int.MaxValue, limits.MaxRequestBytes),
        }));
        var form = await request.ReadFormAsync(ct);
        var values = new Dictionary<string, string?>();
        foreach (var (k, v) in form)
            values[k == "input_reference[image_url]" ? "input_reference.image_url" : k] = v.ToString();
        ReferenceImage? reference = null;
        if (form.Files.GetFile("input_reference") is { } file)
        {
            if (file.Length > limits.MaxUploadBytes)
                return (null, null, ApiError.Make(StatusCodes.Status413PayloadTooLarge, $"'input_reference' is larger than {limits.MaxUploadBytes} bytes.",
                    "invalid_request_error", "input_reference", "file_too_large"));
            using var ms = new MemoryStream();
            await file.CopyToAsync(ms, ct);
            reference = new ReferenceImage(ms.ToArray());
        }
        return (values, reference, null);
    }

    private static (ReferenceImage?, IResult?) DecodeDataUrl(string url, LimitOptions limits)
    {
        // Only data URLs: fetching a caller-given URL from the server would let callers make it reach other hosts.
        var comma = url.IndexOf(',');
        if (!url.StartsWith("data:image/", StringComparison.Ordinal) || comma < 0 || !url[..comma].EndsWith(";base64", StringComparison.Ordinal))
            return (null, ApiError.BadRequest("'input_reference.image_url' must be a base64 data URL (data:image/...;base64,...).", "input_reference", "invalid_image_url"));
        byte[] bytes;
        try { bytes = Convert.FromBase64String(url[(comma + 1)..]); }
        catch (FormatException) { return (null, ApiError.BadRequest("'input_reference.image_url' is not valid base64.", "input_reference", "invalid_image_url")); }
        if (bytes.Length > limits.MaxUploadBytes)
            return (null, ApiError.Make(StatusCodes.Status413PayloadTooLarge, $"'input_reference' is larger than {limits.MaxUploadBytes} bytes.",
                "invalid_request_error", "input_reference", "file_too_large"));
        return (new ReferenceImage(bytes), null);
    }
}
