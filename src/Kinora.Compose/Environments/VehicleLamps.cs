using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery;

namespace Kinora.Compose.Environments;

/// <summary>
/// After dark, vehicles drive with their lamps on: every cast body whose model has "headlight" surfaces gets them
/// glowing and a spot light riding on it (in its own frame, so it follows the car), aimed along the kind's front
/// and dipped 5° like a low beam; "taillight" surfaces glow red. Any kind modelled with those surfaces (cars,
/// buses, trucks, motorcycles, trains) is lit the same way.
/// </summary>
public static class VehicleLamps
{
    /// <summary>A headlamp's lens: white, bright enough to bloom.</summary>
    private static readonly Material HeadGlow = Palette.Glow(255, 250, 235, 6f, "headlight");
    private static readonly Material TailGlow = Palette.Glow(255, 30, 20, 2.5f, "taillight");

    /// <summary>
    /// Beam strength, sun units at 1 m. Physically a low beam is ~0.2 (20 000 cd); on screen the beam must out-shine
    /// a moonlit road, so it is set where the pool on the asphalt 10 m ahead reads (≈ 0.4 at 10 m).
    /// </summary>
    private const float BeamStrength = 40, BeamRange = 35, BeamCone = 28;

    public static (IReadOnlyList<Entity> Cast, IReadOnlyList<LightSource> Lights) Apply(IReadOnlyList<Entity> cast, bool dark)
    {
        if (!dark) return (cast, []);
        var lit = new List<Entity>(cast.Count);
        var lights = new List<LightSource>();
        foreach (var e in cast)
        {
            var (min, max, found) = LampBounds(e.Model, "headlight");
            if (!found) { lit.Add(e); continue; }
            var parts = e.Model.Parts.Select(p => p.Material.Name switch
            {
                "headlight" => p with { Material = HeadGlow },
                "taillight" => p with { Material = TailGlow },
                _ => p,
            }).ToList();
            lit.Add(e with { Model = new Model(parts) });
            var front = Vector3.Normalize(AssetLibrary.Front(e.Kind));
            var beam = Vector3.Normalize(front - new Vector3(0, 0.09f, 0));
            // One spot from the middle of the lamps, set back inside the body so the edge of its cone meets the road
            // within ~0.3 m of the bumper (from the lamps themselves it left ~1.2 m of dark road before the pool); the
            // body's outer faces all look away from it, so it lights none of them.
            var at = (min + max) / 2 - front * 0.55f;
            lights.Add(new LightSource(at, new Vector3(1, 0.96f, 0.88f) * BeamStrength, BeamRange)
            {
                Direction = beam, ConeDegrees = BeamCone, OwnerId = e.Id,
            });
        }
        return (lit, lights);
    }

    /// <summary>Box holding every vertex of the parts painted <paramref name="paint"/>, in the entity's frame.</summary>
    private static (Vector3 Min, Vector3 Max, bool Found) LampBounds(Model model, string paint)
    {
        var min = new Vector3(float.MaxValue);
        var max = new Vector3(float.MinValue);
        var found = false;
        foreach (var part in model.Parts)
        {
            if (part.Material.Name != paint) continue;
            foreach (var p in part.Mesh.Positions.Span)
            {
                var w = Vector3.Transform(p, part.Local);
                min = Vector3.Min(min, w);
                max = Vector3.Max(max, w);
                found = true;
            }
        }
        return (min, max, found);
    }
}
