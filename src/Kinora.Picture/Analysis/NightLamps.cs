namespace Kinora.Picture.Analysis;

/// <summary>
/// Street lamps seen against the night sky. The night sky is one dark region, so a lamp head small enough to be
/// absorbed into it would never flicker with the lights on the ground. The sky's bright pixels are grouped into
/// blobs and told apart by size, shape and colour:
/// <list type="bullet">
/// <item>stars are specks of a few pixels, white or bluish;</item>
/// <item>the moon is the largest round, filled, white-to-cream disc;</item>
/// <item>anything else small and bright — a warm speck, an elongated or second disc, a lamp's glow — is a lamp.</item>
/// </list>
/// </summary>
public static class NightLamps
{
    /// <summary>A speck of at most this many pixels (at 360 rows; scaled with the frame's area) is a star unless warm.</summary>
    private const float StarPixels = 6;
    /// <summary>Warm light (sodium, tungsten): red exceeds blue by this much (sRGB 0–1). Stars and the moon are white
    /// to bluish, or cream at most.</summary>
    private const float Warm = 0.25f;
    /// <summary>A disc: bounding box about square, and the blob fills at least this share of it (a circle fills π/4).</summary>
    private const float MinRoundFill = 0.62f, MaxRoundAspect = 1.35f;
    /// <summary>A lamp covers at most this share of the frame: larger bright areas are lit clouds or signs' glare.</summary>
    private const float MaxLampShare = 0.01f;

    /// <summary>Per cell, whether it holds a lamp against the night sky (cells of <paramref name="skyCells"/> only).</summary>
    public static bool[] Find(PictureAnalysis a, bool[] skyCells, float lightFrom)
    {
        var grid = a.Grid;
        var frame = a.Frame;
        var (w, h, size) = (frame.Width, frame.Height, grid.CellSize);
        var lamps = new bool[grid.Count];
        var px = frame.Rgba;
        bool Bright(int x, int y)
        {
            if (!skyCells[grid.Index(x / size, y / size)]) return false;
            var i = (y * w + x) * 4;
            return px[i] + px[i + 1] + px[i + 2] >= lightFrom * 765;
        }
        var seen = new bool[w * h];
        var blobs = new List<Blob>();
        var stack = new Stack<int>();
        var pixels = new List<int>();
        for (var y = 0; y < h; y++)
            for (var x = 0; x < w; x++)
            {
                if (seen[y * w + x] || !Bright(x, y)) continue;
                pixels.Clear();
                stack.Push(y * w + x);
                seen[y * w + x] = true;
                while (stack.Count > 0)
                {
                    var p = stack.Pop();
                    pixels.Add(p);
                    var (px0, py0) = (p % w, p / w);
                    for (var dy = -1; dy <= 1; dy++)
                        for (var dx = -1; dx <= 1; dx++)
                        {
                            var (nx, ny) = (px0 + dx, py0 + dy);
                            if (nx < 0 || ny < 0 || nx >= w || ny >= h || seen[ny * w + nx] || !Bright(nx, ny)) continue;
                            seen[ny * w + nx] = true;
                            stack.Push(ny * w + nx);
                        }
                }
                blobs.Add(Blob.Of(pixels, w, px));
            }

        var starPixels = StarPixels * w * h / (640f * 360f);
        var moon = blobs.Where(b => b.Round && b.Warmth < Warm && b.Area > starPixels).OrderByDescending(b => b.Area).FirstOrDefault();
        foreach (var b in blobs)
        {
            if (ReferenceEquals(b, moon) || b.Area > MaxLampShare * w * h) continue;
            if (b.Area <= starPixels && b.Warmth < Warm) continue; // a star
            foreach (var p in b.Pixels) lamps[grid.Index(p % w / size, p / w / size)] = true;
        }
        return lamps;
    }

    private sealed record Blob(int[] Pixels, float Area, float Warmth, bool Round)
    {
        public static Blob Of(List<int> pixels, int w, byte[] px)
        {
            int x0 = int.MaxValue, y0 = int.MaxValue, x1 = 0, y1 = 0;
            var (r, b) = (0f, 0f);
            foreach (var p in pixels)
            {
                var (x, y) = (p % w, p / w);
                (x0, x1, y0, y1) = (Math.Min(x0, x), Math.Max(x1, x), Math.Min(y0, y), Math.Max(y1, y));
                r += px[p * 4]; b += px[p * 4 + 2];
            }
            var (bw, bh) = (x1 - x0 + 1f, y1 - y0 + 1f);
            var round = pixels.Count / (bw * bh) >= MinRoundFill && MathF.Max(bw, bh) / MathF.Min(bw, bh) <= MaxRoundAspect;
            return new Blob([.. pixels], pixels.Count, (r - b) / (255f * pixels.Count), round);
        }
    }
}
