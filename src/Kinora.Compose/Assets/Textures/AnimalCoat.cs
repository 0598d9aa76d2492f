using System.Numerics;

namespace Kinora.Compose.Assets.Textures;

/// <summary>
/// The side view of an animal as texture space: u runs nose to tail along x, v top to bottom along y, both over the
/// animal's side-view bounds. Both flanks share it (coats are near enough symmetric) and the back and chest take
/// the colour of the outline point below them, which is how a stripe runs over a zebra's back. UVs stay in 0..1
/// (the renderer clamps textures at their edges).
/// </summary>
public readonly record struct SideProjection(Vector2 Min, Vector2 Max)
{
    public Vector2 Uv(Vector3 p) => new(
        Math.Clamp((p.X - Min.X) / (Max.X - Min.X), 0, 1),
        Math.Clamp((Max.Y - p.Y) / (Max.Y - Min.Y), 0, 1));

    /// <summary>The side-view point (metres) at the centre of texel (px, py) of a width × height image.</summary>
    public Vector2 Point(int px, int py, int width, int height) => new(
        Min.X + (px + 0.5f) / width * (Max.X - Min.X),
        Max.Y - (py + 0.5f) / height * (Max.Y - Min.Y));
}

/// <summary>
/// Bakes a coat painted as a function of the side-view point into an sRGB texture. The painter returns a linear
/// multiplier over the body colour (1 keeps it, 0 is black), so a colour trait still dyes the whole coat and the
/// pattern stays. Texels are about a centimetre on a horse-sized animal, finer on small ones.
/// </summary>
public static class AnimalCoat
{
    public static Texture Bake(string name, SideProjection view, int longSide, Func<Vector2, Vector3> paint)
    {
        var size = view.Max - view.Min;
        var (w, h) = size.X >= size.Y
            ? (longSide, Math.Max(16, (int)(longSide * size.Y / size.X)))
            : (Math.Max(16, (int)(longSide * size.X / size.Y)), longSide);
        var rgba = new byte[w * h * 4];
        // Rows are independent, so the parallel loop bakes the same bytes on any number of cores.
        Parallel.For(0, h, py =>
        {
            for (var px = 0; px < w; px++)
            {
                var c = Vector3.Clamp(paint(view.Point(px, py, w, h)), Vector3.Zero, Vector3.One);
                var at = (py * w + px) * 4;
                rgba[at] = ToSrgb(c.X);
                rgba[at + 1] = ToSrgb(c.Y);
                rgba[at + 2] = ToSrgb(c.Z);
                rgba[at + 3] = 255;
            }
        });
        return new Texture(name, w, h, rgba);
    }

    /// <summary>Linear 0..1 to an sRGB byte (IEC 61966-2-1).</summary>
    public static byte ToSrgb(float linear)
    {
        var s = linear <= 0.0031308f ? linear * 12.92f : 1.055f * MathF.Pow(linear, 1 / 2.4f) - 0.055f;
        return (byte)Math.Clamp((int)MathF.Round(s * 255), 0, 255);
    }

    /// <summary>The multiplier that turns the body colour into a wanted sRGB swatch (per channel, clamped to 1).</summary>
    public static Vector3 Relative(Material body, byte r, byte g, byte b) =>
        Vector3.Min(new Vector3(Paints.ToLinear(r), Paints.ToLinear(g), Paints.ToLinear(b)) / Vector3.Max(body.BaseColor, new Vector3(1e-3f)), Vector3.One);
}
