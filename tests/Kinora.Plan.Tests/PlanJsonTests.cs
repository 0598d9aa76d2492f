using Kinora.Plan;

namespace Kinora.Plan.Tests;

public class PlanJsonTests
{
    private static ScenePlan Sample() => new()
    {
        Seed = 7,
        Prompt = "a red ball bounces on a wooden floor",
        World = new WorldSpec { Setting = "room", Indoor = true, Ground = "wood" },
        Cast = [new CastMember { Id = "ball1", Kind = "sports ball", Traits = new Traits { Color = "red", Size = 0.22 } },
                new CastMember { Id = "domino1", Kind = "domino", Count = 5 }],
        Relations = [new RelationSpec { Subject = "ball1", Relation = "left of", Object = "domino1" }],
        Shots = [new ShotSpec { Camera = new CameraSpec { Move = "orbit", Target = "ball1" },
                                Actions = [new ActionSpec { Actor = "ball1", Verb = "bounce", Height = 2, Manner = ["slow motion"] }] }],
        Audio = new AudioSpec { Ambience = ["room tone"], Lines = [new SpokenLine { Speaker = "narrator", Text = "hello" }] },
        Interpretation = [new InterpretationNote { Text = "zorp", As = "not understood", Understood = false }],
    };

    [Fact]
    public void Round_trip_keeps_every_field()
    {
        var json = PlanJson.Serialize(Sample());
        var back = PlanJson.Parse(json);
        Assert.Equal(json, PlanJson.Serialize(back));
        Assert.Equal("red", back.Cast[0].Traits.Color);
        Assert.Equal(5, back.Cast[1].Count);
        Assert.Equal("left of", back.Relations[0].Relation);
        Assert.Equal(2, back.Shots[0].Actions[0].Height);
        Assert.False(back.Interpretation[0].Understood);
    }

    [Fact]
    public void Json_uses_the_contract_field_names()
    {
        var json = PlanJson.Serialize(Sample());
        foreach (var field in new[] { "\"version\"", "\"seed\"", "\"format\"", "\"width\"", "\"fps\"", "\"cast\"", "\"kind\"", "\"traits\"",
                                      "\"relations\"", "\"subject\"", "\"relation\"", "\"shots\"", "\"camera\"", "\"move\"", "\"actions\"",
                                      "\"actor\"", "\"verb\"", "\"world\"", "\"timeOfDay\"", "\"gravity\"", "\"look\"", "\"style\"", "\"audio\"", "\"interpretation\"" })
            Assert.Contains(field, json);
    }

    [Theory]
    [InlineData("""{"version":1,"cast":[{"id":"a","kind":"dog","colour":"red"}],"shots":[{}]}""", "cast[0].colour")]
    [InlineData("""{"version":1,"format":{"width":"wide"},"shots":[{}]}""", "format.width")]
    [InlineData("""{"version":1,"format":{"width":1000,"height":1000},"shots":[{}]}""", "format.width")]
    [InlineData("""{"version":1,"format":{"fps":0},"shots":[{}]}""", "format.fps")]
    [InlineData("""{"version":9,"shots":[{}]}""", "version")]
    [InlineData("""{"version":1,"shots":[]}""", "shots")]
    [InlineData("""{"version":1,"shots":[{"actions":[{"actor":"ghost","verb":"run"}]}]}""", "shots[0].actions[0].actor")]
    [InlineData("""{"version":1,"cast":[{"id":"a","kind":"dog"},{"id":"a","kind":"cat"}],"shots":[{}]}""", "cast[1].id")]
    [InlineData("""{"version":1,"cast":[{"id":"a","kind":"dog"}],"relations":[{"subject":"a","relation":"inside-out","object":"a"}],"shots":[{}]}""", "relations[0].relation")]
    [InlineData("""{"version":1,"world":{"timeOfDay":30},"shots":[{}]}""", "world.timeOfDay")]
    [InlineData("""{"version":1,"cast":[{"id":"a","kind":"dog","count":0}],"shots":[{}]}""", "cast[0].count")]
    public void Errors_name_the_field(string json, string field)
    {
        var e = Assert.Throws<PlanException>(() => PlanJson.Parse(json));
        Assert.Contains(e.Errors, err => err.Field == field);
        Assert.Contains(field, e.Message);
    }

    [Fact]
    public void Broken_json_is_a_plan_error_not_a_crash()
    {
        var e = Assert.Throws<PlanException>(() => PlanJson.Parse("{\"version\": 1, \"shots\": [ {"));
        Assert.StartsWith("invalid plan", e.Message);
    }

    [Fact]
    public void Frame_count_is_seconds_times_fps()
    {
        Assert.Equal(192, new ScenePlan().FrameCount);
        Assert.Equal(75, new ScenePlan { Format = new VideoFormat { Seconds = 2.5, Fps = 30 } }.FrameCount);
    }

    [Fact]
    public void Seeded_random_is_repeatable_and_stream_separated()
    {
        var a = new SeededRandom(42, "x");
        var b = new SeededRandom(42, "x");
        var c = new SeededRandom(42, "y");
        var first = a.NextULong();
        Assert.Equal(first, b.NextULong());
        Assert.NotEqual(first, c.NextULong());
        for (var i = 0; i < 1000; i++) Assert.InRange(a.NextDouble(), 0, 1);
    }
}
