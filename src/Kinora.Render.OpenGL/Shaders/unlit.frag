// Unlit surfaces: the image × base colour exactly, as stored sRGB, with no light, shadow, fog, exposure, tone
// mapping or dither, so a picture used as the frame comes back as it went in. Alpha 0 marks the pixel as unlit
// for the post pass, which leaves it alone (the backend sets alpha back to 1 before readback).
// IMAGE (defined by the loader): 0 no image, 1 opaque image, 2 image with cut-outs (alpha < 0.5 not drawn).
in vec2 vUv;
uniform vec4 uBase;      // rgb base colour (linear)
layout(binding = 3) uniform sampler2D uAlbedo;
layout(location = 0) out vec4 oColor;

void main()
{
#if IMAGE > 0
    vec4 image = texture(uAlbedo, vUv);
#if IMAGE == 2
    if (image.a < 0.5) discard;
#endif
    vec3 c = image.rgb * uBase.rgb;
#else
    vec3 c = uBase.rgb;
#endif
    oColor = vec4(linearToSrgb(clamp(c, 0.0, 1.0)), 0.0);
}
