namespace Kinora.Understand.Embeddings;

/// <summary>
/// Text to a meaning vector (a sentence embedding): the planner's last resort for a noun that neither its tables,
/// WordNet nor the word's ending explain. Implementations may take seconds to load and tens of milliseconds a
/// call, so the planner asks only for such words, never on the usual path; they must be deterministic and safe to
/// call from several threads.
/// </summary>
public interface IConceptEmbedder
{
    /// <summary>A short name for the interpretation ("MiniLM").</summary>
    string Name { get; }

    /// <summary>The vector for <paramref name="text"/>; every call returns vectors of one length.</summary>
    float[] Embed(string text);
}
