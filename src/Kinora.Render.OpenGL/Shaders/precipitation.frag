// Rain streaks and snow flakes: lit by the sky (and the sun/moon) they fall through, fogged like everything else,
// blended over the scene. Alpha (the unlit mark) is untouched by the blend state the backend sets.
in vec2 vLocal;
in float vFade;
in vec3 vLamp;
flat in int vSplash;
layout(location = 0) out vec4 oColor;

void main()
{
    bool snow = uWeather.x > 1.5;
    vec3 skyMean = mix(uSkyHorizon.rgb, uSkyZenith.rgb, 0.45);
    float shape;
    vec3 radiance;
    if (vSplash == 1)
    {
        // A ring of disturbed water round an open centre, catching the sky and the lamps.
        float r = length(vLocal);
        shape = smoothstep(0.55, 0.8, r) * (1.0 - smoothstep(0.85, 1.0, r));
        radiance = skyMean * 1.2 + uSunColor.rgb * 0.1 + vLamp * 1.5 + 0.01;
        float alpha = shape * vFade * 0.4;
        if (alpha < 0.004) discard;
        oColor = vec4(finishColor(radiance).rgb, alpha);
        return;
    }
    if (snow)
    {
        shape = 1.0 - smoothstep(0.35, 1.0, length(vLocal));
        radiance = 0.9 * (skyMean * 0.75 + uSunColor.rgb * max(uSunDir.y, 0.0) * 1.2) + 0.02 + vLamp * 0.8;
    }
    else
    {
        // Water is clear: a streak shows mostly the bright sky it refracts, thin at both ends.
        shape = (1.0 - abs(vLocal.x)) * (1.0 - smoothstep(0.6, 1.0, abs(vLocal.y)));
        // Near a lamp, drops glint with its light (they refract and reflect it towards the camera), which is what
        // makes rain visible at night.
        radiance = skyMean * 1.4 + uSunColor.rgb * 0.15 + 0.01 + vLamp * 1.2 + vec3(0.6, 0.65, 0.8) * uLighting.z;
    }
    float alpha = shape * vFade * (snow ? 0.95 : 0.32);
    if (alpha < 0.004) discard;
    oColor = vec4(finishColor(radiance).rgb, alpha);
}
