using Kinora.Understand.Lexicon;

namespace Kinora.Understand;

/// <summary>
/// Petals, autumn leaves, sparks, confetti and bubbles are read as what fills the air (<c>world.particles</c>), not
/// as cast members: hundreds of tiny things are drawn by the renderer's particle pass, never staged one by one.
/// </summary>
internal sealed partial class PromptReader
{
    private string? _particles;

    /// <summary>A particle phrase at token i, with its modifiers and motion verb; returns tokens used (0: none).</summary>
    private int TryParticles(int i)
    {
        if (!Conditions.TryParticles(_t, i, out var kind, out var length)) return 0;
        _particles = kind;
        Note(i, length, "setting", $"particles: {kind}");
        ClearModifiers();
        return length;
    }
}
