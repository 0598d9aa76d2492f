using System.Text.Json;

namespace Kinora.Understand.Llm;

/// <summary>Takes the plan text out of a chat-completions answer: <c>choices[0].message.content</c>.</summary>
public static class ChatAnswer
{
    /// <summary>The first choice's content, without a Markdown code fence some models add even in JSON mode;
    /// throws <see cref="LlmException"/> saying what the answer lacked.</summary>
    public static string Content(string responseBody)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(responseBody); }
        catch (JsonException) { throw new LlmException("the answer was not a chat completion (not JSON)"); }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("choices", out var choices) || choices.ValueKind != JsonValueKind.Array
                || choices.GetArrayLength() == 0)
                throw new LlmException("the answer held no choices");
            if (choices[0].ValueKind != JsonValueKind.Object
                || !choices[0].TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.Object
                || !message.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.String)
                throw new LlmException("the answer's first choice held no message content");
            return Unfence(content.GetString()!);
        }
    }

    private static string Unfence(string text)
    {
        var t = text.Trim();
        if (!t.StartsWith("```", StringComparison.Ordinal)) return t;
        var firstLineEnd = t.IndexOf('\n');
        var closing = t.LastIndexOf("```", StringComparison.Ordinal);
        return firstLineEnd < 0 || closing <= firstLineEnd ? t : t[(firstLineEnd + 1)..closing].Trim();
    }
}

/// <summary>Why the LLM's answer could not become a plan; the planner turns it into the fallback note.</summary>
public sealed class LlmException(string message) : Exception(message);
