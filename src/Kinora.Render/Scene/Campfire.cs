using System.Numerics;
using Kinora.Compose;
using Kinora.Compose.Assets;
using Kinora.Compose.Assets.Meshes;
using Kinora.Compose.Scenery;
using Kinora.Plan;

namespace Kinora.Render.Scene;

/// <summary>
/// The bed a fire burns on (drawn under the flame particles wherever the plan's particles are "fire"): a ring of
/// eleven field stones about a metre across, grey ash inside it, logs leaned together in a cone with charred tops,
/// and glowing embers at their feet. The flames rise from the cone's middle (<see cref="FlameBase"/>).
/// </summary>
public static class Campfire
{
    /// <summary>Height of the flames' source above the ground, m: the particles' bed sits 0.2 m under their source.</summary>
    public const float FlameBase = 0.2f;

    /// <summary>The model at its true size, its base on y = 0 and centred on the origin.</summary>
    public static Model Build(long seed)
    {
        var random = new SeededRandom(seed, "render.campfire");
        var stone = Paints.Srgb(112, 108, 102, 0.9f, 0, "fieldstone") with { Pattern = "stone" };
        var m = new ModelBuilder("campfire", stone);
        const int Stones = 11;
        for (var i = 0; i < Stones; i++)
        {
            var a = (i + random.RangeF(-0.15f, 0.15f)) * MathF.Tau / Stones;
            var size = random.RangeF(0.85f, 1.15f);
            m.Body.Ellipsoid(new Vector3(MathF.Cos(a) * 0.5f, 0.06f * size, MathF.Sin(a) * 0.5f),
                new Vector3(0.11f, 0.075f, 0.085f) * size, rotZ: random.RangeF(-0.2f, 0.2f), rotY: -a, slices: 10, stacks: 6);
        }
        m.Paint(Paints.Srgb(70, 66, 62, 1f, 0, "ash")).Cylinder(Matrix4x4.CreateScale(0.4f, 0.008f, 0.4f) * Matrix4x4.CreateTranslation(0, 0.008f, 0), 1, 20);
        // Embers glow by their own light (dim against the flames, so the bed reads orange under them, not white).
        m.Paint(Palette.Glow(255, 96, 20, 0.9f, "embers")).Ellipsoid(new Vector3(0, 0.025f, 0), new Vector3(0.24f, 0.03f, 0.24f), slices: 16, stacks: 6);
        var bark = Paints.Srgb(78, 55, 38, 0.85f, 0, "bark") with { Pattern = "wood" };
        var logs = m.Paint(bark);
        var char_ = m.Paint(Paints.Srgb(22, 18, 16, 0.9f, 0, "charcoal"));
        const int Logs = 5;
        for (var i = 0; i < Logs; i++)
        {
            var a = (i + 0.3f + random.RangeF(-0.1f, 0.1f)) * MathF.Tau / Logs;
            // Low enough that the flames (0.5–1 m) stand over them, as they do once a fire has caught.
            var foot = new Vector3(MathF.Cos(a) * 0.32f, 0.04f, MathF.Sin(a) * 0.32f);
            var top = new Vector3(MathF.Cos(a) * 0.03f, random.RangeF(0.34f, 0.42f), MathF.Sin(a) * 0.03f);
            var r = random.RangeF(0.04f, 0.055f);
            var burnt = Vector3.Lerp(foot, top, 0.62f);
            logs.Rod(foot, burnt, r, r * 0.95f, 8);
            char_.Rod(burnt, top, r * 0.95f, r * 0.7f, 8);
        }
        var (min, max) = m.Bounds();
        var (_, model) = m.Finish(MathF.Max(max.X - min.X, MathF.Max(max.Y - min.Y, max.Z - min.Z)));
        // Finish centres the model on its bounds: move it back where it was built (the fire's middle on the origin),
        // its lowest point on the ground.
        var centre = (min + max) / 2;
        var lift = Matrix4x4.CreateTranslation(centre.X, centre.Y - min.Y, centre.Z);
        return new Model([.. model.Parts.Select(p => p with { Local = p.Local * lift })]);
    }
}
