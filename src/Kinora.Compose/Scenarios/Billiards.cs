using System.Numerics;

namespace Kinora.Compose.Scenarios;

/// <summary>
/// Billiard balls (kinds with "billiard", or "pool ball"): fifteen racked in a triangle of five rows, apex towards
/// −X, and a white cue ball a metre short of the apex rolling into it at the action's speed (else
/// <see cref="DefaultBreakSpeed"/>): the break. Regulation balls: 57.15 mm phenolic resin (170 g), which is what
/// the "resin" row of the materials table describes. Ids are the cast's: "balls", "balls.2", … with the cue ball
/// first. They play on a table of regulation size (2.54 × 1.27 m bed of felt at <see cref="BedHeight"/>, rubber
/// cushions), "balls/table" and "balls/cushions", so the break stays on the table.
/// </summary>
public static class Billiards
{
    public const float Radius = 0.028575f;
    /// <summary>m/s; a firm break is 8–12 m/s, a friendly one about 5.</summary>
    public const float DefaultBreakSpeed = 6;
    public const int RackedBalls = 15;
    /// <summary>m, the bed's top above the floor (a pool table stands 74–79 cm).</summary>
    public const float BedHeight = 0.78f;
    private const float HalfLength = 1.27f, HalfWidth = 0.635f, Cushion = 0.05f;

    // The standard set's colours (1–7 solids, 8 black, 9–15 the same colours again), linear RGB.
    private static readonly Vector3[] Colors =
    [
        new(0.9f, 0.7f, 0.02f), new(0.02f, 0.05f, 0.6f), new(0.7f, 0.02f, 0.02f), new(0.25f, 0.02f, 0.4f),
        new(0.9f, 0.25f, 0.01f), new(0.01f, 0.3f, 0.05f), new(0.3f, 0.03f, 0.02f), new(0.01f, 0.01f, 0.01f),
    ];

    public static bool Claims(string kind) => kind.Contains("billiard", StringComparison.OrdinalIgnoreCase) || CastEntities.Is(kind, "pool ball", "pool balls", "snooker ball", "snooker balls");

    internal static void Apply(CastEntities cast)
    {
        foreach (var member in cast.Members.Where(m => Claims(m.Kind)).ToList())
        {
            var first = cast[member.Id][0];
            var speed = (float)(cast.ActionOf(member.Id)?.Speed ?? DefaultBreakSpeed);
            var resin = MaterialLibrary.Get(member.Traits.Material ?? "resin");
            var list = new List<Entity>();
            var centre = new Vector3(first.Position.X + 0.3f, BedHeight + Radius, first.Position.Z);
            var rowStep = Radius * MathF.Sqrt(3) * 1.001f; // rows of touching balls
            Entity Ball(int n, Vector3 at, Vector3 color, Vector3 velocity) => new()
            {
                Id = n == 1 ? member.Id : $"{member.Id}.{n}", CastId = member.Id, Kind = member.Kind,
                Shape = new SphereShape(Radius), Material = resin with { BaseColor = color },
                Model = new Model([SimpleModels.Ball(Vector3.Zero, Radius, resin with { BaseColor = color })]),
                Position = at, LinearVelocity = velocity, AngularVelocity = new Vector3(0, 0, -velocity.X / Radius),
            };
            var apex = centre - new Vector3(2 * rowStep, 0, 0);
            list.Add(Ball(1, apex - new Vector3(1, 0, 0), new Vector3(0.85f), new Vector3(speed, 0, 0)));
            var k = 0;
            for (var row = 0; row < 5; row++)
                for (var i = 0; i <= row; i++, k++)
                {
                    var at = apex + new Vector3(row * rowStep, 0, (i - row / 2f) * 2 * Radius * 1.001f);
                    var color = k == 4 ? Colors[7] : Colors[(k < 4 ? k : k - 1) % 7];
                    list.Add(Ball(k + 2, at, color, Vector3.Zero));
                }
            list.AddRange(Table(member.Id, new Vector3(apex.X - 0.3f, 0, apex.Z)));
            cast.Replace(member.Id, list);
        }
    }

    /// <summary>The felt bed on its legs and the four cushions around it, static, centred on <paramref name="at"/> (floor level).</summary>
    private static IEnumerable<Entity> Table(string castId, Vector3 at)
    {
        var felt = MaterialLibrary.Get("felt");
        var wood = MaterialLibrary.Get("wood") with { BaseColor = new Vector3(0.12f, 0.05f, 0.02f) };
        var rubber = MaterialLibrary.Get("rubber") with { BaseColor = new Vector3(0.03f, 0.22f, 0.09f) };
        var bedHalf = new Vector3(HalfLength + Cushion, 0.05f, HalfWidth + Cushion);
        var bedCentre = new Vector3(0, BedHeight - bedHalf.Y, 0);
        var model = new List<ModelPart> { SimpleModels.Box(bedCentre, bedHalf, felt) };
        foreach (var (x, z) in new[] { (-1f, -1f), (1f, -1f), (-1f, 1f), (1f, 1f) })
            model.Add(SimpleModels.Box(new Vector3(x * (HalfLength - 0.1f), (BedHeight - 0.1f) / 2, z * (HalfWidth - 0.1f)), new Vector3(0.05f, (BedHeight - 0.1f) / 2, 0.05f), wood));
        yield return new Entity
        {
            Id = castId + "/table", CastId = castId, Kind = "billiard table", IsStatic = true, Material = felt, Position = at,
            Shape = new CompoundShape([new ShapePart(new BoxShape(bedHalf), bedCentre, Quaternion.Identity)]), Model = new Model(model),
        };
        // Cushions: rails whose face stands a little above a ball's equator, as on a real table.
        var height = 0.02f;
        var y = BedHeight + height;
        ShapePart Rail(Vector3 c, Vector3 h) => new(new BoxShape(h), c, Quaternion.Identity);
        ShapePart[] rails =
        [
            Rail(new Vector3(0, y, -HalfWidth - Cushion / 2), new Vector3(HalfLength + Cushion, height, Cushion / 2)),
            Rail(new Vector3(0, y, HalfWidth + Cushion / 2), new Vector3(HalfLength + Cushion, height, Cushion / 2)),
            Rail(new Vector3(-HalfLength - Cushion / 2, y, 0), new Vector3(Cushion / 2, height, HalfWidth)),
            Rail(new Vector3(HalfLength + Cushion / 2, y, 0), new Vector3(Cushion / 2, height, HalfWidth)),
        ];
        yield return new Entity
        {
            Id = castId + "/cushions", CastId = castId, Kind = "billiard table", IsStatic = true, Material = rubber, Position = at,
            Shape = new CompoundShape(rails),
            Model = new Model([.. rails.Select(r => SimpleModels.Box(r.Offset, ((BoxShape)r.Shape).HalfExtents, rubber))]),
        };
    }
}
