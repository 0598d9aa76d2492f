using Kinora.Plan;
using Kinora.Compose.Layout;

namespace Kinora.Compose.Tests.Places;

/// <summary>
/// A setting of several place words names the place of its last word (English puts the head last): "lighthouse beach"
/// is a beach, "beach lighthouse" a lighthouse; a longer word still beats a shorter one at the end ("forest road").
/// </summary>
public sealed class PlaceHeadWordTests
{
    [Theory]
    [InlineData("lighthouse beach", "beach")]
    [InlineData("beach lighthouse", "lighthouse")]
    [InlineData("forest road", "forest road")]
    [InlineData("indoor swimming pool", "indoor swimming pool")]
    [InlineData("lighthouses", "lighthouse")]
    [InlineData("sandy beach by the sea", "beach")]
    public void The_last_place_word_names_the_place(string setting, string word) =>
        Assert.Contains(word, Scenery.Places.Places.Of(setting)?.Words ?? []);

    [Fact]
    public void A_couple_is_a_woman_and_a_man()
    {
        var couple = new CastMember { Id = "person1", Kind = "person", Count = 2 };
        foreach (var firstFemale in new[] { true, false })
        {
            var sexes = Enumerable.Range(1, 2).Select(n => LayoutSolver.MixedGroupMember(couple, n, firstFemale).Traits.Sex).ToArray();
            Assert.Equal(["female", "male"], sexes.Order());
        }
    }

    [Fact]
    public void A_group_whose_sex_is_given_keeps_it()
    {
        var men = new CastMember { Id = "person1", Kind = "person", Count = 3, Traits = new Traits { Sex = "male" } };
        Assert.All(Enumerable.Range(1, 3), n => Assert.Equal("male", LayoutSolver.MixedGroupMember(men, n, true).Traits.Sex));
    }
}
