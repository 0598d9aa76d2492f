namespace Kinora.Understand.Llm;

/// <summary>
/// Where the optional LLM planner asks for plans: an OpenAI-compatible base URL (".../v1"), an optional Bearer key,
/// the model name and how long to wait. Off unless <c>KINORA_LLM_URL</c> is set, so the built-in planner stays the
/// default and plans stay reproducible without a network.
/// </summary>
public sealed record LlmSettings(string BaseUrl, string? Key = null, string Model = LlmSettings.DefaultModel)
{
    public const string DefaultModel = "gpt-4o-mini";

    /// <summary>Long enough for a local model's first answer, short enough that a dead endpoint costs little.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>From KINORA_LLM_URL, KINORA_LLM_KEY and KINORA_LLM_MODEL; null when no URL is set (the planner is off).</summary>
    public static LlmSettings? FromEnvironment() => From(Environment.GetEnvironmentVariable);

    /// <summary>The same, from any variable lookup (tests pass a dictionary instead of touching the process's environment).</summary>
    public static LlmSettings? From(Func<string, string?> variable)
    {
        var url = variable("KINORA_LLM_URL");
        if (string.IsNullOrWhiteSpace(url)) return null;
        var key = variable("KINORA_LLM_KEY");
        var model = variable("KINORA_LLM_MODEL");
        return new LlmSettings(url.Trim(), string.IsNullOrWhiteSpace(key) ? null : key.Trim(),
            string.IsNullOrWhiteSpace(model) ? DefaultModel : model.Trim());
    }

    /// <summary>The chat endpoint: the base URL with "/chat/completions", as every OpenAI-compatible server names it.</summary>
    public Uri ChatCompletionsUri => new(BaseUrl.TrimEnd('/') + "/chat/completions");

    /// <summary>Model and host for the plan's note; never the key, and not the whole URL (it may carry a token).</summary>
    public string Describe()
    {
        var host = Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) ? uri.Authority : BaseUrl;
        return $"model {Model} at {host}";
    }
}
