using System.Numerics;
using Kinora.Compose;

namespace Kinora.Render.Scene;

/// <summary>
/// Meters the scene's light the way a camera in average mode does, then adapts only part of the way (the square
/// root of the full correction, at most 3×), as eyes and cinematographers do: a sunset still reads darker and warmer
/// than noon, but is not a black frame. The key is the illuminance a horizontal diffuse surface receives: direct
/// sun (illuminance × cos of the sun's zenith angle) plus the sky's mean radiance weighted by the shader's ambient
/// scale. At the reference clear midday the correction is 1.
/// </summary>
public static class AutoExposure
{
    /// <summary>Key of a clear midday (sun 70° high, colours from the Compose environment builder).</summary>
    public const float ReferenceKey = 1.27f;
    /// <summary>Largest brightening, ×; beyond it night stays night.</summary>
    public const float MaxGain = 3f;
    /// <summary>The shader's hemispheric ambient weight (lit.frag AMBIENT_SCALE).</summary>
    private const float AmbientScale = 0.75f;

    public static float Key(WorldEnvironment env)
    {
        var sunHeight = env.SunDirection.LengthSquared() > 0 ? MathF.Max(Vector3.Normalize(env.SunDirection).Y, 0) : 0;
        var skyMean = Vector3.Lerp(env.SkyHorizon, env.SkyZenith, 0.45f);
        return Luma(env.SunColor) * sunHeight + Luma(skyMean) * AmbientScale;
    }

    /// <summary>Largest brightening when lamps light the metered area: a night street is exposed for its pools of
    /// lamplight (the darkness between them stays dark), as a night photograph is.</summary>
    public const float MaxLampGain = 4f;
    /// <summary>How much of the correction is applied for lamp light: more than for daylight (the square root), since
    /// eyes adapt fully to a lit street, yet not all of it so that night still reads darker than noon.</summary>
    private const float LampAdaptation = 0.6f;

    /// <summary>Multiplier on the base exposure, 1 to <see cref="MaxGain"/>.</summary>
    public static float Gain(WorldEnvironment env) =>
        Math.Clamp(MathF.Sqrt(ReferenceKey / MathF.Max(Key(env), 1e-4f)), 1f, MaxGain);

    /// <summary>As <see cref="Gain(WorldEnvironment)"/> with <paramref name="lampKey"/>, the illuminance lamps give
    /// the metered area (sun units): where lamps light it, exposure adapts to them, up to <see cref="MaxLampGain"/>,
    /// never below the daylight gain.</summary>
    public static float Gain(WorldEnvironment env, float lampKey)
    {
        var daylight = Gain(env);
        if (!(lampKey > 0)) return daylight;
        var lamps = MathF.Pow(ReferenceKey / MathF.Max(Key(env) + lampKey, 1e-4f), LampAdaptation);
        return Math.Clamp(lamps, daylight, MaxLampGain);
    }

    /// <summary>
    /// Multiplier on emitted light for a frame exposed with <paramref name="gain"/>: emission keeps only the square
    /// root of the gain. A glow's strength is authored as it should read (sun units at the base exposure); giving it
    /// the full ×3–4 that lifts a lamplit night street pushed every lit shop window and sign past white (ACES then
    /// drains its colour). With the square root a lit window stays warm and neon stays saturated, and both still
    /// outshine the street, as they do to an eye adapted to it.
    /// </summary>
    public static float EmissionScale(float gain) => 1f / MathF.Sqrt(MathF.Max(gain, 1f));

    /// <summary>Rec. 709 luma of linear RGB.</summary>
    private static float Luma(Vector3 c) => 0.2126f * c.X + 0.7152f * c.Y + 0.0722f * c.Z;
}
