// Fragment-only: turns scene radiance into the stored display value.

// ---- Output: exposure, filmic tone map, sRGB encode, dither.
// ACES filmic curve, Krzysztof Narkowicz's fit (2015, "ACES Filmic Tone Mapping Curve").
vec3 acesFilm(vec3 x)
{
    return clamp((x * (2.51 * x + 0.03)) / (x * (2.43 * x + 0.59) + 0.14), 0.0, 1.0);
}

// IEC 61966-2-1 sRGB transfer function (exact: picture layers pass through it and must keep their bytes).
vec3 linearToSrgb(vec3 c)
{
    return mix(12.92 * c, 1.055 * pow(c, vec3(1.0 / 2.4)) - 0.055, step(vec3(0.0031308), c));
}

// The same above the linear toe by a fit from three square roots (after Ian Taylor): under 0.4/255 from the exact
// curve, below the dither that follows it, and square roots are single instructions where pow is exp2(log2) on a
// CPU rasterizer. For shaded pixels, which are dithered anyway.
vec3 linearToSrgbFast(vec3 c)
{
    vec3 s1 = sqrt(c), s2 = sqrt(s1), s3 = sqrt(s2);
    return mix(12.92 * c, 0.585122381 * s1 + 0.783140355 * s2 - 0.368262736 * s3, step(vec3(0.0031308), c));
}

// Display-ready colour. A ±0.5 LSB dither from the pixel position hides banding in the sky gradient and stays
// deterministic (same pixel, same offset).
vec4 finishColor(vec3 hdr)
{
    vec3 c = linearToSrgbFast(acesFilm(hdr * uSunColor.w));
    float n = hashCell(ivec2(gl_FragCoord.xy)) - 0.5;
    return vec4(c + n / 255.0, 1.0);
}
