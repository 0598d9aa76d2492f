namespace Kinora.Understand.Tests;

/// <summary>With an input image, the prompt says what the image is for.</summary>
public class PictureTests
{
    [Theory]
    [InlineData("a cat sleeps, the image as a painting on the wall", "painting")]
    [InlineData("a framed photo above a couch", "painting")]
    [InlineData("a living room with it on the tv", "tv")]
    [InlineData("shown on a monitor", "tv")]
    [InlineData("as a poster in a subway station", "poster")]
    [InlineData("on a billboard by the road", "poster")]
    [InlineData("the waves start to move", "scene")]
    public void The_use_comes_from_the_prompt(string prompt, string use)
    {
        var plan = Planner.Plan(prompt, new PlanRequest { ImagePath = "/tmp/in.png" });
        Assert.NotNull(plan.Picture);
        Assert.Equal(("/tmp/in.png", "crop", use), (plan.Picture!.Path, plan.Picture.Fit, plan.Picture.Use));
        Assert.Contains(plan.Interpretation, n => n.Category == "picture");
    }

    [Fact]
    public void No_image_no_picture() => Assert.Null(Planner.Plan("a painting on the wall").Picture);
}
