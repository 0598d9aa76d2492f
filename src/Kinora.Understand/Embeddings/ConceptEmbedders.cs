using System.Reflection;

namespace Kinora.Understand.Embeddings;

/// <summary>
/// Finds the optional embedder: the <c>Kinora.Understand.Embeddings</c> assembly (SentenceTransformers' MiniLM,
/// whose model alone is 91 MB) when the host was built with it (<c>-p:KinoraEmbeddings=true</c>, or that
/// variable set when building), else none. Loading by name keeps Kinora.Understand, the Engine and every test
/// project free of the 335 MB it brings; nothing is loaded until the first unknown noun asks for a vector.
/// KINORA_EMBEDDINGS=off turns an installed one off.
/// </summary>
public static class ConceptEmbedders
{
    public const string AssemblyName = "Kinora.Understand.Embeddings";
    public const string Variable = "KINORA_EMBEDDINGS";

    private static readonly Lazy<IConceptEmbedder?> Found = new(Find, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The installed embedder, created once a process (cheap: its model loads on first use), or null.</summary>
    public static IConceptEmbedder? Installed => Found.Value;

    private static IConceptEmbedder? Find()
    {
        if (Environment.GetEnvironmentVariable(Variable)?.Trim().ToLowerInvariant() is "0" or "off" or "false" or "no") return null;
        try
        {
            var assembly = Assembly.Load(new AssemblyName(AssemblyName));
            var type = assembly.GetExportedTypes().FirstOrDefault(t =>
                typeof(IConceptEmbedder).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null);
            return type is null ? null : (IConceptEmbedder?)Activator.CreateInstance(type);
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException or TypeLoadException)
        {
            return null;   // not built in: the planner reads unknown nouns by WordNet and their endings alone
        }
    }
}
