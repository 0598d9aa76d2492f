namespace Kinora.Sound.Dsp;

/// <summary>
/// A Schroeder–Moorer reverberator in the layout of Jezar Wakefield's public-domain Freeverb: eight parallel
/// feedback combs with a one-pole low-pass in each loop (high frequencies die first, as in real rooms) into four
/// series all-passes, per channel, the right channel's delays offset by 23 samples so the tail is decorrelated
/// (wide). Delay lengths are Freeverb's, tuned at 44.1 kHz and scaled to the sample rate.
/// M. R. Schroeder, "Natural sounding artificial reverberation", JAES 10(3), 1962; J. A. Moorer, "About this
/// reverberation business", CMJ 3(2), 1979.
/// <para>
/// The impulse response is normalized to unit energy per channel at construction, so a send gain g gives a wet
/// signal with g² of the dry energy: the mixer can then set the direct/reverberant balance physically.
/// Delay lines are allocated once; processing allocates nothing.
/// </para>
/// </summary>
public sealed class Reverb
{
    private static readonly int[] CombTuning = [1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617];
    private static readonly int[] AllPassTuning = [556, 441, 341, 225];
    private const int StereoSpread = 23;
    private const float AllPassFeedback = 0.5f;

    private readonly Line[] _combs;
    private readonly Line[] _allPasses;
    private readonly float _feedback, _damp;
    private float _normalize = 1;

    /// <param name="rt60Seconds">Time for the tail to fall 60 dB.</param>
    /// <param name="damping">0–1: how much faster highs decay than lows (0.2 a bright hall, 0.5 a furnished room).</param>
    public Reverb(int sampleRate, double rt60Seconds, float damping = 0.4f)
    {
        var scale = sampleRate / 44100.0;
        _combs = new Line[CombTuning.Length * 2];
        _allPasses = new Line[AllPassTuning.Length * 2];
        for (var c = 0; c < 2; c++)
        {
            for (var i = 0; i < CombTuning.Length; i++)
                _combs[c * CombTuning.Length + i] = new Line((int)((CombTuning[i] + c * StereoSpread) * scale));
            for (var i = 0; i < AllPassTuning.Length; i++)
                _allPasses[c * AllPassTuning.Length + i] = new Line((int)((AllPassTuning[i] + c * StereoSpread) * scale));
        }
        // A comb of delay D with feedback g decays 60 dB after D·3/−log10(g) samples; use the mean comb length.
        var meanDelay = CombTuning.Average() * scale / sampleRate;
        _feedback = (float)Math.Pow(10, -3 * meanDelay / Math.Max(0.05, rt60Seconds));
        _damp = damping;
        _normalize = (float)(1 / Math.Sqrt(ImpulseEnergy(sampleRate, rt60Seconds)));
        Clear();
    }

    /// <summary>Adds the reverberation of a mono send into an interleaved stereo buffer.</summary>
    public void Process(ReadOnlySpan<float> send, Span<float> stereo)
    {
        var frames = Math.Min(send.Length, stereo.Length / 2);
        for (var i = 0; i < frames; i++)
        {
            var x = send[i] * _normalize;
            stereo[2 * i] += Channel(x, 0);
            stereo[2 * i + 1] += Channel(x, 1);
        }
    }

    private float Channel(float x, int channel)
    {
        var acc = 0f;
        var combs = _combs.AsSpan(channel * CombTuning.Length, CombTuning.Length);
        foreach (var comb in combs) acc += comb.Comb(x, _feedback, _damp);
        var allPasses = _allPasses.AsSpan(channel * AllPassTuning.Length, AllPassTuning.Length);
        foreach (var ap in allPasses) acc = ap.AllPass(acc);
        return acc;
    }

    public void Clear()
    {
        foreach (var l in _combs) l.Clear();
        foreach (var l in _allPasses) l.Clear();
    }

    private double ImpulseEnergy(int sampleRate, double rt60)
    {
        _normalize = 1;
        var n = (int)(Math.Min(rt60 * 1.5, 4) * sampleRate);
        double energy = 0;
        for (var i = 0; i < n; i++)
        {
            var y = Channel(i == 0 ? 1f : 0f, 0);
            energy += (double)y * y;
        }
        return Math.Max(energy, 1e-12);
    }

    /// <summary>One circular delay line, used as a damped feedback comb or as a Schroeder all-pass.</summary>
    private sealed class Line(int length)
    {
        private readonly float[] _buffer = new float[Math.Max(1, length)];
        private int _index;
        private float _lowPass;

        public float Comb(float input, float feedback, float damp)
        {
            var output = _buffer[_index];
            _lowPass = output * (1 - damp) + _lowPass * damp;
            _buffer[_index] = input + _lowPass * feedback;
            if (++_index == _buffer.Length) _index = 0;
            return output;
        }

        public float AllPass(float input)
        {
            var delayed = _buffer[_index];
            var output = -input + delayed;
            _buffer[_index] = input + delayed * AllPassFeedback;
            if (++_index == _buffer.Length) _index = 0;
            return output;
        }

        public void Clear() { Array.Clear(_buffer); _index = 0; _lowPass = 0; }
    }
}
