// Rain streaks and snow flakes: lit by the sky (and the sun/moon) they fall through, fogged like everything else,
// blended over the scene. Alpha (the unlit mark) is untouched by the blend state the backend sets.
in vec2 vLocal;
in float vFade;
layout(location = 0) out vec4 oColor;

void main()
{
    bool snow = uWeather.x > 1.5;
    vec3 skyMean = mix(uSkyHorizon.rgb, uSkyZenith.rgb, 0.45);
    float shape;
    vec3 radiance;
    if (snow)
    {
        shape = 1.0 - smoothstep(0.35, 1.0, length(vLocal));
        radiance = 0.9 * (skyMean * 0.75 + uSunColor.rgb * max(uSunDir.y, 0.0) * 1.2) + 0.02;
    }
    else
    {
        // Water is clear: a streak shows mostly the bright sky it refracts, thin at both ends.
        shape = (1.0 - abs(vLocal.x)) * (1.0 - smoothstep(0.6, 1.0, abs(vLocal.y)));
        radiance = skyMean * 1.4 + uSunColor.rgb * 0.15 + 0.01;
    }
    float alpha = shape * vFade * (snow ? 0.95 : 0.32);
    if (alpha < 0.004) discard;
    oColor = vec4(finishColor(radiance).rgb, alpha);
}
