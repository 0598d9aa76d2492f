using Kinora.Plan;

namespace Kinora.Understand.Tests;

/// <summary>Petals, leaves, sparks, confetti, bubbles, smoke, fire and dust are what fills the air (<c>world.particles</c>), never cast
/// members (they were grey boxes), and they sit alongside the weather.</summary>
public class ParticlePromptTests
{
    [Theory]
    [InlineData("cherry blossom petals drift in the wind", "petals")]
    [InlineData("petals drift", "petals")]
    [InlineData("cherry blossoms fall over a river", "petals")]
    [InlineData("autumn leaves fall in a forest", "leaves")]
    [InlineData("leaves swirl around a bench", "leaves")]
    [InlineData("sparks fly at night", "sparks")]
    [InlineData("sparks fly from a campfire at night", "fire")]
    [InlineData("a campfire burns at night in a forest", "fire")]
    [InlineData("a crackling bonfire on a beach", "fire")]
    [InlineData("flames in a fireplace", "fire")]
    [InlineData("smoke rises from a chimney", "smoke")]
    [InlineData("thick smoke billows over a field", "smoke")]
    [InlineData("dust floats in a sunlit room", "dust")]
    [InlineData("a car drives down a dusty road", "dust")]
    [InlineData("confetti falls on a street", "confetti")]
    [InlineData("soap bubbles float in a garden", "bubbles")]
    public void Particle_words_become_particles_not_entities(string prompt, string particles)
    {
        var plan = Planner.Plan(prompt);
        PlanValidator.ThrowIfInvalid(plan);
        Assert.Equal(particles, plan.World.Particles);
        Assert.DoesNotContain(plan.Cast, c => c.Kind.Contains("petal") || c.Kind.Contains("blossom") || c.Kind.Contains("leaf")
                                               || c.Kind.Contains("spark") || c.Kind.Contains("confetti") || c.Kind.Contains("bubble")
                                               || c.Kind.Contains("cherry") || c.Kind.Contains("fire") || c.Kind.Contains("smoke")
                                               || c.Kind.Contains("dust") || c.Kind.Contains("flame"));
        Assert.Contains($"particles: {particles}", Explanation.Table(plan));
    }

    [Fact]
    public void Particles_and_rain_fall_together()
    {
        var plan = Planner.Plan("petals fall in the rain in a park");
        Assert.Equal("petals", plan.World.Particles);
        Assert.Equal("rain", plan.World.Weather);
    }

    [Theory]
    [InlineData("a red ball bounces on a wooden floor")]
    [InlineData("a cherry on a plate")]
    [InlineData("it is raining in a city street")]
    [InlineData("a dog sits next to a fire hydrant")]
    public void Other_prompts_have_no_particles(string prompt) => Assert.Null(Planner.Plan(prompt).World.Particles);
}
