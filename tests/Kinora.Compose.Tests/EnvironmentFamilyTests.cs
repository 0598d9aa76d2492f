using Kinora.Compose.Environments;
using Kinora.Plan;

namespace Kinora.Compose.Tests;

public class EnvironmentFamilyTests
{
    [Theory]
    [InlineData("coffee shop", false, SettingFamily.Restaurant)]
    [InlineData("train station", false, SettingFamily.Station)]
    [InlineData("barn", false, SettingFamily.Farm)]          // not a bar
    [InlineData("city street", false, SettingFamily.CityStreet)]
    [InlineData("amusement park", false, SettingFamily.Park)]
    [InlineData("glacier", false, SettingFamily.Snow)]
    [InlineData("stores", true, SettingFamily.Shop)]
    [InlineData("warehouse", true, SettingFamily.LivingRoom)] // an unnamed interior is still a room
    [InlineData("studio", true, SettingFamily.Studio)]
    public void Setting_names_its_family(string setting, bool indoor, SettingFamily family) =>
        Assert.Equal(family, SettingFamilies.Of(setting, indoor, "concrete"));

    [Fact]
    public void An_unnamed_place_is_known_by_its_ground() =>
        Assert.Equal(SettingFamily.Beach, SettingFamilies.Of("somewhere", false, "sand"));

    private static WorldEnvironment Build(string setting, bool indoor = false, double hour = 14) =>
        EnvironmentBuilder.Build(new WorldSpec { Setting = setting, Indoor = indoor, TimeOfDay = hour });

    [Fact]
    public void A_room_has_walls_not_a_blue_sky_and_a_floor_that_ends()
    {
        var kitchen = Build("kitchen", indoor: true);
        var studio = Build("studio");
        Assert.True(studio.SkyZenith.Z > 2 * studio.SkyZenith.X, "the studio keeps the open sky");
        Assert.True(kitchen.SkyZenith.Z < 1.2f * kitchen.SkyZenith.X, "a kitchen ceiling is not sky blue");
        Assert.True(kitchen.GroundHalfSize < studio.GroundHalfSize / 2);
        Assert.NotEqual(Build("library", indoor: true).SkyHorizon, kitchen.SkyHorizon);
    }

    [Fact]
    public void A_room_at_night_is_lamp_lit()
    {
        var room = Build("living room", indoor: true, hour: 23);
        var outside = Build("park", hour: 23);
        Assert.True(room.SunColor.X > 5 * outside.SunColor.X);
        Assert.True(room.SkyHorizon.X > 0.3f);
    }

    [Fact]
    public void Desert_air_is_warmer_than_snow_air()
    {
        var desert = Build("desert").SkyHorizon;
        var snow = Build("glacier").SkyHorizon;
        Assert.True(desert.X - desert.Z > 0.2f);
        Assert.True(snow.Z > snow.X);
    }

    [Fact]
    public void Sunset_glow_survives_the_family_tint() =>
        Assert.True(Build("desert", hour: 17.9).SkyHorizon.X > 1.3f * Build("desert", hour: 17.9).SkyHorizon.Z);
}
