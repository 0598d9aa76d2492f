namespace Kinora.Plan;

/// <summary>One problem in a plan: the JSON field it is about and what is wrong.</summary>
public sealed record PlanError(string Field, string Message)
{
    public override string ToString() => Field.Length == 0 ? Message : $"{Field}: {Message}";
}

/// <summary>A plan that cannot be rendered; <see cref="Exception.Message"/> lists every error on one line.</summary>
public sealed class PlanException(IReadOnlyList<PlanError> errors)
    : Exception("invalid plan: " + string.Join("; ", errors))
{
    public IReadOnlyList<PlanError> Errors { get; } = errors;
}
