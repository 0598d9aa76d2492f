using System.Numerics;

namespace Kinora.Sound.Tests;

/// <summary>Measurements on rendered audio: onsets by short-window energy, RMS of spans, spectra.</summary>
internal static class Signal
{
    public const int Rate = 48000;

    public static float[] Left(AudioClip clip) => Channel(clip.Samples, 0);

    public static float[] Channel(float[] interleaved, int channel)
    {
        var m = new float[interleaved.Length / 2];
        for (var i = 0; i < m.Length; i++) m[i] = interleaved[2 * i + channel];
        return m;
    }

    public static float[] Mono(AudioClip clip)
    {
        var m = new float[clip.Samples.Length / 2];
        for (var i = 0; i < m.Length; i++) m[i] = 0.5f * (clip.Samples[2 * i] + clip.Samples[2 * i + 1]);
        return m;
    }

    public static double RmsDb(ReadOnlySpan<float> s)
    {
        double sum = 0;
        foreach (var x in s) sum += (double)x * x;
        return 10 * Math.Log10(sum / Math.Max(1, s.Length) + 1e-30);
    }

    public static double Peak(ReadOnlySpan<float> s)
    {
        var p = 0f;
        foreach (var x in s) p = MathF.Max(p, MathF.Abs(x));
        return p;
    }

    public static ReadOnlySpan<float> Window(float[] mono, double from, double to) =>
        mono.AsSpan((int)(from * Rate), (int)((to - from) * Rate));

    /// <summary>
    /// Start time of the first 1 ms window after <paramref name="searchFrom"/> whose energy is 20 dB above the
    /// median window energy between <paramref name="searchFrom"/> and the expected onset (the bed).
    /// </summary>
    public static double OnsetAfter(float[] mono, double searchFrom, double searchTo)
    {
        const int window = Rate / 1000;
        var first = (int)(searchFrom * Rate) / window;
        var last = (int)(searchTo * Rate) / window;
        var energies = new List<double>();
        for (var w = first; w < last; w++) energies.Add(RmsDb(mono.AsSpan(w * window, window)));
        var bed = energies.Take(Math.Max(1, energies.Count / 2)).OrderBy(e => e).ElementAt(Math.Max(1, energies.Count / 2) / 2);
        for (var i = 0; i < energies.Count; i++)
            if (energies[i] > bed + 20) return (double)(first + i) * window / Rate;
        return double.NaN;
    }

    /// <summary>Magnitude spectrum of a Hann-windowed power-of-two slice (radix-2 FFT).</summary>
    public static double[] Spectrum(ReadOnlySpan<float> s, int size)
    {
        var x = new Complex[size];
        for (var i = 0; i < size && i < s.Length; i++)
            x[i] = s[i] * (0.5 - 0.5 * Math.Cos(2 * Math.PI * i / (size - 1)));
        Fft(x);
        var mag = new double[size / 2];
        for (var k = 0; k < mag.Length; k++) mag[k] = x[k].Magnitude;
        return mag;
    }

    public static double SpectralCentroidHz(ReadOnlySpan<float> s, int size = 16384)
    {
        var mag = Spectrum(s, size);
        double num = 0, den = 0;
        for (var k = 1; k < mag.Length; k++) { num += k * (double)Rate / size * mag[k]; den += mag[k]; }
        return num / den;
    }

    /// <summary>Seconds from the loudest 10 ms window until the level has fallen 40 dB below it.</summary>
    public static double DecaySeconds(float[] mono)
    {
        const int w = Rate / 100;
        var levels = new List<double>();
        for (var i = 0; i + w <= mono.Length; i += w) levels.Add(RmsDb(mono.AsSpan(i, w)));
        var peak = levels.IndexOf(levels.Max());
        for (var i = peak; i < levels.Count; i++)
            if (levels[i] < levels[peak] - 40) return (i - peak) * 0.01;
        return (levels.Count - peak) * 0.01;
    }

    private static void Fft(Complex[] a)
    {
        var n = a.Length;
        for (int i = 1, j = 0; i < n; i++)
        {
            var bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) j ^= bit;
            j ^= bit;
            if (i < j) (a[i], a[j]) = (a[j], a[i]);
        }
        for (var len = 2; len <= n; len <<= 1)
        {
            var w = Complex.FromPolarCoordinates(1, -2 * Math.PI / len);
            for (var i = 0; i < n; i += len)
            {
                Complex wk = 1;
                for (var k = 0; k < len / 2; k++)
                {
                    var u = a[i + k];
                    var v = a[i + k + len / 2] * wk;
                    a[i + k] = u + v;
                    a[i + k + len / 2] = u - v;
                    wk *= w;
                }
            }
        }
    }
}
