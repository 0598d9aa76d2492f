using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// The lamp people photograph on a cobbled street: a cast-iron post (~4 m) on a fluted base, a ladder rest crossing
/// it under the head, and a four-sided glass lantern with a pyramid roof and finial — the Victorian gas lamp that
/// prompts call ornate, wrought-iron, Art Nouveau or lantern-style. The same lantern, small and with a ring handle,
/// is the hand lantern. Its panes glow warm by day and night alike: a lamp in a photo is nearly always lit, and a
/// cast kind is built before the set knows the hour.
/// </summary>
public static class Lamppost
{
    /// <summary>Painted cast iron, near black.</summary>
    public static Material Iron { get; } = Paints.Srgb(30, 33, 32, 0.45f, 0.5f, "castiron");

    /// <summary>
    /// Lit glass: a warm gas-mantle colour glowing at about the brightness of sunlit white paper, so it reads as lit
    /// in daylight without washing out, and stands out as the brightest thing at night. Like the sets' lamp globes
    /// it throws no shadow.
    /// </summary>
    public static Material Glass { get; } = Paints.Srgb(255, 214, 150, 0.2f, 0, "lampglass") with
    {
        Emission = new Vector3(Paints.ToLinear(255), Paints.ToLinear(214), Paints.ToLinear(150)) * 1.4f,
        CastsShadow = false,
    };

    /// <summary>Height (m) of the lantern's middle on the post.</summary>
    public const float HeadHeight = 3.42f;

    public static void StreetLamp(ModelBuilder m, ref SeededRandom r)
    {
        var iron = m.Body;
        // Fluted base: a wide plinth stepping in to a tall tapering column, then the slim post.
        iron.Lathe([new(0.24f, 0), new(0.24f, 0.08f), new(0.2f, 0.12f), new(0.2f, 0.2f), new(0.15f, 0.28f), new(0.12f, 0.7f),
            new(0.14f, 0.76f), new(0.09f, 0.84f), new(0.075f, 1.05f), new(0, 1.05f)], Matrix4x4.Identity, 12);
        iron.Rod(new Vector3(0, 1.0f, 0), new Vector3(0, 3.1f, 0), 0.06f, 0.045f, 12);
        foreach (var y in new[] { 1.6f, 2.55f }) // collars along the post
            iron.Torus(0.058f, 0.018f, Matrix4x4.CreateTranslation(0, y, 0), 16, 6);
        // The ladder rest: a bar across under the head with a ball on each end.
        iron.Box(new Vector3(0, 2.88f, 0), new Vector3(0.32f, 0.018f, 0.018f));
        foreach (var x in new[] { -0.33f, 0.33f }) iron.Sphere(Matrix4x4.CreateScale(0.035f) * Matrix4x4.CreateTranslation(x, 2.88f, 0), 8, 5);
        // Scrolls under the head: two curls from post to the lantern's tray, the ornament the prompts name.
        foreach (var s in new[] { -1f, 1f })
            iron.Torus(0.1f, 0.014f, Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(s * 0.11f, 3.04f, 0), 14, 5);
        iron.Lathe([new(0.05f, 3.05f), new(0.12f, 3.12f), new(0.05f, 3.14f)], Matrix4x4.Identity, 12); // tray stem
        Head(m, new Vector3(0, HeadHeight, 0), 1);
    }

    /// <summary>A hand lantern (~0.42 m with its handle): the street lamp's head on a small base, with a ring handle.</summary>
    public static void Lantern(ModelBuilder m, ref SeededRandom r)
    {
        const float s = 0.42f / 0.8f; // the head stands ~0.8 m tall on the post; the hand lantern is half that
        Head(m, new Vector3(0, 0.29f * s, 0), s);
        m.Body.Box(new Vector3(0, 0.02f * s, 0), new Vector3(0.17f * s, 0.02f * s, 0.17f * s)); // foot
        m.Body.Torus(0.09f * s, 0.012f * s, Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(0, 0.72f * s, 0), 16, 6);
    }

    /// <summary>
    /// The lantern: a tray, four corner posts framing glowing glass, a pyramid roof with a crown band and a ball
    /// finial. Centred on the glass at <paramref name="centre"/>; <paramref name="s"/> scales the 0.8 m head.
    /// </summary>
    private static void Head(ModelBuilder m, Vector3 centre, float s)
    {
        var iron = m.Body;
        Vector3 At(float x, float y, float z) => centre + new Vector3(x, y, z) * s;
        const float w = 0.15f, h = 0.2f; // half width and half height of the glass
        m.Paint(Glass).Cylinder(Matrix4x4.CreateScale(w * 1.414f * s, h * s, w * 1.414f * s) * Matrix4x4.CreateRotationY(MathF.PI / 4) * Matrix4x4.CreateTranslation(centre), 1.25f, 4);
        iron.Box(At(0, -h - 0.025f, 0), new Vector3(w + 0.03f, 0.025f, w + 0.03f) * s); // tray
        foreach (var (x, z) in new[] { (-1, -1), (1, -1), (-1, 1), (1, 1) })
            iron.Rod(At(x * w, -h, z * w), At(x * w * 1.25f, h, z * w * 1.25f), 0.013f * s, 0.013f * s, 5); // corner posts
        iron.Box(At(0, h + 0.02f, 0), new Vector3(w * 1.3f, 0.02f, w * 1.3f) * s); // crown band
        // The roof: a four-sided pyramid whose faces line up with the glass.
        iron.Cylinder(Matrix4x4.CreateScale(w * 1.4f * 1.414f * s, 0.09f * s, w * 1.4f * 1.414f * s) * Matrix4x4.CreateRotationY(MathF.PI / 4)
            * Matrix4x4.CreateTranslation(At(0, h + 0.13f, 0)), 0.15f, 4);
        iron.Sphere(Matrix4x4.CreateScale(0.035f * s) * Matrix4x4.CreateTranslation(At(0, h + 0.26f, 0)), 8, 6);
        iron.Rod(At(0, h + 0.28f, 0), At(0, h + 0.36f, 0), 0.012f * s, 0.002f * s, 5); // finial spike
    }
}
