using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// A five-piece drum kit seen from the front (+Z, the audience side), the drummer's stool behind it: a 22-inch bass
/// drum on its side with a pale front head, two rack toms on it, a snare and a floor tom, hi-hat, crash and ride
/// cymbals in brass on chrome stands. Shells take the body colour (a sparkle red unless the plan says otherwise).
/// The drummer sits at <see cref="Seat"/> facing +Z; their left is +X, where the hi-hat and snare stand.
/// </summary>
public static class DrumKit
{
    public static readonly Vector3 Seat = new(0, 0.52f, -0.55f);

    public static void Build(ModelBuilder m, ref SeededRandom r)
    {
        var shell = m.Body;
        var head = m.Paint(Paints.Srgb(235, 232, 222, 0.55f, 0, "drumhead"));
        var chrome = m.Paint(Paints.Chrome);
        var brass = m.Paint(Paints.Srgb(205, 160, 70, 0.3f, 1, "cymbal"));
        var black = m.Paint(Paints.Black);

        // Bass drum on its side, its front head towards the audience with a dark port ring.
        Drum(shell, head, chrome, new Vector3(0, 0.28f, 0.05f), Vector3.UnitZ, 0.28f, 0.42f);
        black.Torus(0.12f, 0.01f, Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(0, 0.28f, 0.265f), 32, 6);
        foreach (var s in new[] { 1f, -1f }) // spurs
            chrome.Rod(new Vector3(s * 0.22f, 0.12f, 0.2f), new Vector3(s * 0.35f, 0, 0.3f), 0.008f, 0.008f, 6);
        // Rack toms on the bass drum, tipped towards the drummer.
        foreach (var s in new[] { 1f, -1f })
        {
            var at = new Vector3(s * 0.14f, 0.7f, -0.02f);
            Drum(shell, head, chrome, at, Vector3.Normalize(new Vector3(-s * 0.2f, 1, -0.6f)), 0.12f, 0.2f);
            chrome.Rod(new Vector3(0, 0.56f, 0.02f), at, 0.01f, 0.01f, 6);
        }
        // Snare on the drummer's left, between the knees; floor tom on the right.
        Drum(shell, head, chrome, new Vector3(0.26f, 0.62f, -0.28f), Vector3.Normalize(new Vector3(-0.1f, 1, -0.15f)), 0.18f, 0.14f);
        Stand(chrome, new Vector3(0.26f, 0, -0.28f), 0.55f);
        Drum(shell, head, chrome, new Vector3(-0.4f, 0.45f, -0.2f), Vector3.UnitY, 0.2f, 0.38f);
        foreach (var a in new[] { 0.5f, 2.6f, 4.6f })
            chrome.Rod(new Vector3(-0.4f + 0.2f * MathF.Cos(a), 0.4f, -0.2f + 0.2f * MathF.Sin(a)), new Vector3(-0.4f + 0.26f * MathF.Cos(a), 0, -0.2f + 0.26f * MathF.Sin(a)), 0.007f, 0.007f, 6);
        // Cymbals: hi-hat (a closed pair) far left, crash high left, ride right.
        Cymbal(brass, chrome, new Vector3(0.55f, 0.92f, -0.18f), 0.18f, 0, pair: true);
        Cymbal(brass, chrome, new Vector3(0.42f, 1.32f, 0.12f), 0.23f, -0.35f, pair: false);
        Cymbal(brass, chrome, new Vector3(-0.55f, 1.15f, 0.05f), 0.26f, 0.3f, pair: false);
        // The stool: a round black cushion on a chrome post and tripod.
        black.Cylinder(Matrix4x4.CreateScale(0.17f, 0.05f, 0.17f) * Matrix4x4.CreateTranslation(Seat - new Vector3(0, 0.05f, 0)), 1, 24);
        Stand(chrome, Seat with { Y = 0 }, Seat.Y - 0.1f);
    }

    /// <summary>A drum: a shell of <paramref name="radius"/> and <paramref name="depth"/> along <paramref name="axis"/>,
    /// a head on each end and a chrome hoop round each head.</summary>
    private static void Drum(MeshBuilder shell, MeshBuilder head, MeshBuilder chrome, Vector3 centre, Vector3 axis, float radius, float depth)
    {
        var align = MeshBuilder.AlignY(axis) * Matrix4x4.CreateTranslation(centre);
        shell.Cylinder(Matrix4x4.CreateScale(radius, depth / 2, radius) * align, 1, 32);
        foreach (var s in new[] { 1f, -1f })
        {
            head.Cylinder(Matrix4x4.CreateScale(radius * 0.97f, 0.002f, radius * 0.97f) * Matrix4x4.CreateTranslation(0, s * (depth / 2 + 0.002f), 0) * align, 1, 32);
            chrome.Torus(radius, 0.008f, Matrix4x4.CreateTranslation(0, s * depth / 2, 0) * align, 32, 6);
        }
    }

    /// <summary>A cymbal (a shallow brass dome) on a chrome stand from the floor, tipped by <paramref name="tilt"/> about Z.</summary>
    private static void Cymbal(MeshBuilder brass, MeshBuilder chrome, Vector3 centre, float radius, float tilt, bool pair)
    {
        var place = Matrix4x4.CreateRotationZ(tilt) * Matrix4x4.CreateTranslation(centre);
        brass.Lathe([new(radius, 0), new(radius * 0.6f, 0.012f), new(0.05f, 0.025f), new(0.03f, 0.04f), new(0, 0.04f)], place, 32);
        if (pair) brass.Lathe([new(0, -0.03f), new(0.03f, -0.03f), new(0.05f, -0.015f), new(radius * 0.6f, -0.012f), new(radius, -0.004f)], place, 32);
        Stand(chrome, centre with { Y = 0 }, centre.Y);
    }

    /// <summary>A chrome post to <paramref name="height"/> on a tripod of three splayed feet.</summary>
    private static void Stand(MeshBuilder chrome, Vector3 foot, float height)
    {
        chrome.Rod(foot, foot + new Vector3(0, height, 0), 0.012f, 0.01f, 8);
        for (var i = 0; i < 3; i++)
        {
            var a = i * 2 * MathF.PI / 3 + 0.4f;
            chrome.Rod(foot + new Vector3(0, 0.25f, 0), foot + new Vector3(0.22f * MathF.Cos(a), 0.005f, 0.22f * MathF.Sin(a)), 0.008f, 0.008f, 6);
        }
    }
}
