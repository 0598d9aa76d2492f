using System.Text;
using Kinora.Plan;
using Kinora.Understand.Lexicon;

namespace Kinora.Understand;

/// <summary>One line of the explanation: a span of the prompt, what kind of plan element it became, and which.</summary>
public sealed record ExplanationRow(string Words, string Category, string Became, bool Understood);

/// <summary>
/// What the planner did with each word of a plan's prompt, for people: the interpretation notes in prompt order,
/// then the words no note covers, split into grammar (articles, prepositions: needed to read, not to draw) and
/// words that were simply not used. `kinora plan --explain` prints <see cref="Table"/>; the Studio shows the rows.
/// </summary>
public static class Explanation
{
    private const int WordsColumn = 26, CategoryColumn = 10;

    public static IReadOnlyList<ExplanationRow> Rows(ScenePlan plan) =>
        plan.Interpretation
            .Select((n, order) => (n, order))
            .OrderBy(x => x.n.Start ?? int.MaxValue).ThenBy(x => x.order)
            .Select(x => new ExplanationRow(x.n.Text, x.n.Category ?? (x.n.Understood ? "" : "unknown"), x.n.As, x.n.Understood))
            .ToList();

    /// <summary>Words of the prompt that no note covers: (grammar words, content words not used).</summary>
    public static (IReadOnlyList<string> Grammar, IReadOnlyList<string> NotUsed) Uncovered(ScenePlan plan)
    {
        var covered = new bool[plan.Prompt.Length + 1];
        foreach (var n in plan.Interpretation)
            if (n is { Start: { } s, Length: { } l })
                for (var k = Math.Max(0, s); k < Math.Min(covered.Length, s + l); k++) covered[k] = true;
        var grammar = new List<string>();
        var notUsed = new List<string>();
        foreach (var t in Tokenizer.Tokenize(plan.Prompt))
        {
            if (t.Start < covered.Length && covered[t.Start] || !t.Text.Any(char.IsLetterOrDigit)) continue;
            (FunctionWords.All.Contains(t.Text) ? grammar : notUsed).Add(t.Text);
        }
        return (grammar.Distinct().ToList(), notUsed.Distinct().ToList());
    }

    /// <summary>A plain-text table: words │ category │ what they became, then the uncovered words.</summary>
    public static string Table(ScenePlan plan)
    {
        var sb = new StringBuilder();
        sb.Append("prompt: ").AppendLine(plan.Prompt).AppendLine();
        sb.Append(Pad("words", WordsColumn)).Append("  ").Append(Pad("as", CategoryColumn)).Append("  ").AppendLine("became");
        sb.Append(new string('-', WordsColumn)).Append("  ").Append(new string('-', CategoryColumn)).Append("  ").AppendLine(new string('-', 40));
        foreach (var r in Rows(plan))
        {
            var words = r.Words.Length > WordsColumn ? r.Words[..(WordsColumn - 1)] + "…" : r.Words;
            sb.Append(Pad(words, WordsColumn)).Append("  ").Append(Pad(r.Category, CategoryColumn)).Append("  ")
              .AppendLine(r.Understood ? r.Became : "✗ " + r.Became);
        }
        var (grammar, notUsed) = Uncovered(plan);
        sb.AppendLine();
        sb.Append("not used: ").AppendLine(notUsed.Count == 0 ? "(none)" : string.Join(", ", notUsed));
        sb.Append("grammar words: ").AppendLine(grammar.Count == 0 ? "(none)" : string.Join(", ", grammar));
        return sb.ToString();
    }

    private static string Pad(string s, int width) => s.Length >= width ? s : s + new string(' ', width - s.Length);
}
