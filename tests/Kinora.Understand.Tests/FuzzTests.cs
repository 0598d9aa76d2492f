using System.Text;
using Kinora.Plan;

namespace Kinora.Understand.Tests;

/// <summary>
/// Thousands of random and hostile prompts: every one gives a valid plan or a <see cref="PromptException"/> with a
/// message, never another exception or a hang, and the same prompt always gives the same plan.
/// </summary>
public class FuzzTests
{
    private static readonly string[] Vocabulary =
    [
        "a", "the", "and", "then", "it", "they", "she", "of", "between", "around", "near", "far", "from", "on", "in",
        "inside", "left", "right", "top", "tower", "stack", "pair", "few", "twenty", "3", "meters", "per", "second",
        "seconds", "ball", "balls", "dog", "cat", "robot", "ramp", "pendulum", "newton's", "cradle", "billiards",
        "break", "pours", "sand", "sinks", "floats", "water", "moon", "mars", "space", "outer", "red", "glass",
        "iron", "rubber", "falls", "off", "over", "knocks", "down", ".", ",", "!", "\"", "cut", "to", "after", "that",
        "meanwhile", "pan", "zoom", "slow", "motion", "painting", "tv", "poster", "-5", "1e308", "NaN", "∞", "0.0001",
    ];

    private static readonly string[] Hostile =
    [
        "", " ", "\n\t\r", "\0\0\0", "'; DROP TABLE plans; --", "\" OR 1=1 --", "<script>alert(1)</script>", "${jndi:ldap://x}",
        "%s%s%s%n", "../../../../etc/passwd", "🎈🐶🐱🚗", "كرة حمراء تقفز", "כדור אדום קופץ", "\u202Ea red ball\u202C",
        "红色的球在弹跳", "a\u0301\u0302\u0303 ball", "\u200B\u200B\u200B", "\uD800 ball \uDC00", "ＡＢＣ ｂａｌｌ",
        "a ball between", "between and and", "a tower of of of", "then then then then", "it it it", "\"\"\"\"", "\"unclosed quote",
        "a ball 999999999999 meters per second", "0 balls", "a ball for 0 seconds", "a ball for 1e9 seconds",
        new string('a', 100_000), string.Concat(Enumerable.Repeat("a ball then ", 400)), string.Concat(Enumerable.Repeat("🎈", 5000)),
    ];

    [Fact]
    public void Random_and_hostile_prompts_never_crash()
    {
        var random = new SeededRandom(2026, "fuzz");
        var prompts = new List<string>(Hostile);
        for (var k = 0; k < 1500; k++) prompts.Add(WordSalad(ref random));
        for (var k = 0; k < 1500; k++) prompts.Add(CharacterNoise(ref random));
        foreach (var prompt in prompts)
        {
            try
            {
                var plan = Planner.Plan(prompt);
                Assert.Empty(PlanValidator.Validate(plan));
            }
            catch (PromptException e)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Message));
            }
            catch (Exception e)
            {
                Assert.Fail($"{e.GetType().Name} for prompt {Escape(prompt)}: {e.Message}");
            }
        }
    }

    [Fact]
    public void The_same_prompt_gives_the_same_plan()
    {
        var random = new SeededRandom(7, "fuzz-determinism");
        for (var k = 0; k < 200; k++)
        {
            var prompt = WordSalad(ref random);
            string Once() { try { return PlanJson.Serialize(Planner.Plan(prompt)); } catch (PromptException e) { return e.Message; } }
            Assert.Equal(Once(), Once());
        }
    }

    private static string WordSalad(ref SeededRandom random)
    {
        var n = 1 + (int)(random.NextDouble() * 25);
        var words = new string[n];
        for (var i = 0; i < n; i++) words[i] = Vocabulary[(int)(random.NextDouble() * Vocabulary.Length)];
        return string.Join(' ', words);
    }

    private static string CharacterNoise(ref SeededRandom random)
    {
        // Printable ASCII, controls, letters of other scripts, emoji halves and whole, combining marks, bidi controls.
        string[] pools = ["abcdefghijklmnopqrstuvwxyz ABC 0123456789 .,;:!?\"'-()", "\0\u0001\u0007\u001b\u007f\t\n\r",
                          "αβγабвกขคאבגاب漢字かな한국", "🎈🐶🚗\uD83D\uDE00\uD83D", "\u0301\u0308\u200B\u200D\u202E\u2066\uFEFF"];
        var n = (int)(random.NextDouble() * 200);
        var sb = new StringBuilder(n);
        for (var i = 0; i < n; i++)
        {
            var pool = pools[random.NextDouble() < 0.6 ? 0 : 1 + (int)(random.NextDouble() * (pools.Length - 1))];
            sb.Append(pool[(int)(random.NextDouble() * pool.Length)]);
        }
        return sb.ToString();
    }

    private static string Escape(string s) =>
        s.Length > 120 ? Escape(s[..120]) + $"… ({s.Length} chars)" : string.Concat(s.Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
}
