using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kinora.Plan;

/// <summary>
/// The plan's JSON form: camelCase, unknown fields rejected (a typo in an edited plan is an error, not a silent
/// default), nulls omitted. Parse errors become <see cref="PlanException"/> naming the field path.
/// </summary>
public static class PlanJson
{
    public static readonly JsonSerializerOptions Options = Create(indented: true);
    private static readonly JsonSerializerOptions Compact = Create(indented: false);

    private static JsonSerializerOptions Create(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        WriteIndented = indented,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        NumberHandling = JsonNumberHandling.Strict,
    };

    public static string Serialize(ScenePlan plan, bool indented = true) =>
        JsonSerializer.Serialize(plan, indented ? Options : Compact);

    /// <summary>Parses and validates a plan; throws <see cref="PlanException"/> with every problem found.</summary>
    public static ScenePlan Parse(string json)
    {
        ScenePlan? plan;
        try
        {
            plan = JsonSerializer.Deserialize<ScenePlan>(json, Options);
        }
        catch (JsonException e)
        {
            var field = FieldFromPath(e.Path);
            var why = e.Message.Split(" Path:")[0];
            if (why.Contains("could not be mapped", StringComparison.Ordinal))
                why = "unknown field (check its spelling against the plan schema)";
            else if (why.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
                why = "wrong type of value";
            throw new PlanException([new PlanError(field, why)]);
        }
        if (plan is null) throw new PlanException([new PlanError("", "the plan is empty (null)")]);
        PlanValidator.ThrowIfInvalid(plan);
        return plan;
    }

    /// <summary>"$.cast[0].traits.color" → "cast[0].traits.color".</summary>
    private static string FieldFromPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "(document)" : path.TrimStart('$').TrimStart('.');
}
