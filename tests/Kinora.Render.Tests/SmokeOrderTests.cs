using System.Numerics;
using Kinora.Render.Backend;
using Kinora.Render.Scene;

namespace Kinora.Render.Tests;

/// <summary>Smoke puffs are drawn farthest first (SmokeOrder); other particles keep their order.</summary>
public sealed class SmokeOrderTests
{
    private static FrameConstants Frame(int kind, int count, Vector3 eye) => new()
    {
        Eye = new Vector4(eye, 1),
        Particles = new Vector4(kind, count, 7.5f, 42),
        ParticleSource = new Vector4(0, 0.2f, 0, 0.35f),
        Air = new Vector4(1, 0, 0, 0.8f),   // the wind carries the plume along z, towards one camera and away from the other
    };

    [Fact]
    public void Smoke_is_sorted_far_to_near_and_turns_round_with_the_camera()
    {
        var order = new SmokeOrder();
        var front = order.Sort(Frame(Particles.Smoke, 220, new Vector3(0, 1.5f, 6))).ToArray();
        Assert.Equal(Enumerable.Range(0, 220), front.Order());           // every puff once
        Assert.NotEqual(Enumerable.Range(0, 220), front);                 // and not in index order
        // Seen from the other side the plume's far end is its near end: the order turns round.
        var back = order.Sort(Frame(Particles.Smoke, 220, new Vector3(0, 1.5f, -6))).ToArray();
        var firstFront = Array.IndexOf(front, back[^1]);
        Assert.True(firstFront < 110, $"the puff drawn last from behind is drawn at {firstFront} of 220 from the front");
    }

    [Fact]
    public void A_fire_sorts_only_its_smoke_and_other_particles_keep_their_order()
    {
        var order = new SmokeOrder();
        var fire = order.Sort(Frame(Particles.Fire, 400, new Vector3(0, 1.5f, 6))).ToArray();
        Assert.Equal(Enumerable.Range(0, 160), fire[..160]);     // flames (added light: order does not show)
        Assert.Equal(Enumerable.Range(280, 120), fire[280..]);   // sparks
        Assert.Equal(Enumerable.Range(160, 120), fire[160..280].Order());
        Assert.True(order.Sort(Frame(Particles.Petals, 4000, Vector3.Zero)).IsEmpty);
    }
}
