// Unlit surfaces: the image × base colour exactly, as stored sRGB, with no light, shadow, fog, exposure, tone
// mapping or dither, so a picture used as the frame comes back as it went in. Alpha 0 marks the pixel as unlit
// for the post pass, which leaves it alone (the backend sets alpha back to 1 before readback).
// IMAGE (defined by the loader): 0 no image, 1 opaque image, 2 image with cut-outs (alpha < 0.5 not drawn).
in vec2 vUv;
uniform vec4 uBase;      // rgb base colour (linear)
layout(binding = 3) uniform sampler2D uAlbedo;
layout(location = 0) out vec4 oColor;

#if IMAGE == 1
// Living detail of a picture brought to life (Kinora.Picture.Analysis.LivingDetail): an opaque texel's alpha says how
// it moves, 255 still, 191 foliage swaying, 128 water rippling, values between blending. The displacement is a few
// texels and ramps up from exactly zero at t = 0, so the first frame is still the picture. Only opaque images carry
// the code: an image with cut-outs uses its alpha for those.
vec2 livingUv(vec2 uv, float t, out float glint)
{
    glint = 0.0;
    float a = texture(uAlbedo, uv).a;
    if (a > 0.998 || t <= 0.0) return uv;
    float m = (1.0 - a) * (255.0 / 127.0);
    float water = clamp(2.0 * m - 1.0, 0.0, 1.0);
    float foliage = clamp(2.0 * m, 0.0, 1.0) - water;
    float ramp = smoothstep(0.0, 1.5, t);
    vec2 size = vec2(textureSize(uAlbedo, 0));
    float k = size.y / 720.0;            // amplitudes and wavelengths are for a 720-row picture
    vec2 p = uv * size / k;
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

void main()
{
#if IMAGE > 0
#if IMAGE == 1
    float glint;
    vec4 image = texture(uAlbedo, livingUv(vUv, uWeather.z, glint));
    // Glints: the bright parts of the water (sky reflected, sun) sparkle on the wave crests.
    image.rgb += glint * 0.5 * smoothstep(0.45, 0.85, dot(image.rgb, vec3(0.2126, 0.7152, 0.0722)));
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
    oColor = vec4(linearToSrgb(clamp(c, 0.0, 1.0)), 0.0);
}
