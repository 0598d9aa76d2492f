using Kinora.Plan;
using Kinora.Understand.Embeddings;
using Kinora.Understand.Llm;

namespace Kinora.Understand;

/// <summary>The Understand stage's entry point: a prompt becomes a validated, explained ScenePlan.</summary>
public static class Planner
{
    /// <summary>Longest prompt accepted, in characters (a long story of many shots fits); longer input is a mistake
    /// or an attack, not a scene. Reading is linear in length: 10,000 characters plan in milliseconds.</summary>
    public const int MaxPromptLength = 10_000;

    /// <summary>The built-in plan, or the LLM's when KINORA_LLM_URL is set (see <see cref="LlmSettings"/>).</summary>
    public static ScenePlan Plan(string prompt, PlanRequest? request = null) => Plan(prompt, request, LlmSettings.FromEnvironment());

    /// <summary>As above with explicit LLM settings; null means the built-in planner alone.</summary>
    public static ScenePlan Plan(string prompt, PlanRequest? request, LlmSettings? llm)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var text = new string(prompt.Where(c => !char.IsControl(c) || c is '\n' or '\t').ToArray()).Trim();
        if (text.Length == 0) throw new PromptException("the prompt is empty: describe the scene, e.g. \"a red ball bounces on a wooden floor\"");
        if (text.Length > MaxPromptLength) throw new PromptException($"the prompt is {text.Length} characters long; the limit is {MaxPromptLength}");
        var plan = PromptReader.Read(text, request?.Embedder ?? ConceptEmbedders.Installed).ToPlan(text, request ?? new PlanRequest());
        PlanValidator.ThrowIfInvalid(plan);
        return llm is null ? plan : new LlmPlanner(llm).Plan(text, request ?? new PlanRequest(), plan);
    }
}
