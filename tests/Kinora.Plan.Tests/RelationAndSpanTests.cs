using Kinora.Plan;

namespace Kinora.Plan.Tests;

/// <summary>The additive fields of this version: a relation's second object ("between") and the span and
/// category of an interpretation note. Old plans without them still read.</summary>
public class RelationAndSpanTests
{
    private static ScenePlan Between(string? second, string relation = "between") => new()
    {
        Cast = [new CastMember { Id = "ball1", Kind = "sports ball" }, new CastMember { Id = "cube1", Kind = "cube" },
                new CastMember { Id = "cube2", Kind = "cube" }],
        Relations = [new RelationSpec { Subject = "ball1", Relation = relation, Object = "cube1", SecondObject = second }],
        Shots = [new ShotSpec()],
        Interpretation = [new InterpretationNote { Text = "ball", As = "sports ball", Start = 2, Length = 4, Category = "entity" }],
    };

    [Fact]
    public void Between_with_a_second_object_round_trips()
    {
        var back = PlanJson.Parse(PlanJson.Serialize(Between("cube2")));
        Assert.Equal(("between", "cube2"), (back.Relations[0].Relation, back.Relations[0].SecondObject));
        Assert.Equal((2, 4, "entity"), (back.Interpretation[0].Start, back.Interpretation[0].Length, back.Interpretation[0].Category));
    }

    [Fact]
    public void A_second_object_must_be_a_cast_id_and_only_for_between()
    {
        Assert.Contains(PlanValidator.Validate(Between("ghost")), e => e.Field == "relations[0].secondObject");
        Assert.Contains(PlanValidator.Validate(Between("cube2", "left of")), e => e.Field == "relations[0].secondObject");
    }

    [Theory]
    [InlineData("between")]
    [InlineData("around")]
    [InlineData("near")]
    [InlineData("far from")]
    public void New_relations_are_in_the_vocabulary(string relation) =>
        Assert.Empty(PlanValidator.Validate(Between(null, relation)));

    [Fact]
    public void An_unknown_note_category_is_an_error() =>
        Assert.Contains(PlanValidator.Validate(Between(null) with
        {
            Interpretation = [new InterpretationNote { Text = "x", As = "y", Category = "vibes" }],
        }), e => e.Field == "interpretation[0].category");

    [Fact]
    public void A_plan_without_spans_or_second_objects_still_parses()
    {
        const string old = """
            {"version":1,"seed":1,"prompt":"a","format":{"width":1280,"height":720,"fps":24,"seconds":8},
             "cast":[{"id":"a1","kind":"cube"},{"id":"b1","kind":"cube"}],
             "relations":[{"subject":"a1","relation":"left of","object":"b1"}],
             "shots":[{"id":"s1","start":0,"seconds":8,"camera":{"move":"auto","lensMm":35,"framing":"medium"},"actions":[]}],
             "interpretation":[{"text":"a","as":"cube"}]}
            """;
        var plan = PlanJson.Parse(old);
        Assert.Null(plan.Relations[0].SecondObject);
        Assert.Null(plan.Interpretation[0].Start);
    }
}
