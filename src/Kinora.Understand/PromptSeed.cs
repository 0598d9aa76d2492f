using Kinora.Plan;

namespace Kinora.Understand;

/// <summary>
/// The seed a plan gets when the request names none: drawn from the prompt's words, so the same prompt gives the
/// same video every time (tests and remixes can rely on it) while different prompts cast different people — with one
/// fixed default every prompt's first man had the same face and the same shirt. Small (under a million) so a person
/// can read it off the plan and pass it back with --seed.
/// </summary>
public static class PromptSeed
{
    public static long Of(string prompt)
    {
        // Case and spacing don't make a different prompt.
        var words = string.Join(' ', prompt.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return (long)(new SeededRandom(0, "prompt/" + words).NextULong() % 1_000_000);
    }
}
