using Kinora.Plan;
using Kinora.Understand;

namespace Kinora.Understand.Tests;

public class PlannerTests
{
    [Fact]
    public void Red_ball_bouncing_on_a_wooden_floor()
    {
        var plan = Planner.Plan("a red ball bounces on a wooden floor");
        var ball = Assert.Single(plan.Cast);
        Assert.Equal("sports ball", ball.Kind);
        Assert.Equal("red", ball.Traits.Color);
        Assert.Equal("wood", plan.World.Ground);
        var action = Assert.Single(plan.Shots[0].Actions);
        Assert.Equal((ball.Id, "bounce"), (action.Actor, action.Verb));
        Assert.Empty(plan.Relations); // the floor is ground, not a cast member
        Assert.DoesNotContain(plan.Interpretation, n => !n.Understood);
    }

    [Fact]
    public void Without_a_seed_the_prompt_picks_one_the_same_every_time()
    {
        // One fixed default gave every prompt's first man the same face and shirt: the seed now comes from the words.
        var walk = Planner.Plan("a man walks in a park").Seed;
        Assert.Equal(walk, Planner.Plan("a man walks in a park").Seed);
        Assert.Equal(walk, Planner.Plan("A man  walks in a park").Seed);   // case and spacing are the same prompt
        var seeds = new[] { "a man walks in a park", "a man walks down a city street", "a man cooks in a kitchen", "a man reads in a library" }
            .Select(p => Planner.Plan(p).Seed).ToHashSet();
        Assert.Equal(4, seeds.Count);
        Assert.All(seeds, s => Assert.InRange(s, 0, 999_999));
        Assert.Equal(7, Planner.Plan("a man walks in a park", new PlanRequest { Seed = 7 }).Seed);   // a named seed wins
    }

    [Theory]
    [InlineData("five dominoes", 5)]
    [InlineData("5 dominoes", 5)]
    [InlineData("a pair of dominoes", 2)]
    [InlineData("twelve dominoes", 12)]
    [InlineData("dominoes", 3)]
    [InlineData("a domino", 1)]
    public void Counts_in_words_and_digits(string prompt, int count) =>
        Assert.Equal(count, Assert.Single(Planner.Plan(prompt).Cast).Count);

    [Theory]
    [InlineData("a puppy", "dog")]
    [InlineData("a kitten", "cat")]
    [InlineData("a taxi", "car")]
    [InlineData("a mug", "cup")]
    [InlineData("a tennis ball", "sports ball")]
    [InlineData("a traffic light", "traffic light")]
    [InlineData("a table", "dining table")]
    [InlineData("three balls", "sports ball")]
    [InlineData("two tennis balls", "sports ball")]
    [InlineData("puppies", "dog")]
    [InlineData("boxes", "box")]
    public void Nouns_map_to_coco_kinds(string prompt, string kind) =>
        Assert.Equal(kind, Assert.Single(Planner.Plan(prompt).Cast).Kind);

    [Fact]
    public void Numbers_with_units_become_heights_speeds_and_durations()
    {
        var plan = Planner.Plan("a rubber ball falls from 3 meters for 5 seconds");
        Assert.Equal(3, plan.Shots[0].Actions[0].Height);
        Assert.Equal(5, plan.Format.Seconds);
        Assert.Equal("rubber", plan.Cast[0].Traits.Material);
        var rolling = Planner.Plan("a ball rolls at 2 m/s");
        Assert.Equal(2, rolling.Shots[0].Actions[0].Speed);
    }

    [Fact]
    public void Relations_between_things()
    {
        var plan = Planner.Plan("a red cube to the left of a blue ball");
        var r = Assert.Single(plan.Relations);
        Assert.Equal(("cube1", "left of", "ball1"), (r.Subject, r.Relation, r.Object));
        var on = Assert.Single(Planner.Plan("a cup on top of a table").Relations);
        Assert.Equal(("cup1", "on", "table1"), (on.Subject, on.Relation, on.Object));
    }

    [Fact]
    public void World_words_time_weather_gravity_look_camera()
    {
        var plan = Planner.Plan("a ball drops on the moon at sunset, orbiting camera, close-up, anime style");
        Assert.Equal(1.62, plan.World.Gravity);
        Assert.Equal(17.6, plan.World.TimeOfDay);
        Assert.Equal("orbit", plan.Shots[0].Camera.Move);
        Assert.Equal("close-up", plan.Shots[0].Camera.Framing);
        Assert.Equal("anime", plan.Look.Style);
        var park = Planner.Plan("two balls in a sunny park");
        Assert.Equal(("park", "grass", false), (park.World.Setting, park.World.Ground, park.World.Indoor));
    }

    [Fact]
    public void Unknown_words_are_reported_not_dropped_silently()
    {
        var plan = Planner.Plan("a ball bounces near a zorblaxian");
        Assert.Contains(plan.Interpretation, n => n is { Text: "zorblaxian", Understood: false });
    }

    [Fact]
    public void Quoted_text_becomes_a_spoken_line() =>
        Assert.Equal("hello world", Assert.Single(Planner.Plan("a robot says \"hello world\"").Audio.Lines).Text);

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void Empty_prompt_is_a_clear_error(string prompt) =>
        Assert.Contains("empty", Assert.Throws<PromptException>(() => Planner.Plan(prompt)).Message);

    [Fact]
    public void Hostile_prompts_give_a_valid_plan_or_a_clear_error()
    {
        Assert.Throws<PromptException>(() => Planner.Plan(new string('a', Planner.MaxPromptLength + 1)));
        foreach (var p in new[] { "'; DROP TABLE plans; --", "<script>alert(1)</script>", "\0\0\0 ball", "999999999999 balls", "-5 balls from -3 meters", "ball ball ball ball", "🎈🎈 a balloon 🎈" })
            PlanValidator.ThrowIfInvalid(Planner.Plan(p));
    }

    [Fact]
    public void Request_values_override_the_prompt()
    {
        var plan = Planner.Plan("a ball for 3 seconds", new PlanRequest { Seconds = 4, Width = 720, Height = 1280, Fps = 30, Seed = 9 });
        Assert.Equal((4.0, 720, 1280, 30, 9L), (plan.Format.Seconds, plan.Format.Width, plan.Format.Height, plan.Format.Fps, plan.Seed));
    }

    [Fact]
    public void Same_prompt_same_plan() =>
        Assert.Equal(PlanJson.Serialize(Planner.Plan("three wooden crates fall onto a concrete floor at sunset")),
                     PlanJson.Serialize(Planner.Plan("three wooden crates fall onto a concrete floor at sunset")));
}

public class SoundtrackWordsTests
{
    [Theory]
    [InlineData("a dog runs in a park with upbeat music", "upbeat")]
    [InlineData("a red ball bounces, calm piano music", "calm")]
    [InlineData("a car drives at night, tense soundtrack", "tense")]
    [InlineData("a cat sleeps, jazz music", "jazz")]
    [InlineData("a ball with music", "calm")]
    public void Music_words_become_the_music_not_a_prop(string prompt, string mood)
    {
        var plan = Planner.Plan(prompt);
        Assert.Equal(mood, plan.Audio.Music?.Mood);
        Assert.DoesNotContain(plan.Cast, c => c.Kind is "music" or "soundtrack" or "piano");
    }

    [Fact]
    public void Tempo_and_no_music()
    {
        Assert.Equal(128, Planner.Plan("a dancer, energetic music 128 bpm").Audio.Music?.Bpm);
        Assert.Null(Planner.Plan("a ball bounces, no music").Audio.Music);
        Assert.Null(Planner.Plan("a ball bounces").Audio.Music);
    }

    [Theory]
    [InlineData("a man says \"hello there\" to a dog", "man1")]
    [InlineData("a red ball bounces, narrator: \"every bounce is lower\"", "narrator")]
    [InlineData("a red ball bounces, \"every bounce is lower\"", "narrator")]
    [InlineData("a woman and a dog in a park, \"good dog\"", "woman1")]
    [InlineData("a parrot on a branch, \"pretty bird\"", "bird1")]
    [InlineData("a red ball on a table, a narrator says \"the quick brown fox\"", "narrator")]
    [InlineData("a man stands by a table, the table says \"hello\"", "man1")]
    public void Quotes_go_to_the_plausible_speaker(string prompt, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Planner.Plan(prompt).Audio.Lines).Speaker);
}
