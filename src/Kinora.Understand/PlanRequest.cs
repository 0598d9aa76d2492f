namespace Kinora.Understand;

/// <summary>What the caller fixes regardless of the prompt (command-line options); null means "from the prompt or default".</summary>
public sealed record PlanRequest
{
    public long? Seed { get; init; }
    public int? Width { get; init; }
    public int? Height { get; init; }
    public int? Fps { get; init; }
    public double? Seconds { get; init; }
    /// <summary>A still image the video starts from (image-to-video); becomes <c>plan.picture</c>.</summary>
    public string? ImagePath { get; init; }
    /// <summary>The meaning-vector fallback for unknown nouns; null means the installed one, if any
    /// (<see cref="Embeddings.ConceptEmbedders.Installed"/>).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Embeddings.IConceptEmbedder? Embedder { get; init; }
}

/// <summary>A prompt that cannot become a plan (empty, too long, nothing but noise).</summary>
public sealed class PromptException(string message) : Exception(message);
