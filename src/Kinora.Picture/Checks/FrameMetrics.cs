namespace Kinora.Picture.Checks;

/// <summary>
/// Measures for checking a picture that comes alive against the picture: PSNR between two RGBA8 frames, and block
/// motion (how far a patch of the first frame moved in the second), which shows parallax as near patches moving
/// farther than far ones.
/// </summary>
public static class FrameMetrics
{
    /// <summary>Peak signal-to-noise ratio over R, G and B in dB (+∞ for identical frames).</summary>
    public static double Psnr(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        if (a.Length != b.Length) throw new ArgumentException("frames differ in size");
        double sum = 0;
        long n = 0;
        for (var i = 0; i < a.Length; i += 4)
            for (var c = 0; c < 3; c++)
            {
                double d = a[i + c] - b[i + c];
                sum += d * d;
                n++;
            }
        return sum == 0 ? double.PositiveInfinity : 10 * Math.Log10(255.0 * 255.0 / (sum / n));
    }

    /// <summary>Luminance (0–255) of an RGBA8 frame, one float a pixel.</summary>
    public static float[] Luma(ReadOnlySpan<byte> rgba)
    {
        var luma = new float[rgba.Length / 4];
        for (var i = 0; i < luma.Length; i++)
            luma[i] = 0.299f * rgba[i * 4] + 0.587f * rgba[i * 4 + 1] + 0.114f * rgba[i * 4 + 2];
        return luma;
    }

    /// <summary>
    /// Where the <paramref name="block"/>-pixel square at (x, y) of <paramref name="from"/> best matches in
    /// <paramref name="to"/> (least mean absolute difference) within ±<paramref name="radius"/> pixels: the motion in
    /// pixels, or null when the block is too flat to track (its standard deviation under 4 grey levels).
    /// </summary>
    public static (int Dx, int Dy)? BlockMotion(float[] from, float[] to, int width, int height, int x, int y, int block, int radius)
    {
        if (x < 0 || y < 0 || x + block > width || y + block > height) return null;
        double mean = 0, square = 0;
        for (var j = 0; j < block; j++)
            for (var i = 0; i < block; i++) { var v = from[(y + j) * width + x + i]; mean += v; square += v * v; }
        var n = block * block;
        mean /= n;
        if (square / n - mean * mean < 16) return null;

        var best = double.MaxValue;
        (int, int) motion = (0, 0);
        for (var dy = -radius; dy <= radius; dy++)
            for (var dx = -radius; dx <= radius; dx++)
            {
                var (tx, ty) = (x + dx, y + dy);
                if (tx < 0 || ty < 0 || tx + block > width || ty + block > height) continue;
                double sad = 0;
                for (var j = 0; j < block && sad < best; j++)
                {
                    var fr = (y + j) * width + x;
                    var tr = (ty + j) * width + tx;
                    for (var i = 0; i < block; i++) sad += MathF.Abs(from[fr + i] - to[tr + i]);
                }
                // Prefer the smaller motion on ties so flat-ish blocks do not wander.
                if (sad < best || (sad == best && dx * dx + dy * dy < motion.Item1 * motion.Item1 + motion.Item2 * motion.Item2))
                {
                    best = sad;
                    motion = (dx, dy);
                }
            }
        return motion;
    }
}
