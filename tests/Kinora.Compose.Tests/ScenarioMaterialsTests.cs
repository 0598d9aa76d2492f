namespace Kinora.Compose.Tests;

/// <summary>The materials table rows a plan names, with the numbers physics and sound read from them.</summary>
public sealed class ScenarioMaterialsTests
{
    [Theory]
    [InlineData("rubber", AcousticClass.Rubber)]
    [InlineData("iron", AcousticClass.Metal)]
    [InlineData("steel", AcousticClass.Metal)]
    [InlineData("glass", AcousticClass.Glass)]
    [InlineData("wood", AcousticClass.Wood)]
    [InlineData("stone", AcousticClass.Stone)]
    [InlineData("ceramic", AcousticClass.Ceramic)]
    [InlineData("porcelain", AcousticClass.Ceramic)]
    [InlineData("plastic", AcousticClass.Plastic)]
    [InlineData("ice", AcousticClass.Glass)]
    [InlineData("water", AcousticClass.Water)]
    public void PlanMaterialNamesPickTheirRow(string name, AcousticClass acoustic)
    {
        Assert.True(MaterialLibrary.TryGet(name, out var m));
        Assert.Equal(acoustic, m.Acoustic);
        Assert.InRange(m.Density, 100, 20000);
        Assert.InRange(m.Friction, 0, 1);
        Assert.InRange(m.Restitution, 0, 1);
        Assert.InRange(m.RollingResistance, 0, 0.3);
    }

    [Fact]
    public void WoodFloatsAndIronSinksByDensity()
    {
        var water = MaterialLibrary.Get("water").Density;
        Assert.True(MaterialLibrary.Get("wood").Density < water);
        Assert.True(MaterialLibrary.Get("iron").Density > water);
        Assert.True(MaterialLibrary.Get("ice").Density < water);
    }
}
