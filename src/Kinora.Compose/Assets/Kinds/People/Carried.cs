using System.Numerics;
using Kinora.Compose.Assets.Meshes;

namespace Kinora.Compose.Assets.Kinds.Person;

/// <summary>
/// What a person carries all through the clip (<c>traits.holds</c>), built on the torso so it stays steady while the
/// arms swing: an umbrella held up with its ~1.05 m canopy over the head (a common stick umbrella: eight gores, a
/// steel shaft and a crook handle at the right hand's height), or an open book held up before the chest, tilted
/// ~35° towards the eyes as people read standing. Model frame: facing +X, the person's right +Z.
/// </summary>
public static class Carried
{
    public const string Umbrella = "umbrella", Book = "book";

    private static readonly (byte R, byte G, byte B)[] Canopies = [(18, 18, 20), (24, 34, 70), (150, 24, 30), (30, 70, 50), (70, 70, 78)];
    private static readonly (byte R, byte G, byte B)[] Covers = [(140, 30, 30), (30, 60, 120), (40, 90, 60), (110, 70, 40), (30, 30, 34)];

    public static void Build(ModelBuilder m, PersonLook look, string? holds)
    {
        if (holds is not (Umbrella or Book)) return;
        var pick = look.SkinTone * 5 + look.Hair.G + look.Iris.R; // the person's own choices, no new draws
        // The person keeps their height and their body collides: what is carried stays out of the fitted size.
        var (lo, hi) = m.Bounds();
        m.CollideAs(lo, hi);
        m.Bone(m.JointIndex(JointNames.Spine));
        if (holds == Umbrella) BuildUmbrella(m, Canopies[pick % Canopies.Length], look.Shoulders);
        else BuildBook(m, Covers[pick % Covers.Length]);
    }

    private static void BuildUmbrella(ModelBuilder m, (byte R, byte G, byte B) colour, float shoulders)
    {
        // The shaft from the hand, in front of the right shoulder, up to the canopy's crown a hand above the head.
        var hand = new Vector3(0.2f, 1.22f, 0.16f * shoulders);
        var crown = new Vector3(0.08f, 2.22f, 0.06f);
        var steel = m.Paint(Paints.Steel);
        steel.Rod(hand, crown, 0.009f, 0.009f, 8);
        m.Paint(Paints.DarkWood).Rod(hand - new Vector3(0, 0.12f, 0), hand + new Vector3(0, 0.05f, 0), 0.016f, 0.016f, 8);
        const float R = 0.56f;
        var gores = new List<Vector2> { new(0, 0.02f), new(0.04f, 0.015f) };
        for (var i = 1; i <= 8; i++) { var t = i / 8f; gores.Add(new(R * t, -0.3f * t * t)); }
        gores.Add(new(R * 0.99f, -0.31f));
        gores.Add(new(0.05f, -0.02f));
        gores.Add(new(0, -0.02f));
        gores.Reverse();
        var canopy = m.Paint(Paints.Srgb(colour.R, colour.G, colour.B, 0.55f, 0, "canopy") with { Pattern = "fabric" });
        canopy.Lathe(gores, MeshBuilder.AlignY(crown - hand) * Matrix4x4.CreateTranslation(crown), 8);
        steel.Rod(crown, crown + Vector3.Normalize(crown - hand) * 0.07f, 0.006f, 0.003f, 6); // the ferrule
    }

    private static void BuildBook(ModelBuilder m, (byte R, byte G, byte B) cover)
    {
        // Held before the chest at the hands' height when the elbows bend; pages in a shallow V about the spine.
        var place = Matrix4x4.CreateRotationZ(0.6f) * Matrix4x4.CreateTranslation(0.3f, 1.12f, 0);
        var paper = m.Paint(Paints.Srgb(244, 238, 222, 0.85f, 0, "pages"));
        foreach (var s in new[] { 1f, -1f })
            paper.Box(Matrix4x4.CreateScale(0.1f, 0.01f, 0.075f) * Matrix4x4.CreateTranslation(0, 0, s * 0.077f) * Matrix4x4.CreateRotationX(-s * 0.14f) * place);
        m.Paint(Paints.Srgb(cover.R, cover.G, cover.B, 0.6f, 0, "bookcover"))
            .Box(Matrix4x4.CreateScale(0.106f, 0.006f, 0.16f) * Matrix4x4.CreateTranslation(0, -0.016f, 0) * place);
    }
}
