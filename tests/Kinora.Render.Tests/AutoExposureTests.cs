using Kinora.Compose;
using Kinora.Compose.Environments;
using Kinora.Plan;
using Kinora.Render.Scene;

namespace Kinora.Render.Tests;

public class AutoExposureTests
{
    private static WorldEnvironment At(double hour, string weather = "clear") =>
        EnvironmentBuilder.Build(new WorldSpec { TimeOfDay = hour, Weather = weather });

    [Fact]
    public void Midday_is_the_reference()
    {
        Assert.InRange(AutoExposure.Key(At(12)), AutoExposure.ReferenceKey * 0.9f, AutoExposure.ReferenceKey * 1.1f);
        Assert.InRange(AutoExposure.Gain(At(12)), 1f, 1.05f);
    }

    [Fact]
    public void Dimmer_scenes_are_brightened_partly_and_within_limits()
    {
        float sunset = AutoExposure.Gain(At(17.6)), overcast = AutoExposure.Gain(At(12, "overcast")), night = AutoExposure.Gain(At(23));
        Assert.True(sunset > 1.3f, $"sunset gain {sunset}");
        Assert.True(overcast > 1.1f, $"overcast gain {overcast}");
        Assert.Equal(AutoExposure.MaxGain, night);
        // Partial adaptation: a sunset is still darker than noon after exposure.
        Assert.True(AutoExposure.Key(At(17.6)) * sunset < AutoExposure.Key(At(12)) * 0.8f);
    }
}
