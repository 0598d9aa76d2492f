using Kinora.Compose;

namespace Kinora.Motion.Physics;

/// <summary>
/// How two materials' surface numbers combine at a contact. The materials table gives each material's friction,
/// restitution and rolling resistance against itself (or a rigid floor), so a pair needs a mixing rule:
/// <list type="bullet">
/// <item>Friction: geometric mean √(μa·μb), as Box2D's b2MixFriction and Bullet's default combiner do, so ice on
/// anything stays slippery.</item>
/// <item>Restitution: geometric mean √(ea·eb). Without stiffness data we cannot split the stored energy between
/// the bodies; the geometric mean is symmetric, equals e for like materials and is 0 against a dead surface.</item>
/// <item>Rolling resistance: the larger coefficient, since rolling loss comes from the softer, lossier surface
/// deforming (a ball on grass rolls like grass).</item>
/// </list>
/// </summary>
public static class SurfaceMixing
{
    public static double Friction(Material a, Material b) => Math.Sqrt(a.Friction * b.Friction);

    public static double Restitution(Material a, Material b) => Math.Sqrt(Math.Max(0, a.Restitution) * Math.Max(0, b.Restitution));

    public static double RollingResistance(Material a, Material b) => Math.Max(a.RollingResistance, b.RollingResistance);
}
