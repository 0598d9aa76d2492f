namespace Kinora.Motion.Animation;

/// <summary>Small shaping functions the action generators share (no allocation, all pure).</summary>
public static class Curves
{
    /// <summary>Smoothstep: 0 at a, 1 at b, zero slope at both ends (a move starts and stops without a jerk).</summary>
    public static float Ramp(float x, float a, float b)
    {
        var t = Math.Clamp((x - a) / (b - a), 0, 1);
        return t * t * (3 - 2 * t);
    }

    /// <summary>0 → 1 over [a, b], holds, then 1 → 0 over [c, d].</summary>
    public static float Hold(float x, float a, float b, float c, float d) => Ramp(x, a, b) * (1 - Ramp(x, c, d));

    /// <summary>Position 0–1 within a repeating cycle of <paramref name="period"/> seconds.</summary>
    public static float Loop(double t, double period) => (float)(t / period - Math.Floor(t / period));

    public static float Sin(double t, double hz, double phase = 0) => (float)Math.Sin(2 * Math.PI * (hz * t + phase));
}
