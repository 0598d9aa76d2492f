namespace Kinora.Sound.Speech;

/// <summary>
/// Counts Festival runs made on the current logical call path (it flows with async calls and tasks, not across
/// unrelated threads), so a test or a bench can check that a clip synthesizes each line once although its speech
/// feeds three stages (mouths, mix and captions). Scopes nest: every open scope sees the runs made inside it.
/// </summary>
public sealed class FestivalRuns : IDisposable
{
    private static readonly AsyncLocal<FestivalRuns?> Current = new();
    private readonly FestivalRuns? _outer;
    private int _count;

    private FestivalRuns(FestivalRuns? outer) => _outer = outer;

    /// <summary>Festival processes started since <see cref="Count"/> was called, on this call path.</summary>
    public int Runs => Volatile.Read(ref _count);

    /// <summary>Starts counting; dispose to stop.</summary>
    public static FestivalRuns Count() => Current.Value = new FestivalRuns(Current.Value);

    internal static void Started()
    {
        for (var scope = Current.Value; scope is not null; scope = scope._outer) Interlocked.Increment(ref scope._count);
    }

    public void Dispose()
    {
        if (ReferenceEquals(Current.Value, this)) Current.Value = _outer;
    }
}
