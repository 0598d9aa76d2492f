using System.Numerics;
using Kinora.Compose;
using Kinora.Compose.Assets.Kinds;
using Kinora.Plan;

namespace Kinora.Motion.Behaviours;

/// <summary>
/// Which driven bodies move as a <see cref="Flock"/>, and in what space: birds that fly (the members of one cast
/// entry doing one action, a V behind their leader as the layout set them), and fish that swim, alone or as a school.
/// A fish swims in the water it was put in (a tank's <see cref="LiquidShape"/>), else in open water between the
/// sea floor and a surface a few metres up; a school starts bunched around its leader, staggered behind and beside
/// it, not in the layout's row.
/// </summary>
public static class FlockForming
{
    /// <summary>Body lengths a second a fish cruises at (a goldfish ~1–2, most fish under 2 sustained).</summary>
    private const float CruiseLengths = 1.5f;
    /// <summary>m of open water a fish keeps above the sea floor, and the height of the open sea's surface.</summary>
    private const float FloorClearance = 0.3f, OpenSurface = 3.2f;

    public static bool Flocks(Entity e, Locomotion.Driver d) =>
        d.Mount < 0 && d.Target < 0 && (Animals.IsWaterAnimal(e.Kind) || e.Kind == "bird" && d.Altitude > 0);

    /// <summary>The flocks among <paramref name="drivers"/>; <paramref name="startOf"/> gives a driven body's composed
    /// start (with its cruising height).</summary>
    public static List<Flock> Form(World world, IReadOnlyList<Locomotion.Driver> drivers, Func<int, Vector3> startOf)
    {
        var flocks = new List<Flock>();
        var taken = new HashSet<int>();
        foreach (var d in drivers)
        {
            var e = world.Entities[d.Body];
            if (taken.Contains(d.Body) || !Flocks(e, d)) continue;
            var members = drivers.Where(o => o.Start == d.Start && !taken.Contains(o.Body) && Flocks(world.Entities[o.Body], o)
                    && world.Entities[o.Body].CastId == e.CastId)
                .Select(o => o.Body).Distinct().ToArray();
            foreach (var b in members) taken.Add(b);
            var length = BodyLength(e);
            var water = Animals.IsWaterAnimal(e.Kind);
            // Fish start where the layout (or the tank) put them, not in a walker's lane cleared past the tank.
            var positions = members.Select(b => water ? world.Entities[b].Position : startOf(b)).ToArray();
            var pace = (float)d.Pace;
            FlockVolume volume;
            float separation;
            var random = new SeededRandom(world.Plan.Seed, "flock/" + e.CastId);
            if (water)
            {
                pace = MathF.Min(pace, CruiseLengths * length);
                separation = length * 0.9f;
                volume = WaterAround(world, positions[0], e, out var open);
                School(positions, volume, length, open, ref random);
            }
            else
            {
                separation = length * 1.5f;
                // Birds keep their own cruising heights, give or take a little, over open air; over trees they lift
                // together to clear the crowns by a few metres (see Canopy), keeping their spacing in height.
                var canopy = Canopy.TopNear(world, positions[0], CanopyRadius);
                var lift = canopy > 0 ? MathF.Max(0, canopy + CanopyClearance - positions.Min(p => p.Y)) : 0;
                for (var k = 0; k < positions.Length; k++) positions[k].Y += lift;
                var low = positions.Min(p => p.Y);
                var high = positions.Max(p => p.Y);
                volume = FlockVolume.Band(low - 0.3f, high + 0.3f);
            }
            flocks.Add(new Flock(members, positions, pace, separation, volume, d.Start, d.End, random.NextULong()));
        }
        return flocks;
    }

    /// <summary>m: how far round a flock's start the scenery counts as what it flies over (a few seconds' flight).</summary>
    private const float CanopyRadius = 30;
    /// <summary>m a flock keeps above the crowns it flies over.</summary>
    private const float CanopyClearance = 2.5f;

    /// <summary>m/s a fish with nothing to do drifts about at (it is capped to its cruise in <see cref="Form"/>).</summary>
    private const double IdlePace = 0.5;

    /// <summary>Fish live swimming: one the plan gives no moving verb ("a goldfish in a bowl") still swims about its
    /// water, slowly, for the whole clip, instead of falling through it as a dropped body.</summary>
    public static void AddIdleSwimmers(World world, List<Locomotion.Driver> drivers)
    {
        for (var i = 0; i < world.Entities.Count; i++)
        {
            var e = world.Entities[i];
            if (e.IsStatic || !Animals.IsWaterAnimal(e.Kind) || drivers.Any(d => d.Body == i)) continue;
            drivers.Add(new Locomotion.Driver(i, -1, Vector3.UnitX, IdlePace, 0, world.Plan.Format.Seconds));
        }
    }

    /// <summary>Nose to tail (m): the long side of the body's box.</summary>
    public static float BodyLength(Entity e) => e.Shape is BoxShape b ? 2 * MathF.Max(b.HalfExtents.X, b.HalfExtents.Z) : 2 * e.Shape.BoundingRadius;

    /// <summary>The water a fish at <paramref name="at"/> swims in, as a box of where its centre may go.</summary>
    public static FlockVolume WaterAround(World world, Vector3 at, Entity fish, out bool open)
    {
        open = false;
        var reach = BodyLength(fish) / 2;
        var half = fish.Shape.HalfHeight;
        Entity? best = null;
        var bestDistance = float.MaxValue;
        foreach (var w in world.Entities)
        {
            if (w.Shape is not LiquidShape) continue;
            var distance = Vector2.Distance(new(w.Position.X, w.Position.Z), new(at.X, at.Z));
            if (distance < bestDistance) (best, bestDistance) = (w, distance);
        }
        if (best is { Shape: LiquidShape liquid })
        {
            // A body's reach from its centre: half its length sideways (it may turn any way), its half-height up and down.
            var inner = liquid.HalfExtents - new Vector3(reach, half, reach);
            inner = Vector3.Max(inner, new Vector3(0.01f));
            return new FlockVolume(best.Position - inner, best.Position + inner);
        }
        open = true;
        // Open water: a stretch of sea around the start, the floor under it and the surface a few metres up.
        var span = MathF.Max(6, 12 * reach);
        return new FlockVolume(new Vector3(at.X - span, FloorClearance + half, at.Z - span / 2),
            new Vector3(at.X + span, MathF.Max(OpenSurface, 4 * reach) - half, at.Z + span / 2));
    }

    /// <summary>
    /// Bunches a school around its leader: the leader in the middle of the water (or where it was put), the others
    /// staggered behind and to either side of it, a little above and below, with a seeded jitter.
    /// </summary>
    private static void School(Vector3[] positions, FlockVolume volume, float length, bool open, ref SeededRandom random)
    {
        // In a tank a school starts left of the middle heading right (a lone fish where it was put); in open water
        // at mid-depth over where the layout stood it.
        var leader = volume.Clamp(!open && positions.Length > 1 ? volume.Centre with { X = volume.Centre.X - (volume.Max.X - volume.Centre.X) * 0.3f } : positions[0]);
        if (open) leader.Y = (volume.Min.Y + volume.Max.Y) / 2;
        positions[0] = leader;
        for (var i = 1; i < positions.Length; i++)
        {
            var rank = (i + 1) / 2;
            var side = i % 2 == 1 ? 1 : -1;
            var offset = new Vector3(-rank * 0.9f * length, random.RangeF(-0.5f, 0.5f) * length, side * (0.6f + 0.5f * rank) * length);
            offset += new Vector3(random.RangeF(-0.3f, 0.3f), 0, random.RangeF(-0.3f, 0.3f)) * length;
            positions[i] = volume.Clamp(leader + offset);
        }
    }
}
