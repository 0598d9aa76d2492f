using Kinora.Compose;

namespace Kinora.Sound.Impacts;

/// <summary>
/// The synthesis view of a contact's two sides: an entity by its material and size, or the ground as the
/// environment's ground material ringing like a slab held by the building.
/// </summary>
public static class ContactSounds
{
    public const string GroundId = "ground";
    /// <summary>The floor rings like a slab of this bounding radius, metres, not like a 120 m plate.</summary>
    public const double GroundEffectiveRadius = 0.3;
    /// <summary>Extra damping of the floor's modes, 1/s: it is held by the building.</summary>
    public const double GroundDampingPerSecond = 30;
    /// <summary>A shard's size as a fraction of the body it broke from.</summary>
    public const double ShardSizeFraction = 0.3;

    /// <summary>The synthesis view of an entity id or "ground"; null for ids the world does not know.</summary>
    public static ImpactBody? BodyOf(World world, string id)
    {
        if (id == GroundId)
            return new ImpactBody(ModalBank.For(world.Environment.Ground.Acoustic), GroundEffectiveRadius, GroundDampingPerSecond);
        var i = world.IndexOf(id);
        if (i >= 0)
        {
            var entity = world.Entities[i];
            return new ImpactBody(ModalBank.For(entity.Material.Acoustic), entity.Shape.BoundingRadius,
                entity.IsStatic ? GroundDampingPerSecond : 0);
        }
        // A piece of something that broke ("vase/shard3"): the whole's material at a piece's size, so it rings higher.
        var slash = id.IndexOf('/');
        var whole = slash > 0 ? world.IndexOf(id[..slash]) : -1;
        if (whole < 0) return null;
        var parent = world.Entities[whole];
        return new ImpactBody(ModalBank.For(parent.Material.Acoustic), parent.Shape.BoundingRadius * ShardSizeFraction);
    }
}
