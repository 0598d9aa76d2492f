using System.Numerics;

namespace Kinora.Compose.Scenarios;

/// <summary>
/// Water in the cast ("water", "tank", "pool", "aquarium", "pond") becomes a glass tank on the floor filled to
/// <see cref="FillShare"/> with water: the tank is the cast's id (static walls and base), the water
/// "id/water" (a <see cref="LiquidShape"/>: buoyancy and drag in Motion). Every other loose thing in the scene that
/// is not placed on something else is held <see cref="DropHeight"/> above the surface, side by side, and dropped in,
/// so it splashes and then floats or sinks by its density. The front wall has no model (clear glass), so the
/// camera sees what sank; the back, sides and base are tinted like water seen through glass.
/// </summary>
public static class LiquidTank
{
    public const float DefaultWidth = 1.2f;
    public const float Depth = 0.6f, Height = 0.6f, Wall = 0.015f;
    public const float FillShare = 0.8f;
    public const float DropHeight = 0.25f;

    public static bool Claims(string kind) => CastEntities.Is(kind, "water", "tank", "water tank", "tank of water", "pool", "aquarium", "pond", "fish tank", "basin");

    public static string WaterId(string castId) => castId + "/water";

    internal static void Apply(CastEntities cast)
    {
        var member = cast.Members.FirstOrDefault(m => Claims(m.Kind));
        if (member is null) return;
        var first = cast[member.Id][0];
        var width = (float)Math.Clamp(member.Traits.Size ?? DefaultWidth, 0.4, 6);
        var centre = new Vector3(0, 0, 0);
        // A tank the plan puts on something (a goldfish's tank on a table) stands on its top.
        if (cast.RelatedTo(member.Id, "on") is { } under && cast.Has(under) && Layout.SupportSurface.Find(cast[under][0]) is { } top)
            centre = new Vector3(top.Middle.X, top.Y, top.Middle.Y);
        // A tank of fish is an aquarium: on the floor it stands on its cabinet, and it gets gravel and plants.
        var aquarium = AquariumDressing.HoldsFish(cast, member.Id);
        var stand = aquarium && centre.Y == 0;
        if (stand) centre.Y = AquariumDressing.StandHeight;
        var glass = MaterialLibrary.Get("glass");
        var water = MaterialLibrary.Get("water");
        var tint = glass with { BaseColor = new Vector3(0.08f, 0.25f, 0.35f), Name = "glass" };
        var hx = width / 2;
        // A small tank (a goldfish's) keeps a tank's proportions: no deeper than 3/4 of its width, no taller than 4/5.
        var hz = MathF.Min(Depth, width * 0.75f) / 2;
        var height = MathF.Min(Height, width * 0.8f);
        var parts = new List<ShapePart>
        {
            Part(new Vector3(0, Wall / 2, 0), new Vector3(hx, Wall / 2, hz)),
            Part(new Vector3(-hx, height / 2, 0), new Vector3(Wall / 2, height / 2, hz)),
            Part(new Vector3(hx, height / 2, 0), new Vector3(Wall / 2, height / 2, hz)),
            Part(new Vector3(0, height / 2, -hz), new Vector3(hx, height / 2, Wall / 2)),
            Part(new Vector3(0, height / 2, hz), new Vector3(hx, height / 2, Wall / 2)),
        };
        var tank = first with
        {
            Kind = "tank", IsStatic = true, Material = glass, Position = centre, Rotation = Quaternion.Identity,
            LinearVelocity = Vector3.Zero, AngularVelocity = Vector3.Zero, Shape = new CompoundShape(parts),
            Model = new Model([.. parts.Take(4).Select(p => SimpleModels.Box(p.Offset, ((BoxShape)p.Shape).HalfExtents, tint))]),
        };
        var level = height * FillShare;
        var inner = new Vector3(hx - Wall, (level - Wall) / 2, hz - Wall);
        var liquid = new Entity
        {
            Id = WaterId(member.Id), CastId = member.Id, Kind = "water", IsStatic = true, Material = water,
            Shape = new LiquidShape(inner), Position = centre + new Vector3(0, Wall + inner.Y, 0),
            // The surface, a thin sheet: from the camera's height the water reads by its surface and the tint behind.
            Model = new Model([SimpleModels.Box(new Vector3(0, inner.Y - 0.002f, 0), inner with { Y = 0.002f }, water)]),
        };
        cast.Replace(member.Id, [tank, liquid]);
        if (aquarium)
            cast[member.Id].AddRange(AquariumDressing.Dress(tank, centre + new Vector3(0, Wall, 0), new Vector2(hx - Wall, hz - Wall), level - Wall, stand, cast.Plan.Seed));

        // Loose things go in, spread along the tank.
        var loose = cast.Members.Where(m => m.Id != member.Id && cast[m.Id].All(e => !e.IsStatic) && cast.RelatedTo(m.Id, "on", "above", "under", "below") is null)
            .SelectMany(m => cast[m.Id].Select(e => (m.Id, e))).Where(x => x.e.Shape.BoundingRadius < hx).ToList();
        for (var i = 0; i < loose.Count; i++)
        {
            var (castId, e) = loose[i];
            var x = -hx + width * (i + 0.5f) / loose.Count;
            var list = cast[castId];
            var index = list.FindIndex(b => b.Id == e.Id);
            list[index] = e with
            {
                // A fish is not dropped in: it starts mid-water (Motion's school keeps it swimming inside).
                Position = centre + new Vector3(x, Assets.Kinds.Animals.IsWaterAnimal(e.Kind) ? (Wall + level) / 2 : level + DropHeight + e.Shape.HalfHeight, 0),
                Rotation = Quaternion.Identity,
                LinearVelocity = Vector3.Zero, AngularVelocity = Vector3.Zero,
            };
        }
    }

    private static ShapePart Part(Vector3 offset, Vector3 half) => new(new BoxShape(half), offset, Quaternion.Identity);
}
