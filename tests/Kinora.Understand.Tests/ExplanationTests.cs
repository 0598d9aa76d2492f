using Kinora.Plan;

namespace Kinora.Understand.Tests;

/// <summary>Every note points at the words it is about, says what they became, and the leftovers are listed.</summary>
public class ExplanationTests
{
    [Fact]
    public void Every_note_span_is_the_text_it_names()
    {
        var plan = Planner.Plan("Three small red rubber balls bounce to the left of a wooden crate on the moon, pan left. Then they roll.");
        Assert.NotEmpty(plan.Interpretation);
        foreach (var n in plan.Interpretation.Where(n => n.Start is not null))
        {
            var span = plan.Prompt.Substring(n.Start!.Value, n.Length!.Value);
            Assert.Equal(n.Text, span.ToLowerInvariant());
            Assert.Contains(n.Category, PlanSchema.InterpretationCategories);
        }
    }

    [Theory]
    [InlineData("a red ball bounces", "red", "attribute", "colour red (ball1)")]
    [InlineData("five dominoes fall", "five", "number", "count 5 (domino1)")]
    [InlineData("a glass vase", "glass", "attribute", "material glass (vase1)")]
    [InlineData("a cube to the left of a ball", "to the left of", "relation", "relation: cube1 left of ball1")]
    [InlineData("a ball falls from 2 meters", "2 meters", "number", "height 2 m")]
    [InlineData("a dog runs in a park", "runs", "action", "action: run (dog1)")]
    [InlineData("a dog runs in a park", "park", "setting", "setting: park")]
    [InlineData("a ball, zoom in", "zoom in", "camera", "camera: zoom in")]
    [InlineData("a dog runs. then it jumps", "it", "story", "refers to dog1")]
    public void Words_map_to_what_they_became(string prompt, string words, string category, string became)
    {
        var plan = Planner.Plan(prompt);
        Assert.Contains(plan.Interpretation, n => n.Text == words && n.Category == category && n.As == became);
    }

    [Fact]
    public void Every_content_word_of_a_plain_prompt_is_used()
    {
        var (_, notUsed) = Explanation.Uncovered(Planner.Plan("a red ball bounces on a wooden floor in a sunny park at sunset"));
        Assert.Empty(notUsed);
    }

    [Fact]
    public void Unused_words_are_listed_apart_from_grammar()
    {
        var plan = Planner.Plan("a ball bounces near a zorblaxian");
        var (grammar, notUsed) = Explanation.Uncovered(plan);
        Assert.Contains("a", grammar);
        Assert.DoesNotContain("ball", notUsed);
        Assert.Contains(plan.Interpretation, n => n is { Text: "zorblaxian", Understood: false, Category: "unknown" });
        Assert.Contains(plan.Interpretation, n => n is { Text: "near", Understood: false, Category: "relation" });
    }

    [Fact]
    public void The_table_lists_rows_in_prompt_order_and_marks_what_was_not_understood()
    {
        var table = Explanation.Table(Planner.Plan("a zorblaxian and a red ball bounce"));
        var lines = table.Split('\n');
        var zorb = Array.FindIndex(lines, l => l.StartsWith("zorblaxian", StringComparison.Ordinal));
        var red = Array.FindIndex(lines, l => l.StartsWith("red ", StringComparison.Ordinal));
        Assert.True(zorb > 0 && red > zorb, table);
        Assert.Contains("✗ not understood", lines[zorb]);
        Assert.Contains("grammar words: a, and", table);
    }

    [Fact]
    public void A_word_neither_table_nor_wordnet_knows_is_read_by_its_ending()
    {
        var plan = Planner.Plan("a firetruck and a robodog");
        Assert.Equal(["truck", "dog"], plan.Cast.Select(c => c.Kind));
        Assert.Contains(plan.Interpretation, n => n.Text == "robodog" && n.As.Contains("ending 'dog'"));
    }
}
