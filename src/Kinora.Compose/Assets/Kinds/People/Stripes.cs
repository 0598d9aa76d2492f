using System.Numerics;
using Kinora.Compose.Assets.Meshes;

namespace Kinora.Compose.Assets.Kinds.Person;

/// <summary>
/// A striped top (a Breton shirt): bands of the stripe colour round the torso from the waist to the chest, each a
/// thin ring that follows the shirt's own profile 1.5 mm proud of it, so the stripes curve with the body and light
/// like the cloth under them. Cheap: a few hundred triangles, no texture.
/// </summary>
public static class Stripes
{
    /// <summary>Metres between stripe centres, and each band's height.</summary>
    private const float Pitch = 0.05f, Band = 0.02f;

    public static void Torso(MeshBuilder stripe, PersonLook look)
    {
        var profile = Body.TorsoProfile(look);
        var scale = Body.TorsoScale(look);
        for (var y = 1.04f; y + Band < 1.4f; y += Pitch)
            stripe.Lathe([new(Radius(profile, y) + 0.0015f, y), new(Radius(profile, y + Band) + 0.0015f, y + Band)], scale, 24);
    }

    /// <summary>The profile's radius at height y (linear between its points, which climb).</summary>
    public static float Radius(IReadOnlyList<Vector2> profile, float y)
    {
        for (var i = 1; i < profile.Count; i++)
            if (profile[i].Y >= y && profile[i].Y > profile[i - 1].Y)
                return float.Lerp(profile[i - 1].X, profile[i].X, (y - profile[i - 1].Y) / (profile[i].Y - profile[i - 1].Y));
        return profile[^1].X;
    }
}
