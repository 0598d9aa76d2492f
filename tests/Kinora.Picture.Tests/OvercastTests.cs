using Kinora.Picture.Analysis;

namespace Kinora.Picture.Tests;

/// <summary>Bright clouds are not the sun; an overcast sky gives a high, diffuse light and faint shadows.</summary>
public sealed class OvercastTests
{
    [Fact]
    public void An_even_grey_sky_with_brighter_clouds_is_overcast_with_a_high_light_and_faint_shadows()
    {
        var light = LightEstimate.Measure(PictureAnalysis.Analyze(SkyScenes.BrightClouds(overcast: true)));
        Assert.True(light.Overcast, light.Evidence);
        Assert.True(light.Direction.Y > MathF.Sin(70 * MathF.PI / 180), $"light towards {light.Direction}: high, so shadows are short");
        Assert.True(light.ShadowStrength <= 0.2f, $"shadow strength {light.ShadowStrength}");
    }

    [Fact]
    public void White_clouds_in_a_blue_sky_are_not_taken_for_the_sun()
    {
        var light = LightEstimate.Measure(PictureAnalysis.Analyze(SkyScenes.BrightClouds(overcast: false)));
        Assert.False(light.Overcast, light.Evidence);
        // Scattered clouds are no glow: the sun comes from the box's lit side, behind the camera, not from a cloud.
        Assert.True(light.Direction.Z > 0, $"light towards {light.Direction} ({light.Evidence})");
        Assert.True(light.Direction.X > 0.1f, $"light towards {light.Direction} ({light.Evidence})");
        Assert.True(light.ShadowStrength >= 0.3f, $"shadow strength {light.ShadowStrength}");
    }

    [Fact]
    public void A_sun_glowing_in_the_sky_is_not_overcast()
    {
        var light = LightEstimate.Measure(PictureAnalysis.Analyze(Scenes.SunnyField(550)));
        Assert.False(light.Overcast, light.Evidence);
        Assert.True(light.Direction.Z < 0, $"light towards {light.Direction}");
    }
}
