using Kinora.Plan;

namespace Kinora.Plan.Tests;

/// <summary><c>world.particles</c> is optional: older plans without it still load, and it takes only known kinds.</summary>
public class ParticlesFieldTests
{
    [Fact]
    public void A_plan_without_particles_loads_and_writes_none()
    {
        var plan = PlanJson.Parse("""{"version":1,"world":{"weather":"rain"},"shots":[{}]}""");
        Assert.Null(plan.World.Particles);
        Assert.DoesNotContain("particles", PlanJson.Serialize(plan), StringComparison.Ordinal);
    }

    [Fact]
    public void Particles_round_trip()
    {
        var plan = PlanJson.Parse("""{"version":1,"world":{"weather":"rain","particles":"petals"},"shots":[{}]}""");
        Assert.Equal("petals", plan.World.Particles);
        Assert.Equal("rain", plan.World.Weather);
        Assert.Equal("petals", PlanJson.Parse(PlanJson.Serialize(plan)).World.Particles);
    }

    [Fact]
    public void An_unknown_particle_kind_names_the_field()
    {
        var e = Assert.Throws<PlanException>(() => PlanJson.Parse("""{"version":1,"world":{"particles":"frogs"},"shots":[{}]}"""));
        Assert.Contains(e.Errors, err => err.Field == "world.particles");
    }
}
