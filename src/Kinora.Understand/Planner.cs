using Kinora.Plan;
using Kinora.Understand.Llm;

namespace Kinora.Understand;

/// <summary>The Understand stage's entry point: a prompt becomes a validated, explained ScenePlan.</summary>
public static class Planner
{
    /// <summary>Longest prompt accepted, in characters; longer input is a mistake or an attack, not a scene.</summary>
    public const int MaxPromptLength = 4000;

    /// <summary>The built-in plan, or the LLM's when KINORA_LLM_URL is set (see <see cref="LlmSettings"/>).</summary>
    public static ScenePlan Plan(string prompt, PlanRequest? request = null) => Plan(prompt, request, LlmSettings.FromEnvironment());

    /// <summary>As above with explicit LLM settings; null means the built-in planner alone.</summary>
    public static ScenePlan Plan(string prompt, PlanRequest? request, LlmSettings? llm)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var text = new string(prompt.Where(c => !char.IsControl(c) || c is '\n' or '\t').ToArray()).Trim();
        if (text.Length == 0) throw new PromptException("the prompt is empty: describe the scene, e.g. \"a red ball bounces on a wooden floor\"");
        if (text.Length > MaxPromptLength) throw new PromptException($"the prompt is {text.Length} characters long; the limit is {MaxPromptLength}");
        var plan = PromptReader.Read(text).ToPlan(text, request ?? new PlanRequest());
        PlanValidator.ThrowIfInvalid(plan);
        return llm is null ? plan : new LlmPlanner(llm).Plan(text, request ?? new PlanRequest(), plan);
    }
}
