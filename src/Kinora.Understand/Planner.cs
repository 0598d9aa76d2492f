using Kinora.Plan;

namespace Kinora.Understand;

/// <summary>The Understand stage's entry point: a prompt becomes a validated, explained ScenePlan.</summary>
public static class Planner
{
    /// <summary>Longest prompt accepted, in characters; longer input is a mistake or an attack, not a scene.</summary>
    public const int MaxPromptLength = 4000;

    public static ScenePlan Plan(string prompt, PlanRequest? request = null)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var text = new string(prompt.Where(c => !char.IsControl(c) || c is '\n' or '\t').ToArray()).Trim();
        if (text.Length == 0) throw new PromptException("the prompt is empty: describe the scene, e.g. \"a red ball bounces on a wooden floor\"");
        if (text.Length > MaxPromptLength) throw new PromptException($"the prompt is {text.Length} characters long; the limit is {MaxPromptLength}");
        var plan = PromptReader.Read(text).ToPlan(text, request ?? new PlanRequest());
        PlanValidator.ThrowIfInvalid(plan);
        return plan;
    }
}
