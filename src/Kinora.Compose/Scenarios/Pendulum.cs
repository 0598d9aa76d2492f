using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenarios;

/// <summary>
/// A cast member of kind "pendulum": a bob on a light rod hinged to a stand, let go from
/// <see cref="StartAngleDeg"/>. The stand is the cast's own id (static, its position is the pivot); the bob is
/// "id/bob", swinging in the picture plane (hinge axis Z). The rod's length is the action's height ("a 2 metre
/// pendulum"), else the size trait, else 1 m; the period is then 2π√(L/g) give or take the bob's size and the
/// amplitude (about 0.8 % at 20°).
/// </summary>
public static class Pendulum
{
    public const float StartAngleDeg = 20;
    public const float DefaultLength = 1;
    public const float BobRadius = 0.06f;
    /// <summary>m between the floor and the bob's lowest point at rest.</summary>
    private const float Clearance = 0.12f;

    public static bool Claims(string kind) => CastEntities.Is(kind, "pendulum", "swinging pendulum", "pendulum bob");

    public static string BobId(string castId) => castId + "/bob";

    internal static void Apply(CastEntities cast)
    {
        foreach (var member in cast.Members.Where(m => Claims(m.Kind)).ToList())
        {
            var first = cast[member.Id][0];
            var action = cast.ActionOf(member.Id);
            var length = (float)(action?.Height ?? member.Traits.Size ?? DefaultLength);
            var pivot = new Vector3(first.Position.X, length + BobRadius + Clearance, first.Position.Z);
            var bobMaterial = MaterialLibrary.Get(member.Traits.Material ?? "brass");
            if (ColorNames.TryGetLinear(member.Traits.Color, out var color)) bobMaterial = bobMaterial with { BaseColor = color };
            var frame = MaterialLibrary.Get("wood");

            var stand = new Entity
            {
                Id = member.Id, CastId = member.Id, Kind = "pendulum", IsStatic = true, Material = frame,
                Shape = new BoxShape(new Vector3(0.02f)), Position = pivot,
                Model = new Model(
                [
                    SimpleModels.Box(new Vector3(0, 0.02f, 0), new Vector3(0.03f, 0.02f, 0.3f), frame),
                    SimpleModels.Box(new Vector3(0, -pivot.Y / 2 + 0.02f, -0.3f), new Vector3(0.025f, pivot.Y / 2, 0.025f), frame),
                    SimpleModels.Box(new Vector3(0, -pivot.Y / 2 + 0.02f, 0.3f), new Vector3(0.025f, pivot.Y / 2, 0.025f), frame),
                    SimpleModels.Box(new Vector3(0, -pivot.Y + 0.01f, 0), new Vector3(0.2f, 0.01f, 0.35f), frame),
                ]),
            };
            var angle = StartAngleDeg * MathF.PI / 180;
            var swing = Quaternion.CreateFromAxisAngle(Vector3.UnitZ, -angle); // bob out to −X, hanging from the pivot
            var bob = new Entity
            {
                Id = BobId(member.Id), CastId = member.Id, Kind = "pendulum bob", Material = bobMaterial,
                Shape = new SphereShape(BobRadius),
                Position = pivot + Vector3.Transform(new Vector3(0, -length, 0), swing), Rotation = swing,
                Model = new Model(
                [
                    SimpleModels.Ball(Vector3.Zero, BobRadius, bobMaterial),
                    SimpleModels.Rod(Vector3.Zero, new Vector3(0, length, 0), 0.006f, MaterialLibrary.Get("steel"), "pendulum/rod"),
                ]),
            };
            cast.Replace(member.Id, [stand, bob]);
        }
    }

    internal static IEnumerable<Joint> Joints(World world)
    {
        foreach (var member in world.Plan.Cast.Where(m => Claims(m.Kind)))
        {
            var stand = world.IndexOf(member.Id);
            if (stand < 0 || world.IndexOf(BobId(member.Id)) < 0) continue;
            yield return new Joint(JointKind.Hinge, BobId(member.Id), null, world.Entities[stand].Position, Vector3.UnitZ);
        }
    }
}
