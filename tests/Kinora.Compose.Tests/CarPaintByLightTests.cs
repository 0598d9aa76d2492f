using Kinora.Plan;

namespace Kinora.Compose.Tests;

/// <summary>
/// A car's default paint depends on the light: black by day (what the detector names a car), a light silver after
/// dark so it does not vanish on a night street; a colour the plan gives is kept at any hour.
/// </summary>
public class CarPaintByLightTests
{
    /// <summary>Luminance (linear) of the car body's paint as composed in a street at <paramref name="hour"/>.</summary>
    private static float BodyLuminance(double hour, string? color = null)
    {
        var world = Composer.Compose(new ScenePlan
        {
            Format = new VideoFormat { Width = 640, Height = 360, Fps = 1, Seconds = 1 },
            World = new WorldSpec { Setting = "city street", TimeOfDay = hour },
            Cast = [new CastMember { Id = "car", Kind = "car", Traits = new Traits { Color = color } }],
            Shots = [new ShotSpec { Seconds = 1 }],
        });
        var car = world.Entities[world.IndexOf("car")];
        var paint = car.Model.Parts.First(p => p.Material.Name == "carpaint").Material.BaseColor;
        return 0.2126f * paint.X + 0.7152f * paint.Y + 0.0722f * paint.Z;
    }

    [Fact]
    public void A_car_is_black_by_day_and_light_after_dark()
    {
        Assert.True(BodyLuminance(12) < 0.02f, "black at noon");
        Assert.True(BodyLuminance(23) > 0.4f, "light at night");
    }

    [Fact]
    public void A_colour_the_plan_gives_is_kept_at_night() =>
        Assert.True(BodyLuminance(23, "red") < 0.25f, "a red car stays red, not silver");
}
