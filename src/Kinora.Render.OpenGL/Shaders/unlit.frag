// Unlit surfaces: the image × base colour exactly, as stored sRGB, with no light, shadow, fog, exposure, tone
// mapping or dither, so a picture used as the frame comes back as it went in. Alpha 0 marks the pixel as unlit
// for the post pass, which leaves it alone (the backend sets alpha back to 1 before readback).
// IMAGE (defined by the loader): 0 no image, 1 opaque image, 2 image with cut-outs (alpha < 0.5 not drawn).
// LIVING 1: a picture layer whose alpha codes motion; SHADOWS 1: the image takes the sun's shadow (see below).
in vec2 vUv;
uniform vec4 uBase;      // rgb base colour (linear)
layout(binding = 3) uniform sampler2D uAlbedo;
layout(location = 0) out vec4 oColor;

#if LIVING == 1
// Living detail of a picture brought to life (Kinora.Picture.Analysis.LivingDetail; only materials marked Living):
// an opaque texel's alpha says how it moves, 255 still, 191 foliage swaying, 128 water rippling, values between
// blending; under 128 a light that flickers (0 = fully). The code is fetched unfiltered so a light's edge never
// reads as water. The motion ramps up from exactly zero at t = 0, so the first frame is still the picture.
vec2 livingUv(vec2 uv, float t, out float glint, out float flicker)
{
    glint = 0.0;
    flicker = 0.0;
    vec2 size = vec2(textureSize(uAlbedo, 0));
    float a = texelFetch(uAlbedo, clamp(ivec2(uv * size), ivec2(0), ivec2(size) - 1), 0).a;
    if (a > 0.998 || t <= 0.0) return uv;
    float ramp = smoothstep(0.0, 1.5, t);
    float k = size.y / 720.0;            // amplitudes and wavelengths are for a 720-row picture
    vec2 p = uv * size / k;
    if (a < 0.5)
    {
        // Lamps, windows, neon: each light (its 24-texel block) keeps its own rhythm, mostly steady with brief dips.
        float f = (0.5 - a) * 2.0;
        float seed = hashCell(ivec2(p / 24.0));
        float n = valueNoise(vec2(t * (3.0 + 5.0 * seed), seed * 97.0));
        flicker = f * ramp * smoothstep(0.45, 0.9, n);
        return uv;
    }
    float m = (1.0 - a) * (255.0 / 127.0);
    float water = clamp(2.0 * m - 1.0, 0.0, 1.0);
    float foliage = clamp(2.0 * m, 0.0, 1.0) - water;
    // Foliage: slow gusts that sweep across the picture, and a faster leaf flutter.
    float gust = 0.7 * sin(t * 1.1 - p.x * 0.004 + p.y * 0.002) + 0.3 * sin(t * 2.3 - p.x * 0.013);
    float flutter = sin(t * 7.0 + p.x * 0.21 + p.y * 0.17) * sin(t * 5.3 - p.y * 0.23);
    vec2 sway = vec2(1.8 * gust + 0.6 * flutter, 0.4 * flutter);
    // Water: rows shift sideways with waves rolling towards the viewer, crossed by a finer chop.
    float roll = sin(p.y * 0.45 - t * 3.0 + 2.0 * sin(p.x * 0.03 + t * 0.7));
    float chop = sin(p.x * 0.09 + p.y * 0.3 + t * 2.1);
    vec2 ripple = vec2(2.2 * roll + 0.8 * chop, 0.6 * chop);
    glint = water * ramp * pow(max(roll * chop, 0.0), 6.0);
    return uv + (foliage * sway + water * ripple) * ramp * k / size;
}
#endif

#if SHADOWS == 1
// Shadow catching (Material.ShadowCatch): an unlit picture's ground keeps its own pixels but darkens where the sun's
// shadow map says something added to the scene blocks the sun. The picture casts nothing itself, so the lookup
// only needs a small bias along the sun; four half-texel comparisons make a 3×3-texel tent filter.
in vec3 vWorld;
uniform vec4 uSurface;   // y: share of the image's light the shadow takes away
layout(binding = 0) uniform sampler2DShadow uShadowMap;
float sunVisibility(vec3 worldPos)
{
    vec4 c = uLightViewProj * vec4(worldPos + uSunDir.xyz * uFog.z * 2.0, 1.0);
    vec3 s = c.xyz / c.w;
    vec2 uv = s.xy * 0.5 + 0.5;
    if (any(lessThan(uv, vec2(0.0))) || any(greaterThan(uv, vec2(1.0))) || s.z >= 1.0) return 1.0;
    vec2 h = 0.5 / vec2(textureSize(uShadowMap, 0));
    return 0.25 * (texture(uShadowMap, vec3(uv + vec2(-h.x, -h.y), s.z)) + texture(uShadowMap, vec3(uv + vec2(h.x, -h.y), s.z))
                 + texture(uShadowMap, vec3(uv + vec2(-h.x, h.y), s.z)) + texture(uShadowMap, vec3(uv + vec2(h.x, h.y), s.z)));
}
#endif

void main()
{
#if IMAGE > 0
#if LIVING == 1
    float glint, flicker;
    vec4 image = texture(uAlbedo, livingUv(vUv, uWeather.z, glint, flicker));
    // Glints: the bright parts of the water (sky reflected, sun) sparkle on the wave crests.
    image.rgb += glint * 0.5 * smoothstep(0.45, 0.85, dot(image.rgb, vec3(0.2126, 0.7152, 0.0722)));
    image.rgb *= 1.0 - 0.45 * flicker;
#else
    vec4 image = texture(uAlbedo, vUv);
#endif
#if IMAGE == 2
    if (image.a < 0.5) discard;
#endif
    vec3 c = image.rgb * uBase.rgb;
#else
    vec3 c = uBase.rgb;
#endif
#if SHADOWS == 1
    c *= 1.0 - uSurface.y * (1.0 - sunVisibility(vWorld));
#endif
    oColor = vec4(linearToSrgb(clamp(c, 0.0, 1.0)), 0.0);
}
