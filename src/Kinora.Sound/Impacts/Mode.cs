namespace Kinora.Sound.Impacts;

/// <summary>
/// One vibration mode: a sinusoid of <see cref="FrequencyHz"/> that starts at zero phase with peak
/// <see cref="Amplitude"/> and decays as e^(−d·t) with d = <see cref="DecayPerSecond"/>.
/// </summary>
public readonly record struct Mode(double FrequencyHz, double DecayPerSecond, double Amplitude)
{
    /// <summary>Ln(1000): a mode has fallen 60 dB after this many time constants.</summary>
    public const double Ln1000 = 6.907755;

    /// <summary>Seconds until the mode is 60 dB below its start (T60).</summary>
    public double T60 => Ln1000 / DecayPerSecond;

    /// <summary>
    /// Adds the mode into <paramref name="output"/> from its first sample. Uses the two-pole recurrence
    /// y[n] = 2r·cos(ω)·y[n−1] − r²·y[n−2] (r = e^(−d/fs)), which is exactly a·rⁿ·sin(ωn) and costs two
    /// multiplies a sample; the state is double so seconds-long metal rings do not drift.
    /// </summary>
    public void AddTo(Span<float> output, int sampleRate)
    {
        var n = (int)Math.Min(output.Length, Math.Ceiling(T60 * sampleRate));
        if (n < 2) return;
        var r = Math.Exp(-DecayPerSecond / sampleRate);
        var w = 2 * Math.PI * FrequencyHz / sampleRate;
        var c = 2 * r * Math.Cos(w);
        var r2 = r * r;
        double y2 = 0, y1 = Amplitude * r * Math.Sin(w);
        output[1] += (float)y1;
        for (var i = 2; i < n; i++)
        {
            var y = c * y1 - r2 * y2;
            output[i] += (float)y;
            y2 = y1; y1 = y;
        }
    }
}
