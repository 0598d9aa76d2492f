using System.Net.Http.Headers;
using System.Text;
using Kinora.Plan;

namespace Kinora.Understand.Llm;

/// <summary>
/// The optional planner: asks an OpenAI-compatible chat endpoint for the plan, and keeps the built-in plan whenever
/// the answer is missing, late, malformed or invalid. It never throws: a video from the built-in plan is better
/// than no video. Either way the plan gets one note saying which planner made it and, after a fallback, why.
/// </summary>
public sealed class LlmPlanner(LlmSettings settings)
{
    // One client for the process (sockets are pooled); each request carries its own deadline instead.
    private static readonly HttpClient Http = new() { Timeout = System.Threading.Timeout.InfiniteTimeSpan };

    public ScenePlan Plan(string prompt, PlanRequest request, ScenePlan builtIn)
    {
        try
        {
            var plan = FixedChoices.Apply(PlanJson.Parse(Ask(prompt, builtIn)), builtIn, prompt, request);
            PlanValidator.ThrowIfInvalid(plan); // again: the caller's choices must suit the model's plan too
            return WithNote(plan, $"planned by the LLM ({settings.Describe()})");
        }
        catch (Exception e)
        {
            return WithNote(builtIn, $"planned by the built-in planner: the LLM ({settings.Describe()}) failed: {Reason(e)}");
        }
    }

    private string Ask(string prompt, ScenePlan builtIn)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, settings.ChatCompletionsUri)
        {
            Content = new StringContent(PlanChatRequest.Build(prompt, builtIn, settings), Encoding.UTF8, "application/json"),
        };
        if (settings.Key is { } key) message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var deadline = new CancellationTokenSource(settings.Timeout);
        try
        {
            // Planner.Plan is synchronous for its callers, so the request is too; the body is read under the deadline.
            using var response = Http.Send(message, deadline.Token);
            using var reader = new StreamReader(response.Content.ReadAsStream(deadline.Token), Encoding.UTF8);
            var body = reader.ReadToEnd();
            if (!response.IsSuccessStatusCode)
                throw new LlmException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            return ChatAnswer.Content(body);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new LlmException($"no answer within {settings.Timeout.TotalSeconds:0.###} s");
        }
    }

    private static string Reason(Exception e) => e switch
    {
        LlmException => e.Message,
        PlanException p => "its answer was not a valid plan: " + string.Join("; ", p.Errors.Take(3)) + (p.Errors.Count > 3 ? "; …" : ""),
        HttpRequestException => "could not reach it: " + e.Message,
        _ => e.Message,
    };

    /// <summary>A note with no span: it is about the whole plan, so it covers no words in the explanation.</summary>
    private static ScenePlan WithNote(ScenePlan plan, string what) =>
        plan with { Interpretation = [.. plan.Interpretation ?? [], new InterpretationNote { Text = "(planner)", As = what }] };
}
