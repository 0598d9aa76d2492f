using System.Text.Json;
using System.Text.Json.Nodes;
using Kinora.Plan;

namespace Kinora.Understand.Llm;

/// <summary>
/// The chat-completions body that asks a model for a ScenePlan: a system message with the plan's shape, its fixed
/// vocabularies and the built-in planner's plan for the same prompt as a worked example, then the prompt itself.
/// JSON mode, temperature 0 and the plan's seed keep the answer as repeatable as the server allows.
/// </summary>
public static class PlanChatRequest
{
    public static string Build(string prompt, ScenePlan example, LlmSettings settings)
    {
        var body = new JsonObject
        {
            ["model"] = settings.Model,
            ["messages"] = new JsonArray
            {
                new JsonObject { ["role"] = "system", ["content"] = SystemMessage(example) },
                new JsonObject { ["role"] = "user", ["content"] = prompt },
            },
            ["response_format"] = new JsonObject { ["type"] = "json_object" },
            ["temperature"] = 0,
            ["seed"] = example.Seed,
        };
        return body.ToJsonString();
    }

    private static string SystemMessage(ScenePlan example) => $$$"""
        You turn a video prompt into a Kinora ScenePlan. Answer with one JSON object and nothing else.
        Fields (camelCase; unknown fields are rejected): version (always {{{PlanSchema.CurrentVersion}}}), seed, prompt,
        format {width, height, fps, seconds}, look {style, grade?}, world {setting, indoor, timeOfDay (0-24),
        weather, gravity (m/s²), ground (material)}, cast [{id (unique, no '.'), kind (COCO class name where one applies),
        count (1-200), traits {color?, material?, size? (metres)}}], relations [{subject, relation, object,
        secondObject? (only for "between")}] with ids from cast, shots [{id, start, seconds,
        camera {move, target? (a cast id), lensMm (8-600), framing}, actions [{actor (a cast id), verb, object?,
        start?, end?, height?, speed?, manner []}]}] (at least one shot), audio {music? {mood, bpm}, ambience [],
        lines [{speaker, text, start?}]}, interpretation [{text, as, understood, start?, length?, category?}].
        relation is one of: {{{string.Join(", ", PlanSchema.Relations)}}}.
        category is one of: {{{string.Join(", ", PlanSchema.InterpretationCategories)}}}.
        Sizes: {{{PlanSchema.SupportedSizesText}}}; fps {{{PlanSchema.MinFps}}}-{{{PlanSchema.MaxFps}}}; seconds {{{PlanSchema.MinSeconds}}}-{{{PlanSchema.MaxSeconds}}}.
        The built-in planner's plan for this prompt, to improve on where it misread the words:
        {{{PlanJson.Serialize(example, indented: false)}}}
        """;
}
