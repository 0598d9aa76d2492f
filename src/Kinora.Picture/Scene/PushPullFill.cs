namespace Kinora.Picture.Scene;

/// <summary>
/// Fills the pixels a layer does not own from the colours of those it does, by push–pull (Gortler et al., "The
/// Lumigraph", SIGGRAPH 1996): average known pixels down a pyramid until every level-cell has a colour, then
/// bring the coarse colours back up, bilinearly, into the holes only. Owned pixels are never changed, and a hole
/// takes the colour of what is nearest to it, blurred more the farther it is — a layer "extended behind its edges".
/// </summary>
public static class PushPullFill
{
    /// <summary>Fills <paramref name="rgba"/> (width × height, RGBA8) wherever <paramref name="known"/> is false.</summary>
    public static void Fill(Span<byte> rgba, ReadOnlySpan<bool> known, int width, int height)
    {
        var levels = new List<(float[] Color, bool[] Has, int W, int H)>();
        var color = new float[width * height * 3];
        var has = new bool[width * height];
        var any = false;
        for (var i = 0; i < has.Length; i++)
        {
            if (!known[i]) continue;
            has[i] = any = true;
            color[i * 3] = rgba[i * 4]; color[i * 3 + 1] = rgba[i * 4 + 1]; color[i * 3 + 2] = rgba[i * 4 + 2];
        }
        if (!any) return;
        levels.Add((color, has, width, height));

        // Push: halve until one pixel is left; a coarse pixel is the mean of its known children.
        while (levels[^1].W > 1 || levels[^1].H > 1)
        {
            var (c, h, w, hh) = levels[^1];
            var (nw, nh) = ((w + 1) / 2, (hh + 1) / 2);
            var nc = new float[nw * nh * 3];
            var nhas = new bool[nw * nh];
            for (var y = 0; y < nh; y++)
                for (var x = 0; x < nw; x++)
                {
                    float r = 0, g = 0, b = 0;
                    var n = 0;
                    for (var dy = 0; dy < 2; dy++)
                        for (var dx = 0; dx < 2; dx++)
                        {
                            var (sx, sy) = (2 * x + dx, 2 * y + dy);
                            if (sx >= w || sy >= hh) continue;
                            var s = sy * w + sx;
                            if (!h[s]) continue;
                            r += c[s * 3]; g += c[s * 3 + 1]; b += c[s * 3 + 2]; n++;
                        }
                    if (n == 0) continue;
                    var d = y * nw + x;
                    nc[d * 3] = r / n; nc[d * 3 + 1] = g / n; nc[d * 3 + 2] = b / n;
                    nhas[d] = true;
                }
            levels.Add((nc, nhas, nw, nh));
        }

        // Pull: from the coarsest level down, every unknown pixel takes the bilinear sample of the level above.
        for (var l = levels.Count - 2; l >= 0; l--)
        {
            var (c, h, w, hh) = levels[l];
            var (pc, _, pw, ph) = levels[l + 1];
            for (var y = 0; y < hh; y++)
                for (var x = 0; x < w; x++)
                {
                    var i = y * w + x;
                    if (h[i]) continue;
                    // Centre of this pixel in the parent's pixel coordinates.
                    var fx = Math.Clamp((x + 0.5f) / 2 - 0.5f, 0, pw - 1);
                    var fy = Math.Clamp((y + 0.5f) / 2 - 0.5f, 0, ph - 1);
                    var (x0, y0) = ((int)fx, (int)fy);
                    var (x1, y1) = (Math.Min(x0 + 1, pw - 1), Math.Min(y0 + 1, ph - 1));
                    var (tx, ty) = (fx - x0, fy - y0);
                    for (var k = 0; k < 3; k++)
                    {
                        var top = pc[(y0 * pw + x0) * 3 + k] * (1 - tx) + pc[(y0 * pw + x1) * 3 + k] * tx;
                        var bottom = pc[(y1 * pw + x0) * 3 + k] * (1 - tx) + pc[(y1 * pw + x1) * 3 + k] * tx;
                        c[i * 3 + k] = top * (1 - ty) + bottom * ty;
                    }
                    h[i] = true;
                }
        }

        for (var i = 0; i < has.Length; i++)
        {
            if (known[i]) continue;
            rgba[i * 4] = (byte)Math.Clamp(color[i * 3] + 0.5f, 0, 255);
            rgba[i * 4 + 1] = (byte)Math.Clamp(color[i * 3 + 1] + 0.5f, 0, 255);
            rgba[i * 4 + 2] = (byte)Math.Clamp(color[i * 3 + 2] + 0.5f, 0, 255);
            rgba[i * 4 + 3] = 255;
        }
    }
}
