namespace Kinora.Compose.Assets.Textures;

/// <summary>
/// A small sRGB RGBA8 drawing surface for the printed and lit faces of household things (a bottle label, keys,
/// a phone's home screen, a microwave keypad): filled rectangles, rounded rectangles and discs, enough to draw
/// the marks a viewer reads an object by. Coordinates are fractions of the width and height (0–1, top row first)
/// so a print keeps its layout at any resolution. Drawn once per look and cached by the caller; never per frame.
/// </summary>
public sealed class KitchenCanvas
{
    private readonly byte[] _rgba;

    public KitchenCanvas(int width, int height, byte r, byte g, byte b)
    {
        Width = width;
        Height = height;
        _rgba = new byte[width * height * 4];
        Rect(0, 0, 1, 1, r, g, b);
    }

    public int Width { get; }
    public int Height { get; }

    /// <summary>Fills the rectangle from (x0, y0) to (x1, y1), in fractions of the canvas.</summary>
    public KitchenCanvas Rect(float x0, float y0, float x1, float y1, byte r, byte g, byte b) =>
        RoundRect(x0, y0, x1, y1, 0, r, g, b);

    /// <summary>Fills a rectangle whose corners are rounded by <paramref name="radius"/> (a fraction of the width).</summary>
    public KitchenCanvas RoundRect(float x0, float y0, float x1, float y1, float radius, byte r, byte g, byte b)
    {
        var (px0, py0, px1, py1) = Pixels(x0, y0, x1, y1);
        var rad = radius * Width;
        for (var y = py0; y < py1; y++)
            for (var x = px0; x < px1; x++)
            {
                // Distance outside the inner rectangle, so corners are quarter discs of the radius.
                var dx = MathF.Max(MathF.Max(px0 + rad - (x + 0.5f), x + 0.5f - (px1 - rad)), 0);
                var dy = MathF.Max(MathF.Max(py0 + rad - (y + 0.5f), y + 0.5f - (py1 - rad)), 0);
                if (rad > 0 && dx * dx + dy * dy > rad * rad) continue;
                Set(x, y, r, g, b);
            }
        return this;
    }

    /// <summary>Fills an ellipse centred at (cx, cy) with radii (rx of the width, ry of the height).</summary>
    public KitchenCanvas Disc(float cx, float cy, float rx, float ry, byte r, byte g, byte b)
    {
        var (px0, py0, px1, py1) = Pixels(cx - rx, cy - ry, cx + rx, cy + ry);
        for (var y = py0; y < py1; y++)
            for (var x = px0; x < px1; x++)
            {
                var u = ((x + 0.5f) / Width - cx) / rx;
                var v = ((y + 0.5f) / Height - cy) / ry;
                if (u * u + v * v <= 1) Set(x, y, r, g, b);
            }
        return this;
    }

    /// <summary>Darkens or lightens every pixel by a seeded per-pixel factor in [1 − amount, 1 + amount] (grain,
    /// crumb, peel pores), so flat colour reads as a material.</summary>
    public KitchenCanvas Grain(float amount, uint seed)
    {
        var state = seed * 2654435761u + 1;
        for (var i = 0; i < _rgba.Length; i += 4)
        {
            state ^= state << 13; state ^= state >> 17; state ^= state << 5;
            var f = 1 + amount * ((state & 0xFFFF) / 32767.5f - 1);
            for (var c = 0; c < 3; c++) _rgba[i + c] = (byte)Math.Clamp(_rgba[i + c] * f, 0, 255);
        }
        return this;
    }

    /// <summary>The picture as a texture. Rows go out bottom first: the renderer samples the first row at v = 0,
    /// and the builder's UVs run v up a face (or round a lathe from its base), so the canvas top lands on top.</summary>
    public Texture ToTexture(string name)
    {
        var rows = new byte[_rgba.Length];
        var stride = Width * 4;
        for (var y = 0; y < Height; y++) Array.Copy(_rgba, y * stride, rows, (Height - 1 - y) * stride, stride);
        return new Texture(name, Width, Height, rows);
    }

    private (int, int, int, int) Pixels(float x0, float y0, float x1, float y1) =>
        (Math.Clamp((int)MathF.Round(x0 * Width), 0, Width), Math.Clamp((int)MathF.Round(y0 * Height), 0, Height),
         Math.Clamp((int)MathF.Round(x1 * Width), 0, Width), Math.Clamp((int)MathF.Round(y1 * Height), 0, Height));

    private void Set(int x, int y, byte r, byte g, byte b)
    {
        var i = (y * Width + x) * 4;
        _rgba[i] = r; _rgba[i + 1] = g; _rgba[i + 2] = b; _rgba[i + 3] = 255;
    }
}
