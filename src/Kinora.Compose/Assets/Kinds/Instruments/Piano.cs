using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// A baby grand piano with its bench, the keyboard facing −X (the player sits at −X facing +X, so the camera at +Z
/// sees both in profile): a polished black case 1.7 m long with the long straight bass side away from the camera and
/// the treble side's S-curve towards it, the lid propped open on a stick (the concert view: the gold plate inside),
/// three tapered legs, 52 white and 36 black keys on a keybed at 0.72 m, a music desk, the pedal lyre and a padded
/// bench whose seat (0.5 m) is where <see cref="Seat"/> puts the player.
/// </summary>
public static class Piano
{
    public const float Length = 1.7f, HalfWidth = 0.74f, KeyHeight = 0.72f;
    /// <summary>Top of the bench's seat, design frame.</summary>
    public static readonly Vector3 Seat = new(-0.62f, 0.5f, 0);

    public static void Build(ModelBuilder m, ref SeededRandom r)
    {
        var black = m.Body; // polished case: a colour trait makes a white piano
        var gold = m.Paint(Paints.Srgb(200, 160, 80, 0.35f, 1, "brass"));
        var ivory = m.Paint(Paints.Srgb(242, 238, 228, 0.3f, 0, "keys"));
        var ebony = m.Paint(Paints.Srgb(15, 15, 17, 0.3f, 0, "sharps"));
        var felt = m.Paint(Paints.Srgb(120, 20, 25, 0.9f, 0, "felt"));

        var outline = CaseOutline();
        // Outline (x, z) extruded along y: a quarter turn about X takes the prism's depth to −y and its y to z.
        Matrix4x4 Flat(float bottom, float top, float shrink = 1) =>
            Matrix4x4.CreateTranslation(-Length / 2, 0, 0) * Matrix4x4.CreateScale(shrink, 1, 1) * Matrix4x4.CreateTranslation(Length / 2, 0, 0)
            * Matrix4x4.CreateScale(1, shrink, 1) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(0, (bottom + top) / 2, 0);
        black.Extrude(outline, 0.3f, Flat(0.58f, 0.88f));
        gold.Extrude(outline, 0.01f, Flat(0.875f, 0.885f, 0.9f)); // the iron plate, seen under the open lid
        felt.Box(new Vector3(0.06f, 0.888f, 0), new Vector3(0.03f, 0.004f, HalfWidth * 0.85f)); // damper rail
        for (var i = 0; i < 24; i++) // strings fanning from the keyboard end towards the tail
        {
            var z = -HalfWidth * 0.8f + i * HalfWidth * 1.6f / 23;
            var reach = Length * (0.95f - 0.5f * (z + HalfWidth) / (2 * HalfWidth));
            gold.Rod(new Vector3(0.12f, 0.89f, z), new Vector3(reach, 0.89f, z * 0.9f - 0.05f), 0.0015f, 0.0015f, 4);
        }
        // The lid, hinged along the bass side (z = −HalfWidth) and propped up 35° on a stick towards the treble side.
        var hinge = new Vector3(0, 0.885f, -HalfWidth);
        var lid = Matrix4x4.CreateTranslation(-hinge) * Matrix4x4.CreateRotationX(-0.6f) * Matrix4x4.CreateTranslation(hinge);
        black.Extrude(outline, 0.02f, Flat(0.885f, 0.905f) * lid);
        var propFoot = new Vector3(Length * 0.6f, 0.88f, HalfWidth * 0.2f);
        black.Rod(propFoot, Vector3.Transform(propFoot with { Y = 0.895f }, lid), 0.008f, 0.008f, 8);

        // Three tapered legs with brass casters.
        foreach (var (x, z) in new[] { (0.15f, -HalfWidth + 0.1f), (0.15f, HalfWidth - 0.1f), (Length - 0.35f, -HalfWidth + 0.25f) })
        {
            black.Rod(new Vector3(x, 0.05f, z), new Vector3(x, 0.58f, z), 0.035f, 0.055f, 12);
            gold.Sphere(Matrix4x4.CreateScale(0.03f) * Matrix4x4.CreateTranslation(x, 0.03f, z), 10, 6);
        }

        // Keybed in front of the case, with cheeks at both ends and the fallboard behind the keys.
        black.Box(new Vector3(-0.12f, KeyHeight - 0.04f, 0), new Vector3(0.13f, 0.025f, HalfWidth));
        foreach (var s in new[] { 1f, -1f })
            black.Box(new Vector3(-0.12f, KeyHeight + 0.01f, s * (HalfWidth - 0.04f)), new Vector3(0.13f, 0.04f, 0.04f));
        black.Box(new Vector3(0.03f, KeyHeight + 0.05f, 0), new Vector3(0.025f, 0.06f, HalfWidth - 0.08f));
        const int whites = 52;
        var keyWidth = 2 * (HalfWidth - 0.085f) / whites;
        var z0 = HalfWidth - 0.085f; // the player faces +X, so their left (the bass) is −z
        for (var k = 0; k < whites; k++)
        {
            var z = -z0 + (k + 0.5f) * keyWidth;
            ivory.Box(new Vector3(-0.13f, KeyHeight, z), new Vector3(0.075f, 0.012f, keyWidth / 2 - 0.0007f));
            // Black keys after C, D, F, G and A of each octave (the keyboard here starts on A: A, B, C… so shift by 2).
            var degree = (k + 5) % 7; // 0 = C
            if (k < whites - 1 && degree is 0 or 1 or 3 or 4 or 5)
                ebony.Box(new Vector3(-0.1f, KeyHeight + 0.018f, z + keyWidth / 2), new Vector3(0.045f, 0.012f, keyWidth * 0.28f));
        }
        // Music desk, leaning back over the fallboard.
        black.Box(Matrix4x4.CreateScale(0.008f, 0.13f, 0.36f) * Matrix4x4.CreateRotationZ(-0.25f) * Matrix4x4.CreateTranslation(0.12f, 1.0f, 0));
        // Pedal lyre under the keybed with three brass pedals.
        black.Box(new Vector3(0.0f, 0.35f, 0), new Vector3(0.03f, 0.31f, 0.07f));
        for (var i = -1; i <= 1; i++) gold.Box(new Vector3(-0.07f, 0.06f, i * 0.045f), new Vector3(0.045f, 0.008f, 0.012f));

        // Bench: a padded top on four legs, its seat where the player sits.
        black.Box(new Vector3(Seat.X, Seat.Y - 0.04f, 0), new Vector3(0.17f, 0.04f, 0.38f));
        foreach (var sx in new[] { 1f, -1f })
            foreach (var sz in new[] { 1f, -1f })
                black.Box(new Vector3(Seat.X + sx * 0.14f, (Seat.Y - 0.08f) / 2, sz * 0.34f), new Vector3(0.02f, (Seat.Y - 0.08f) / 2, 0.02f));
    }

    /// <summary>Top view of the case, (x, z): the keyboard edge at x = 0, the bass side straight along z = −HalfWidth,
    /// the treble side straight for a while, then the S-curve in to the rounded tail.</summary>
    private static Vector2[] CaseOutline()
    {
        var pts = new List<Vector2> { new(0, -HalfWidth), new(0, HalfWidth), new(0.45f, HalfWidth) };
        const int steps = 16;
        var tailX = Length - 0.2f;
        const float tailZ = -HalfWidth + 0.26f;
        for (var i = 1; i <= steps; i++)
        {
            var u = i / (float)steps;
            pts.Add(new(0.45f + (tailX - 0.45f) * u, HalfWidth - (HalfWidth - tailZ) * u * u * (3 - 2 * u)));
        }
        // The tail: a half circle from the end of the curve round to the bass side.
        var centre = new Vector2(tailX, (tailZ - HalfWidth) / 2);
        var radius = (tailZ + HalfWidth) / 2;
        for (var i = 1; i < 10; i++)
        {
            var a = MathF.PI / 2 - MathF.PI * i / 10;
            pts.Add(centre + radius * new Vector2(MathF.Cos(a), MathF.Sin(a)));
        }
        pts.Add(new(tailX, -HalfWidth));
        return [.. pts];
    }
}
