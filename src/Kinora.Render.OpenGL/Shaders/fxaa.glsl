// Post antialiasing after Timothy Lottes, "FXAA 3.11" (NVIDIA, 2011), its quality preset reduced to two edge
// search steps: find the local contrast, decide whether the edge runs horizontally or vertically, walk along it
// both ways with bilinear taps until the luma leaves the edge's average, then blend across the edge in proportion
// to where this pixel sits on it (plus a sub-pixel term for features smaller than a pixel). Works on the stored
// sRGB values, as the original does on its perceptual luma. `scene` must have bilinear filtering.

float fxaaLuma(vec3 c) { return dot(c, vec3(0.299, 0.587, 0.114)); }
float fxaaLumaAt(sampler2D scene, vec2 pixel, vec2 invSize) { return fxaaLuma(textureLod(scene, pixel * invSize, 0.0).rgb); }

const float FXAA_EDGE_THRESHOLD = 0.125;      // share of the local maximum that counts as an edge
const float FXAA_EDGE_THRESHOLD_MIN = 0.0312; // below this contrast, dark areas are left alone
const float FXAA_SUBPIXEL = 0.75;             // strength of the sub-pixel blend

vec3 fxaa(sampler2D scene, ivec2 p)
{
    ivec2 size = textureSize(scene, 0);
    vec2 invSize = 1.0 / vec2(size);
    ivec2 hi = size - 1;
    vec3 rgbM = texelFetch(scene, p, 0).rgb;
    float lM = fxaaLuma(rgbM);
    float lN = fxaaLuma(texelFetch(scene, clamp(p + ivec2(0, -1), ivec2(0), hi), 0).rgb);
    float lS = fxaaLuma(texelFetch(scene, clamp(p + ivec2(0, 1), ivec2(0), hi), 0).rgb);
    float lE = fxaaLuma(texelFetch(scene, clamp(p + ivec2(1, 0), ivec2(0), hi), 0).rgb);
    float lW = fxaaLuma(texelFetch(scene, clamp(p + ivec2(-1, 0), ivec2(0), hi), 0).rgb);
    float lMin = min(lM, min(min(lN, lS), min(lE, lW)));
    float lMax = max(lM, max(max(lN, lS), max(lE, lW)));
    float range = lMax - lMin;
    if (range < max(FXAA_EDGE_THRESHOLD_MIN, lMax * FXAA_EDGE_THRESHOLD)) return rgbM;

    float lNW = fxaaLuma(texelFetch(scene, clamp(p + ivec2(-1, -1), ivec2(0), hi), 0).rgb);
    float lNE = fxaaLuma(texelFetch(scene, clamp(p + ivec2(1, -1), ivec2(0), hi), 0).rgb);
    float lSW = fxaaLuma(texelFetch(scene, clamp(p + ivec2(-1, 1), ivec2(0), hi), 0).rgb);
    float lSE = fxaaLuma(texelFetch(scene, clamp(p + ivec2(1, 1), ivec2(0), hi), 0).rgb);

    // Sub-pixel aliasing: how much the centre differs from its 3×3 neighbourhood's average.
    float average = (2.0 * (lN + lS + lE + lW) + lNW + lNE + lSW + lSE) / 12.0;
    float subpixel = clamp(abs(average - lM) / range, 0.0, 1.0);
    subpixel = (-2.0 * subpixel + 3.0) * subpixel * subpixel;
    float subpixelOffset = subpixel * subpixel * FXAA_SUBPIXEL;

    float edgeHorizontal = abs(lNW + lNE - 2.0 * lN) + 2.0 * abs(lW + lE - 2.0 * lM) + abs(lSW + lSE - 2.0 * lS);
    float edgeVertical = abs(lNW + lSW - 2.0 * lW) + 2.0 * abs(lN + lS - 2.0 * lM) + abs(lNE + lSE - 2.0 * lE);
    bool horizontal = edgeHorizontal >= edgeVertical;

    // The neighbour across the edge with the steeper step tells which side the edge is on.
    float l1 = horizontal ? lN : lW;
    float l2 = horizontal ? lS : lE;
    float gradient1 = abs(l1 - lM);
    float gradient2 = abs(l2 - lM);
    bool side1 = gradient1 >= gradient2;
    float gradientScaled = 0.25 * max(gradient1, gradient2);
    float localAverage = 0.5 * ((side1 ? l1 : l2) + lM);
    vec2 across = horizontal ? vec2(0.0, 1.0) : vec2(1.0, 0.0);
    float acrossSign = side1 ? -1.0 : 1.0;
    vec2 along = horizontal ? vec2(1.0, 0.0) : vec2(0.0, 1.0);

    // Walk along the edge, on the boundary between the two pixels, until the luma leaves it.
    vec2 onEdge = vec2(p) + 0.5 + across * acrossSign * 0.5;
    vec2 end1 = onEdge - along, end2 = onEdge + along;
    float delta1 = fxaaLumaAt(scene, end1, invSize) - localAverage;
    float delta2 = fxaaLumaAt(scene, end2, invSize) - localAverage;
    bool done1 = abs(delta1) >= gradientScaled, done2 = abs(delta2) >= gradientScaled;
    // One more step of 3 px each way (FXAA's lowest preset has three): llvmpipe fetches every step for every
    // pixel, found or not, and each pair cost ~10 CPU ms at 720p; an edge longer than 8 px blends as if 8 long,
    // which at 4× zoom looks the same as the five-step search did (bench/render/results.md).
    if (!done1) { end1 -= along * 3.0; delta1 = fxaaLumaAt(scene, end1, invSize) - localAverage; }
    if (!done2) { end2 += along * 3.0; delta2 = fxaaLumaAt(scene, end2, invSize) - localAverage; }

    float distance1 = horizontal ? (vec2(p) + 0.5).x - end1.x : (vec2(p) + 0.5).y - end1.y;
    float distance2 = horizontal ? end2.x - (vec2(p) + 0.5).x : end2.y - (vec2(p) + 0.5).y;
    bool nearer1 = distance1 < distance2;
    float edgeLength = distance1 + distance2;
    float pixelOffset = 0.5 - min(distance1, distance2) / edgeLength;
    // Blend only where this pixel is on the side of the edge whose end the luma crossed the right way.
    bool centreBelow = lM - localAverage < 0.0;
    bool correct = ((nearer1 ? delta1 : delta2) < 0.0) != centreBelow;
    float offset = max(correct ? pixelOffset : 0.0, subpixelOffset);

    return textureLod(scene, (vec2(p) + 0.5 + across * acrossSign * offset) * invSize, 0.0).rgb;
}
