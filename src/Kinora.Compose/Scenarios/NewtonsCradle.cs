using System.Numerics;

namespace Kinora.Compose.Scenarios;

/// <summary>
/// A cast member of kind "newtons cradle": a row of steel balls, each hung from the frame's top bar (a hinge per
/// ball, so they swing in the picture plane like the two-string V of the real toy), with the first pulled out to
/// <see cref="PullAngleDeg"/> and let go. The frame is the cast's id (static; its position is the middle of the top
/// bar); balls are "id/ball1"…; 5 balls unless the cast's count asks for another number (2–9).
/// </summary>
public static class NewtonsCradle
{
    public const float PullAngleDeg = 30;
    public const float BallRadius = 0.025f;
    public const float StringLength = 0.22f;
    /// <summary>m between neighbouring balls at rest: just apart, so each hit is a clean two-ball collision.</summary>
    public const float Gap = 0.0005f;
    private const float Clearance = 0.05f;

    public static bool Claims(string kind) => CastEntities.Is(kind, "newtons cradle", "newton's cradle", "newton cradle", "newtons' cradle");

    public static string BallId(string castId, int n) => $"{castId}/ball{n}";

    /// <summary>Where ball k (0-based) of n hangs from, relative to the frame's position.</summary>
    public static Vector3 AnchorOffset(int k, int n) => new((k - (n - 1) / 2f) * (2 * BallRadius + Gap), 0, 0);

    internal static void Apply(CastEntities cast)
    {
        foreach (var member in cast.Members.Where(m => Claims(m.Kind)).ToList())
        {
            var first = cast[member.Id][0];
            var n = member.Count is >= 2 and <= 9 ? member.Count : 5;
            var top = StringLength + BallRadius + Clearance + 0.02f;
            var framePos = new Vector3(first.Position.X, top, first.Position.Z);
            // The toy's balls are hardened chrome steel, far more elastic at these slow hits (e ≈ 0.98) than the table's
            // general steel: with 0.9 the swing would lose a third of its height crossing five balls.
            var steel = MaterialLibrary.Get(member.Traits.Material ?? "steel");
            if (member.Traits.Material is null) steel = steel with { Restitution = 0.98 };
            var frameMaterial = MaterialLibrary.Get("steel") with { BaseColor = new Vector3(0.05f) };
            var halfWidth = n * BallRadius + 0.05f;
            var frame = new Entity
            {
                Id = member.Id, CastId = member.Id, Kind = "newtons cradle", IsStatic = true, Material = frameMaterial,
                Shape = new BoxShape(new Vector3(halfWidth, 0.004f, 0.004f)), Position = framePos + new Vector3(0, 0.01f, 0),
                Model = new Model(
                [
                    SimpleModels.Box(new Vector3(0, 0, -0.06f), new Vector3(halfWidth, 0.004f, 0.004f), frameMaterial),
                    SimpleModels.Box(new Vector3(0, 0, 0.06f), new Vector3(halfWidth, 0.004f, 0.004f), frameMaterial),
                    SimpleModels.Box(new Vector3(-halfWidth, -top / 2, -0.06f), new Vector3(0.004f, top / 2, 0.004f), frameMaterial),
                    SimpleModels.Box(new Vector3(halfWidth, -top / 2, -0.06f), new Vector3(0.004f, top / 2, 0.004f), frameMaterial),
                    SimpleModels.Box(new Vector3(-halfWidth, -top / 2, 0.06f), new Vector3(0.004f, top / 2, 0.004f), frameMaterial),
                    SimpleModels.Box(new Vector3(halfWidth, -top / 2, 0.06f), new Vector3(0.004f, top / 2, 0.004f), frameMaterial),
                    SimpleModels.Box(new Vector3(0, -top - 0.004f, 0), new Vector3(halfWidth + 0.03f, 0.008f, 0.09f), frameMaterial),
                ]),
            };
            var list = new List<Entity> { frame };
            var pull = PullAngleDeg * MathF.PI / 180;
            for (var k = 0; k < n; k++)
            {
                var anchor = framePos + AnchorOffset(k, n);
                var rotation = k == 0 ? Quaternion.CreateFromAxisAngle(Vector3.UnitZ, -pull) : Quaternion.Identity;
                var stringTop = new Vector3(0, StringLength, 0);
                list.Add(new Entity
                {
                    Id = BallId(member.Id, k + 1), CastId = member.Id, Kind = "cradle ball", Material = steel,
                    Shape = new SphereShape(BallRadius),
                    Position = anchor + Vector3.Transform(new Vector3(0, -StringLength, 0), rotation), Rotation = rotation,
                    Model = new Model(
                    [
                        SimpleModels.Ball(Vector3.Zero, BallRadius, steel),
                        SimpleModels.Rod(Vector3.Zero, stringTop + new Vector3(0, 0, -0.06f), 0.0012f, frameMaterial, "cradle/string"),
                        SimpleModels.Rod(Vector3.Zero, stringTop + new Vector3(0, 0, 0.06f), 0.0012f, frameMaterial, "cradle/string"),
                    ]),
                });
            }
            cast.Replace(member.Id, list);
        }
    }

    internal static IEnumerable<Joint> Joints(World world)
    {
        foreach (var member in world.Plan.Cast.Where(m => Claims(m.Kind)))
        {
            var frame = world.IndexOf(member.Id);
            if (frame < 0) continue;
            var n = 0;
            while (world.IndexOf(BallId(member.Id, n + 1)) >= 0) n++;
            var top = world.Entities[frame].Position - new Vector3(0, 0.01f, 0);
            for (var k = 0; k < n; k++)
                yield return new Joint(JointKind.Hinge, BallId(member.Id, k + 1), null, top + AnchorOffset(k, n), Vector3.UnitZ);
        }
    }
}
