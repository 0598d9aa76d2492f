using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Assets.Kinds;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Scenarios;

/// <summary>
/// A tank with fish in it is an aquarium, and reads as one by what is in it: a bed of coloured gravel, water plants
/// rising from it at the back, a rock, and, when the tank stands on the floor, a wooden cabinet stand that brings it
/// up to a person's waist. Everything here is static and bounded by the tank's inside (gravel and plants stay
/// under the water line), seeded by the plan.
/// </summary>
public static class AquariumDressing
{
    /// <summary>m: a typical aquarium cabinet's height.</summary>
    public const float StandHeight = 0.7f;
    /// <summary>m: the gravel bed's depth.</summary>
    public const float Gravel = 0.03f;

    /// <summary>Whether the loose things going into tank <paramref name="tankId"/> include a fish.</summary>
    public static bool HoldsFish(CastEntities cast, string tankId) =>
        cast.Members.Any(m => m.Id != tankId && Animals.IsWaterAnimal(m.Kind));

    /// <summary>
    /// The gravel, plants and rock inside a tank whose floor's middle is <paramref name="floor"/> and whose inside
    /// is <paramref name="inner"/> half-extents across (x, z) with its water <paramref name="level"/> m deep, and the
    /// stand under it when <paramref name="stand"/>.
    /// </summary>
    public static List<Entity> Dress(Entity tank, Vector3 floor, Vector2 inner, float level, bool stand, long seed)
    {
        var random = new SeededRandom(seed, "aquarium/" + tank.Id);
        var list = new List<Entity>();
        Entity Static(string part, Vector3 at, Vector3 half, Model model, string material) => tank with
        {
            Id = $"{tank.Id}/{part}", Kind = part, IsStatic = true, Position = at, Rotation = Quaternion.Identity,
            Shape = new BoxShape(Vector3.Max(half, new Vector3(0.005f))), Model = model, Material = MaterialLibrary.Get(material),
        };

        // Gravel: a flat bed with a rounded pebble every couple of centimetres on it, in aquarium-gravel colours.
        var bed = new MeshBuilder();
        bed.Box(new Vector3(0, Gravel / 2, 0), new Vector3(inner.X, Gravel / 2, inner.Y));
        Material[] stones = [Paints.Srgb(170, 150, 120, 0.8f, 0, "gravel"), Paints.Srgb(120, 110, 100, 0.8f, 0, "gravel dark"), Paints.Srgb(200, 190, 175, 0.7f, 0, "gravel pale")];
        var pebbles = stones.Select(_ => new MeshBuilder()).ToArray();
        var count = (int)(inner.X * inner.Y * 4 / (0.035f * 0.035f));
        for (var i = 0; i < Math.Min(count, 900); i++)
        {
            var r = random.RangeF(0.008f, 0.015f);
            var p = new Vector3(random.RangeF(-inner.X + r, inner.X - r), Gravel, random.RangeF(-inner.Y + r, inner.Y - r));
            pebbles[i % pebbles.Length].Ellipsoid(p, new Vector3(r, r * 0.6f, r * 0.85f), rotY: random.RangeF(0, 3), slices: 6, stacks: 4);
        }
        var parts = new List<ModelPart> { new(bed.Build("aquarium/gravel bed"), Matrix4x4.Identity, stones[0]) };
        for (var k = 0; k < pebbles.Length; k++) parts.Add(new(pebbles[k].Build("aquarium/pebbles"), Matrix4x4.Identity, stones[k]));
        list.Add(Static("gravel", floor, new Vector3(inner.X, Gravel / 2, inner.Y), new Model(parts), "stone"));

        // Plants: clumps of long, gently curving blades along the back, none higher than the water.
        var leaf = new MeshBuilder();
        var clumps = Math.Max(2, (int)(inner.X / 0.2f));
        for (var c = 0; c < clumps; c++)
        {
            var x = -inner.X + (2 * inner.X) * (c + 0.5f) / clumps + random.RangeF(-0.05f, 0.05f);
            var z = -inner.Y * random.RangeF(0.45f, 0.8f);
            var tall = MathF.Min(level * random.RangeF(0.55f, 0.9f), level - 0.03f);
            for (var b = 0; b < 7; b++)
            {
                var lean = random.RangeF(-0.5f, 0.5f);
                var turn = random.RangeF(0, MathF.Tau);
                var bladeHeight = tall * random.RangeF(0.6f, 1f);
                var root = new Vector3(x + random.RangeF(-0.02f, 0.02f), Gravel, z + random.RangeF(-0.02f, 0.02f));
                // Three rods bent a little further each: a blade that arcs over, not a stick.
                var at = root;
                for (var s = 1; s <= 3; s++)
                {
                    var bend = lean * s / 3;
                    var next = root + new Vector3(MathF.Cos(turn) * bend * bladeHeight * 0.35f * s / 3, bladeHeight * s / 3, MathF.Sin(turn) * bend * bladeHeight * 0.35f * s / 3);
                    leaf.Rod(at, next, 0.008f * (1.2f - s * 0.25f), 0.008f * (1.2f - (s + 1) * 0.25f), 6);
                    at = next;
                }
            }
        }
        list.Add(Static("plants", floor, new Vector3(0.02f, 0.02f, 0.02f),
            new Model([new ModelPart(leaf.Build("aquarium/plants"), Matrix4x4.Identity, Paints.Srgb(60, 140, 55, 0.6f, 0, "water plant"))]), "wood"));

        // A rock off to one side at the front of the plants.
        var rock = new MeshBuilder();
        var rx = inner.X * random.RangeF(0.3f, 0.55f) * (random.NextDouble() < 0.5 ? -1 : 1);
        rock.Ellipsoid(new Vector3(rx, Gravel, -inner.Y * 0.2f), new Vector3(0.07f, 0.05f, 0.05f), rotY: random.RangeF(0, 3), slices: 10, stacks: 6);
        list.Add(Static("rock", floor, new Vector3(0.02f), new Model([new ModelPart(rock.Build("aquarium/rock"), Matrix4x4.Identity, Paints.Srgb(105, 100, 95, 0.9f, 0, "rock") with { Pattern = "stone" })]), "stone"));

        if (stand)
        {
            var half = new Vector3(inner.X + 0.05f, StandHeight / 2, inner.Y + 0.05f);
            var cabinet = new MeshBuilder();
            cabinet.Box(Vector3.Zero, half);
            var trim = new MeshBuilder();
            // Two doors' seams and handles on the front, towards the camera (+Z).
            trim.Box(new Vector3(0, 0, half.Z), new Vector3(0.004f, half.Y * 0.85f, 0.004f));
            foreach (var s in new[] { -1f, 1f }) trim.Box(new Vector3(s * 0.05f, half.Y * 0.3f, half.Z + 0.008f), new Vector3(0.006f, 0.03f, 0.008f));
            list.Add(Static("stand", new Vector3(floor.X, StandHeight / 2, floor.Z), half, new Model(
            [
                new ModelPart(cabinet.Build("aquarium/stand"), Matrix4x4.Identity, Paints.DarkWood),
                new ModelPart(trim.Build("aquarium/stand trim"), Matrix4x4.Identity, Paints.Black),
            ]), "wood"));
        }
        return list;
    }
}
