// Rain streaks and snow flakes: lit by the sky (and the sun/moon) they fall through, fogged like everything else,
// blended over the scene. Alpha (the unlit mark) is untouched by the blend state the backend sets.
in vec2 vLocal;
in float vFade;
in vec3 vLamp;
flat in int vSplash;
in vec3 vTint;
flat in int vKind;
layout(location = 0) out vec4 oColor;

// Petals (soft ovals), leaves (pointed), confetti (square scraps) lit by sky, sun and lamps; sparks glowing by
// their own light; bubbles clear but for a thin bright rim and a window highlight.
vec4 particleColor(vec3 skyMean)
{
    float r = length(vLocal);
    if (vKind == 3)
    {
        float shape = (1.0 - abs(vLocal.x)) * (1.0 - smoothstep(0.5, 1.0, abs(vLocal.y)));
        // Emitted light set against the exposure (uSunColor.w), so an ember reads the same orange by day or by
        // night: a little over the tone curve's shoulder at the core only, never clipped to white.
        return vec4(finishColor(vTint * (0.8 + 1.0 * shape) / max(uSunColor.w, 1e-4)).rgb, shape * vFade);
    }
    if (vKind == 7)
    {
        // A flame tongue: a soft teardrop, its colour already display-ready (vTint): a fire is seen at the same
        // orange by day or night, and overexposed by a night's exposure it would be a white blob. Added over the
        // scene (alpha 0 in main), so overlapping tongues build a yellow-white core inside orange edges.
        float core = 1.0 - smoothstep(0.2, 1.0, length(vLocal * vec2(1.0, 0.75) + vec2(0.0, 0.15)));
        return vec4(vTint * (0.5 + 0.5 * core), core * vFade * 0.22);
    }
    if (vKind == 6)
    {
        // Smoke: a soft round puff scattering the sky and the sun (and lamps, a fire's own glow at night). Lamp light
        // is rolled off (x / (1 + x)): right over a fire it is tens of times a lamp's at a metre, and took the
        // smoke to white.
        vec3 lamp = vLamp / (1.0 + dot(vLamp, vec3(0.2126, 0.7152, 0.0722)));
        vec3 lit = skyMean * 0.8 + uSunColor.rgb * max(uSunDir.y, 0.0) * 0.5 + lamp * 0.6 + 0.015;
        float puff = 1.0 - smoothstep(0.0, 1.0, r);
        return vec4(finishColor(vTint * lit).rgb, puff * puff * vFade * 0.32);
    }
    if (vKind == 8)
    {
        // Dust: a speck that shows only by the light it scatters, the sun's most (strongly forward, but any angle
        // reads in a sunbeam); faint in shade.
        vec3 lit = uSunColor.rgb * max(uSunDir.y, 0.05) * 2.6 + skyMean * 0.5 + vLamp;
        return vec4(finishColor(vTint * lit).rgb, (1.0 - smoothstep(0.5, 1.0, r)) * vFade);
    }
    // Thin and translucent, they take less than a full share of sunlight, which keeps their colour under the
    // tone curve instead of washing out to white.
    vec3 light = skyMean * 0.6 + uSunColor.rgb * max(uSunDir.y, 0.0) * 0.55 + vLamp + 0.01;
    if (vKind == 5)
    {
        float rim = smoothstep(0.72, 0.9, r) * (1.0 - smoothstep(0.92, 1.0, r));
        float glint = 1.0 - smoothstep(0.0, 0.22, length(vLocal - vec2(-0.38, 0.38)));
        vec3 radiance = light * 1.2 + glint * (uSunColor.rgb + skyMean) * 2.0;
        return vec4(finishColor(radiance).rgb, (0.08 + 0.7 * rim + 0.9 * glint) * step(r, 1.0) * vFade);
    }
    float shape = vKind == 2 ? 1.0 - smoothstep(0.75, 1.0, abs(vLocal.x) + abs(vLocal.y) * 0.7)
                : vKind == 4 ? 1.0
                : 1.0 - smoothstep(0.55, 1.0, r);
    return vec4(finishColor(vTint * light).rgb, shape * vFade * 0.95);
}

void main()
{
    bool snow = uWeather.x > 1.5;
    vec3 skyMean = mix(uSkyHorizon.rgb, uSkyZenith.rgb, 0.45);
    float shape;
    vec3 radiance;
    if (vKind > 0)
    {
        vec4 c = particleColor(skyMean);
        if (c.a < 0.004) discard;
        // Premultiplied (the backend blends particles with One, OneMinusSrcAlpha): flames add their light, alpha 0.
        oColor = vec4(c.rgb * c.a, vKind == 7 ? 0.0 : c.a);
        return;
    }
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
