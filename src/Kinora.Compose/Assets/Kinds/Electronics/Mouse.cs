using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// A computer mouse (11.6 × 6.2 cm, 3.6 cm high) on its mouse pad: a dome skewed so the hump sits under the palm
/// (−X) and the buttons slope to the front (+X), a seam between the buttons, a scroll wheel and dark side grips.
/// Mice are photographed on desks, on their pads; the pad is plain grey cloth, its own paint, so colour traits go
/// to the mouse. On the asset bench a round white dome with a cable was named nothing ("bird" 0.22), the skewed
/// shell alone "mouse" 0.18–0.25, on a dark blue or black pad 0.32–0.35 and on this mid-grey one 0.42 (a dark
/// mouse needs a lighter pad to stand out; a wider pad made it small in frame, 0.24).
/// </summary>
internal static class Mouse
{
    /// <summary>m; half length and half width of the shell and its height.</summary>
    public const float HalfLength = 0.058f, HalfWidth = 0.031f, Height = 0.036f;

    /// <summary>m; half extents of the pad (26 × 21 cm, 3 mm thick).</summary>
    public static readonly Vector3 Pad = new(0.13f, 0.0015f, 0.105f);

    public static readonly Material Cloth = Paints.Srgb(110, 110, 115, 0.9f, 0, "mousepad") with { Pattern = "fabric" };

    public static void OnPad(ModelBuilder m, ref SeededRandom r)
    {
        Shell(m);
        m.Transform(Matrix4x4.CreateTranslation(0, 2 * Pad.Y, 0));
        m.Paint(Cloth).Box(new Vector3(0.02f, Pad.Y, 0), Pad);
    }

    public static void Shell(ModelBuilder m)
    {
        // A lathe about the vertical scaled to the shell's size, then sheared: x' = x − 0.55 y moves the top back.
        var shear = Matrix4x4.Identity;
        shear.M21 = -0.55f;
        var shape = Matrix4x4.CreateScale(HalfLength, Height, HalfWidth) * shear * Matrix4x4.CreateTranslation(0.008f, 0.001f, 0);
        m.Body.Lathe([new(0, 0), new(1, 0), new(1, 0.12f), new(0.95f, 0.45f), new(0.75f, 0.78f), new(0.4f, 0.96f), new(0, 1)], shape, 48);
        var dark = m.Paint(Paints.Srgb(30, 30, 33, 0.5f, 0, "grip"));
        dark.Lathe([new(1.006f, 0.03f), new(1.006f, 0.22f)], shape, 48);
        dark.Box(new Vector3(0.03f, 0.026f, 0), new Vector3(0.024f, 0.006f, 0.0008f), rotZ: -0.5f);
        dark.Cylinder(Matrix4x4.CreateScale(0.007f, 0.0028f, 0.007f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(0.02f, 0.031f, 0), 1, 14);
    }
}
