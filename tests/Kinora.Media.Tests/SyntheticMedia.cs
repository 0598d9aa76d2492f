namespace Kinora.Media.Tests;

/// <summary>Test pictures and sounds: a coloured square moving over a gradient, and a sine tone.</summary>
internal static class SyntheticMedia
{
    public static byte[] MovingSquare(int width, int height, int frame, int frames)
    {
        var rgba = new byte[width * height * 4];
        var size = height / 4;
        var sx = (int)((double)frame / Math.Max(1, frames - 1) * (width - size));
        var sy = (height - size) / 2;
        for (var y = 0; y < height; y++)
        for (var x = 0; x < width; x++)
        {
            var o = (y * width + x) * 4;
            var inSquare = x >= sx && x < sx + size && y >= sy && y < sy + size;
            rgba[o] = inSquare ? (byte)230 : (byte)(x * 255 / width);
            rgba[o + 1] = inSquare ? (byte)40 : (byte)(y * 255 / height);
            rgba[o + 2] = inSquare ? (byte)30 : (byte)90;
            rgba[o + 3] = 255;
        }
        return rgba;
    }

    public static float[] Sine(double seconds, int sampleRate = 48000, int channels = 2, double hz = 440, float amplitude = 0.3f)
    {
        var frames = (int)Math.Round(seconds * sampleRate);
        var s = new float[frames * channels];
        for (var i = 0; i < frames; i++)
        for (var c = 0; c < channels; c++)
            s[i * channels + c] = amplitude * (float)Math.Sin(2 * Math.PI * hz * i / sampleRate);
        return s;
    }

    public static string TempPath(string extension) =>
        Path.Combine(Path.GetTempPath(), $"kinora-media-test-{Guid.NewGuid():N}{extension}");
}
