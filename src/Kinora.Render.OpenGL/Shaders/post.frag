// The look's full-screen pass: reads the finished (tone-mapped, sRGB) frame and its depth and writes the styled
// frame. One variant per look (LOOK, defined by the loader; numbers are Kinora.Render.Backend.LookStyle), so a
// CPU rasterizer runs only the chosen recipe. Every random value is a hash of the pixel and the frame number: the
// same frame gives the same bytes. Texel (0, 0) is the image's top-left pixel (the colour pass renders Y-flipped).
in vec2 vNdc;
layout(binding = 1) uniform sampler2D uScene;
layout(binding = 2) uniform sampler2D uDepth;
layout(location = 0) out vec4 oColor;
#if BLOOM == 1
// Bright parts of the scene at a quarter size with mipmaps (BloomPass): three coarse levels summed make a glow
// that is tight near the source and wide around it, as a lens's scatter is.
layout(binding = 4) uniform sampler2D uBloom;
vec3 bloomAt(vec2 uv)
{
    return textureLod(uBloom, uv, 1.0).rgb * 0.45 + textureLod(uBloom, uv, 2.5).rgb * 0.55 + textureLod(uBloom, uv, 4.0).rgb * 0.7;
}
#endif

ivec2 gSize;
vec4 gInvWRow;  // the row of the inverse view-projection that gives 1 / clip w
float gScale;   // frame height / 360: painterly features keep their size relative to the frame

vec3 at(ivec2 p) { return texelFetch(uScene, clamp(p, ivec2(0), gSize - 1), 0).rgb; }
float invW(ivec2 p);

#if DOF == 1
// Depth of field as a gather (scatter-as-gather, Jimenez 2014 "Next-generation post-processing in Call of Duty"):
// 24 taps on a golden-angle spiral over the largest blur; a tap counts when its own blur circle reaches this pixel,
// and a tap behind this pixel may not spread further than this pixel's own blur, so a sharp subject does not smear
// over a blurred background yet a blurred foreground does spill over a sharp subject.
float blurOf(float depth) { return min(uLens.y * abs(1.0 - uLens.x / max(depth, 1e-3)), 2.0 * uLens.y); }

vec3 depthOfField(ivec2 p)
{
    float depth = 1.0 / max(invW(p), 1e-6);
    float own = blurOf(depth);
    float radius = 0.5 * 2.0 * uLens.y;   // the spiral's reach, px (half the largest blur diameter)
    vec3 sum = at(p);
    float weight = 1.0;
    const int TAPS = 24;
    for (int i = 1; i <= TAPS; i++)
    {
        float r = radius * sqrt(float(i) / float(TAPS));
        float angle = float(i) * 2.39996323;
        ivec2 q = p + ivec2(round(vec2(cos(angle), sin(angle)) * r));
        float tapDepth = 1.0 / max(invW(q), 1e-6);
        float reach = 0.5 * blurOf(tapDepth);
        if (tapDepth > depth) reach = min(reach, 0.5 * own);
        float w = clamp(reach - r + 1.0, 0.0, 1.0);
        sum += at(q) * w;
        weight += w;
    }
    return sum / weight;
}
#endif

// The pixel itself, edge-smoothed when the frame asks for post antialiasing (POST_AA, see fxaa.glsl). Looks that
// keep the picture's edges read it; painterly looks that rebuild every pixel from neighbours do not need it. With
// depth of field (DOF) it is the lens-blurred pixel instead (the blur hides the aliasing FXAA would smooth).
vec3 centre(ivec2 p)
{
#if DOF == 1
    return depthOfField(p);
#elif POST_AA == 1
    return fxaa(uScene, p);
#else
    return at(p);
#endif
}
float luma(vec3 c) { return dot(c, vec3(0.2126, 0.7152, 0.0722)); }
vec3 saturate(vec3 c, float s) { return mix(vec3(luma(c)), c, s); }
float grain(ivec2 p) { return hashCell(p * 3 + ivec2(int(uLook.z) * 7919, int(uLook.z) * 104729)) - 0.5; }
vec2 uvOf(ivec2 p) { return (vec2(p) + 0.5) / vec2(gSize); }
float vignette(ivec2 p, float strength)
{
    vec2 d = uvOf(p) - 0.5;
    d.x *= float(gSize.x) / float(gSize.y);
    return 1.0 - strength * smoothstep(0.25, 1.0, length(d) * 1.35);
}

// 1 / clip w: for a perspective projection it is affine in screen space over any plane, so its Laplacian is ~0
// on flat surfaces (the ground at a grazing angle makes no false lines) and large across silhouettes.
float invW(ivec2 p)
{
    p = clamp(p, ivec2(0), gSize - 1);
    float z = texelFetch(uDepth, p, 0).r;
    vec2 ndc = uvOf(p) * 2.0 - 1.0;
    return dot(gInvWRow, vec4(ndc, z, 1.0));
}

// Outline strength 0..1 from depth: silhouettes and strong creases, faded out beyond ~40 m so the hazy horizon
// stays free of ink.
float depthEdge(ivec2 p, int r)
{
    float c = invW(p);
    float a = invW(p + ivec2(r, 0)), b = invW(p - ivec2(r, 0)), d = invW(p + ivec2(0, r)), e = invW(p - ivec2(0, r));
    float nearest = max(max(max(a, b), max(d, e)), c);
    float lap = abs(a + b + d + e - 4.0 * c) / max(nearest, 1e-6);
    return smoothstep(0.04, 0.12, lap) * smoothstep(1.0 / 45.0, 1.0 / 20.0, nearest);
}

// Outline strength from colour: catches the creases between faces that depth misses.
float lumaEdge(ivec2 p, float lo, float hi)
{
    float gx = luma(at(p + ivec2(1, 0))) - luma(at(p - ivec2(1, 0)));
    float gy = luma(at(p + ivec2(0, 1))) - luma(at(p - ivec2(0, 1)));
    return smoothstep(lo, hi, length(vec2(gx, gy)));
}

vec3 posterize(vec3 c, float levels) { return floor(c * levels + 0.5) / levels; }

// Kuwahara filter (Kuwahara et al. 1976) on a 5×5 grid at a 2-pixel stride: the mean of the least varied of the
// four overlapping 3×3 quadrants. Flattens texture into patches while keeping edges: paint.
// Tap spacing that keeps the brush size a fixed share of the frame height (2 px at 360 rows, 4 at 720).
int kuwaharaStride() { return max(2, (gSize.y + 90) / 180); }

vec3 kuwahara(ivec2 p, int stride)
{
    vec3 m0 = vec3(0), m1 = vec3(0), m2 = vec3(0), m3 = vec3(0);
    vec3 s0 = vec3(0), s1 = vec3(0), s2 = vec3(0), s3 = vec3(0);
    for (int j = -2; j <= 2; j++)
        for (int i = -2; i <= 2; i++)
        {
            vec3 c = at(p + ivec2(i, j) * stride);
            vec3 c2 = c * c;
            if (i <= 0 && j <= 0) { m0 += c; s0 += c2; }
            if (i >= 0 && j <= 0) { m1 += c; s1 += c2; }
            if (i <= 0 && j >= 0) { m2 += c; s2 += c2; }
            if (i >= 0 && j >= 0) { m3 += c; s3 += c2; }
        }
    const float n = 1.0 / 9.0;
    m0 *= n; m1 *= n; m2 *= n; m3 *= n;
    vec3 v0 = s0 * n - m0 * m0, v1 = s1 * n - m1 * m1, v2 = s2 * n - m2 * m2, v3 = s3 * n - m3 * m3;
    float w0 = v0.r + v0.g + v0.b, w1 = v1.r + v1.g + v1.b, w2 = v2.r + v2.g + v2.b, w3 = v3.r + v3.g + v3.b;
    vec3 best = m0; float bw = w0;
    if (w1 < bw) { best = m1; bw = w1; }
    if (w2 < bw) { best = m2; bw = w2; }
    if (w3 < bw) { best = m3; }
    return best;
}

// Rotation of hue about the grey axis (Rodrigues), radians.
vec3 hueRotate(vec3 c, float angle)
{
    const vec3 k = vec3(0.57735);
    float co = cos(angle);
    return c * co + cross(k, c) * sin(angle) + k * dot(k, c) * (1.0 - co);
}

void main()
{
    gSize = textureSize(uScene, 0);
    gScale = float(gSize.y) / 360.0;
    gInvWRow = vec4(uInvViewProj[0].w, uInvViewProj[1].w, uInvViewProj[2].w, uInvViewProj[3].w);
    ivec2 p = ivec2(gl_FragCoord.xy);
    vec2 q = vec2(p);
    vec3 c;

#if LOOK == 1
    // Cinematic: teal shadows, warm highlights (the "orange and teal" grade), a gentle S-curve and a vignette.
    c = centre(p);
    float y = luma(c);
    c += mix(vec3(-0.07, 0.03, 0.08), vec3(0.08, 0.02, -0.08), smoothstep(0.2, 0.75, y));
    c = mix(c, smoothstep(0.0, 1.0, c), 0.5);
    c = saturate(c, 1.1) * vignette(p, 0.28);
#elif LOOK == 2 || LOOK == 3
    // Anime / comic: cel-shaded input (lit pass), saturated flat colour, ink outlines from depth and colour.
    c = centre(p);
#if LOOK == 2
    c = saturate(pow(c, vec3(0.92)), 1.35);
    float ink = max(depthEdge(p, 1), 0.7 * lumaEdge(p, 0.22, 0.4));
    c = mix(c, vec3(0.08, 0.05, 0.1), ink * 0.9);
#else
    c = saturate(c, 1.5);
    float y = luma(c);
    c *= (floor(y * 4.0 + 0.5) / 4.0 + 0.08) / max(y, 0.02);   // value in four flat steps, hue kept
    // Halftone dots on a 45° grid where the picture is dark (printed comic shading).
    vec2 g = mat2(0.7071, -0.7071, 0.7071, 0.7071) * q / 6.0;
    float dotR = length(fract(g) - 0.5);
    float dots = 1.0 - smoothstep(0.0, 0.08, dotR - 0.55 * (1.0 - smoothstep(0.2, 0.6, y)));
    c *= 1.0 - 0.45 * dots;
    float ink = max(depthEdge(p, 2), lumaEdge(p, 0.18, 0.32));
    c = mix(c, vec3(0.02), ink);
#endif
#elif LOOK == 4
    // Watercolour: pigment bleeds (noise-wobbled sampling and a small blur), washes go pastel and granulate on
    // the paper, and pigment pools dark along the edges of each wash.
    vec2 wobble = (vec2(valueNoise(q / (19.0 * gScale)), valueNoise(q / (19.0 * gScale) + 7.3)) - 0.5) * 9.0 * gScale;
    ivec2 pw = ivec2(q + wobble);
    int r = int(3.0 * gScale + 0.5);
    c = (at(pw) * 2.0 + at(pw + ivec2(r, 1)) + at(pw + ivec2(-1, r)) + at(pw + ivec2(-r, -1)) + at(pw + ivec2(1, -r))) / 6.0;
    // Transparent pigment on white paper keeps even a night scene light: its darks are lifted into deep washes
    // (0.1 becomes ~0.25, 0.5 ~0.58, 0.8 ~0.81), so a rainy night reads as blue-grey washes, not black mud, and a
    // sunny day keeps its lights.
    c += 0.75 * (sqrt(c) - c) * (1.0 - c);
    c = mix(saturate(c, 0.95), vec3(1.0), 0.12);
    c = floor(c * 7.0 + valueNoise(q / (31.0 * gScale))) / 7.0 * 0.5 + c * 0.5;   // layered washes
    c *= 1.0 - 0.3 * depthEdge(pw, 2);
    float paper = 0.6 * valueNoise(q / 2.5) + 0.4 * hashCell(p);
    c *= 0.86 + 0.14 * paper;
    c = mix(c, vec3(0.98, 0.96, 0.91), 0.12 * (1.0 - paper));
#elif LOOK == 5
    // Film noir: luma only, crushed blacks, hard contrast, a heavy vignette and film grain.
    float y = luma(centre(p));
    y = smoothstep(0.14, 0.82, y);
    y = pow(y, 1.25) * vignette(p, 0.7) + 0.09 * grain(p);
    c = vec3(y);
#elif LOOK == 6
    // Black and white: luma through a mild S-curve, fine grain.
    float y = luma(centre(p));
    y = mix(y, smoothstep(0.0, 1.0, y), 0.5) + 0.025 * grain(p);
    c = vec3(y);
#elif LOOK == 7
    // Pixel art: one colour per 6×6 block (the mean of four taps), an 8-level-per-channel palette (banded, no
    // dither: flat colour areas read as drawn pixels), and a dark outline block on silhouettes. Everything depends only on the block.
    const int B = 6;
    ivec2 blk = p / B;
    ivec2 o = blk * B;
    c = 0.25 * (at(o + ivec2(1, 1)) + at(o + ivec2(4, 1)) + at(o + ivec2(1, 4)) + at(o + ivec2(4, 4)));
    c = saturate(c, 1.3);
    c = clamp(floor(c * 7.0 + 0.5) / 7.0, 0.0, 1.0);
    c = mix(c, vec3(0.07, 0.05, 0.12), step(0.5, depthEdge(o + ivec2(B / 2), B / 2)));
#elif LOOK == 8
    // Cyberpunk: night-shifted magenta shadows to cyan highlights, a neon glow from a ring of wide taps around
    // bright pixels, faint scanlines.
    c = centre(p);
    vec3 glow = vec3(0.0);
    for (int k = 0; k < 8; k++)
    {
        float ang = float(k) * 0.785398;
        vec2 dir = vec2(cos(ang), sin(ang));
        glow += 2.0 * max(at(p + ivec2(dir * 10.0 * gScale)) - 0.55, 0.0);
    }
    float y = pow(luma(c), 1.4);
    float tubeStrength = 1.0;
    if (uLighting.x > 0.0)
    {
        // The scene has its own lamps (a real night): keep their light and colour, and split-tone it instead —
        // violet in the darks, cyan-white in the highlights, more saturation and contrast, a little glow.
        float y0 = luma(c);
        c = saturate(c, 1.5) * mix(vec3(0.95, 0.55, 1.15), vec3(0.8, 1.05, 1.15), smoothstep(0.15, 0.7, y0));
        c = mix(c, smoothstep(0.0, 1.0, c), 0.35) + vec3(0.035, 0.0, 0.06) * (1.0 - y0) + glow * vec3(0.6, 0.3, 1.0) * (0.8 / 16.0);
        tubeStrength = 0.45;
    }
    else
    {
        vec3 tint = mix(vec3(0.05, 0.03, 0.2), vec3(0.55, 0.12, 0.8), smoothstep(0.05, 0.3, y));
        tint = mix(tint, vec3(0.3, 1.0, 1.0), smoothstep(0.35, 0.7, y));
        c = mix(c * c * vec3(0.3, 0.6, 1.0), tint * (0.15 + y), 0.7) + glow * vec3(0.6, 0.3, 1.0) * (1.6 / 16.0);
    }
    // Neon tubes: silhouettes light up, cyan above the middle of the frame, magenta below, with a soft halo.
    float tube = depthEdge(p, 2) * tubeStrength;
    vec3 neon = mix(vec3(0.2, 1.0, 1.0), vec3(1.0, 0.2, 0.85), smoothstep(0.3, 0.7, uvOf(p).y));
    c += neon * tube;
    // Night sky: where nothing was drawn, a dark navy-to-violet gradient with a magenta glow at the horizon.
    if (texelFetch(uDepth, p, 0).r >= 1.0)
    {
        vec4 far = uInvViewProj * vec4(uvOf(p) * 2.0 - 1.0, 1.0, 1.0);
        float elevation = normalize(far.xyz / far.w - uEye.xyz).y;
        // Below and at the horizon the sky keeps the graded haze the ground fades into, so the ground's far edge
        // shows no line against the sky; the stylized gradient takes over just above.
        vec3 gradient = mix(vec3(0.45, 0.06, 0.45), vec3(0.02, 0.02, 0.09), smoothstep(0.0, 0.3, elevation));
        c = mix(c, gradient, smoothstep(-0.01, 0.08, elevation));
    }
    c *= (p.y % 3 == 0 ? 0.9 : 1.0) * vignette(p, 0.4);
#elif LOOK == 9
    // Pencil sketch on paper: outlines plus diagonal hatching whose density follows the shade, all grey.
    vec3 src = at(p);
    float y = luma(src);
    float line = max(depthEdge(p, 1), lumaEdge(p, 0.1, 0.25));
    float jitter = valueNoise(q / 9.0) * 3.0;
    float h1 = 1.0 - smoothstep(0.0, 0.9, abs(mod(q.x + q.y + jitter, 7.0) - 3.5) - 2.2);
    float h2 = 1.0 - smoothstep(0.0, 0.9, abs(mod(q.x - q.y + jitter, 7.0) - 3.5) - 2.4);
    float h3 = 1.0 - smoothstep(0.0, 0.9, abs(mod(q.y + jitter, 5.0) - 2.5) - 1.7);
    float shade = h1 * (1.0 - smoothstep(0.45, 0.62, y)) + h2 * (1.0 - smoothstep(0.28, 0.42, y)) + h3 * (1.0 - smoothstep(0.12, 0.24, y));
    float paper = 0.95 + 0.05 * valueNoise(q / 1.7);
    float g = paper * (1.0 - 0.45 * clamp(shade, 0.0, 1.5)) * (1.0 - 0.75 * line);
    c = vec3(g);
#elif LOOK == 10
    // Claymation: warm, a little soft (a 5-tap blur; the lens blur instead in a shallow-focus shot, as a miniature
    // is shot), saturated, lifted blacks, light vignette.
#if DOF == 1
    c = depthOfField(p);
#else
    c = (at(p) * 2.0 + at(p + ivec2(1, 0)) + at(p - ivec2(1, 0)) + at(p + ivec2(0, 1)) + at(p - ivec2(0, 1))) / 6.0;
#endif
    c = saturate(c * vec3(1.1, 1.0, 0.84), 1.25);
    c = mix(vec3(0.05, 0.03, 0.02), vec3(1.0), c) * vignette(p, 0.3);
#elif LOOK == 11
    // Surrealism: the world bends (slow sinusoidal warp), hues rotate into an unreal palette, saturation up,
    // highlights bloom golden.
    vec2 warp = vec2(sin(q.y / 37.0), cos(q.x / 53.0)) * 6.0;
    c = at(ivec2(q + warp));
    c = saturate(hueRotate(c, 2.0), 1.6);
    c = mix(c, vec3(1.0, 0.85, 0.45), 0.25 * smoothstep(0.6, 1.0, luma(c)));
    c *= vignette(p, 0.35);
#elif LOOK == 12
    // Oil painting: Kuwahara patches, richer colour, canvas weave and brush-stroke streaks.
    c = saturate(kuwahara(p, kuwaharaStride()), 1.3);
    // Impasto: a stroke height field lit from the top left (its difference along the light) and canvas weave.
    // Each 16-pixel patch (at 360 rows) gets its own stroke direction; the strokes are anisotropic noise.
    ivec2 brushCell = ivec2(q / (16.0 * gScale));
    float angle = 0.785 + (hashCell(brushCell) - 0.5) * 1.4;
    vec2 along = vec2(cos(angle), sin(angle));
    vec2 sq = vec2(dot(q, along) / 9.0, dot(q, vec2(-along.y, along.x)) / 2.0) / gScale;
    float relief = valueNoise(sq) - valueNoise(sq + vec2(0.3, 0.3));
    float weave = 0.5 + 0.25 * (sin(q.x * 1.9) + sin(q.y * 1.9));
    c *= 0.95 + 0.4 * relief + 0.05 * weave;
#elif LOOK == 13
    // Ukiyo-e (woodblock print): cel-shaded input flattened to few colours, indigo-black ink outlines, printed
    // on warm paper with fibres.
    c = saturate(centre(p), 0.8);
    // Flat tones: the value quantized to four steps, the hue kept (each block prints one colour).
    float y = luma(c);
    c *= (floor(y * 4.0 + 0.5) / 4.0 + 0.06) / max(y, 0.02);
    c = c * vec3(0.92, 0.87, 0.72) + vec3(0.06, 0.05, 0.01);
    float ink = max(depthEdge(p, 1), lumaEdge(p, 0.2, 0.35));
    c = mix(c, vec3(0.1, 0.11, 0.18), ink);
    float fibre = valueNoise(vec2(q.x / 1.5, q.y / 11.0));
    c *= 0.92 + 0.08 * fibre;
#elif LOOK == 14
    // Van Gogh: strokes follow the image's structure (the luma gradient's perpendicular, with a slow swirl where
    // the picture is flat), colour smeared along them (line-integral convolution, 7 taps), streaked, saturated,
    // pushed to cobalt and chrome yellow.
    float gx = luma(at(p + ivec2(2, 0))) - luma(at(p - ivec2(2, 0)));
    float gy = luma(at(p + ivec2(0, 2))) - luma(at(p - ivec2(0, 2)));
    float swirl = valueNoise(q / (70.0 * gScale)) * 12.566;
    vec2 flow = normalize(mix(vec2(cos(swirl), sin(swirl)), normalize(vec2(-gy, gx) + 1e-5), smoothstep(0.02, 0.1, length(vec2(gx, gy)))));
    c = vec3(0.0);
    float s = gScale;
    for (int k = -3; k <= 3; k++) c += at(ivec2(q + flow * float(k) * 2.0 * s));
    c /= 7.0;
    float streak = valueNoise(vec2(dot(q, flow) / (12.0 * s), dot(q, vec2(-flow.y, flow.x)) / (2.6 * s)));
    c = saturate(c, 1.6) * (0.8 + 0.35 * streak);
    float y = luma(c);
    c = mix(c, mix(vec3(0.1, 0.22, 0.6), vec3(0.98, 0.82, 0.25), smoothstep(0.3, 0.75, y)) * (0.4 + y), 0.3);
#elif LOOK == 15
    // Impressionism: short dabs (Kuwahara on a sample point jittered per 5-pixel cell), light and bright.
    int cellSize = max(4, int(5.0 * gScale + 0.5));
    ivec2 cell = p / cellSize;
    ivec2 jitter = ivec2((vec2(hashCell(cell), hashCell(cell + ivec2(91, 37))) - 0.5) * 1.2 * float(cellSize));
    c = kuwahara(p + jitter, kuwaharaStride());
    c = saturate(mix(c, vec3(1.0, 0.97, 0.88), 0.12), 1.35);
    c *= 0.92 + 0.12 * hashCell(cell + ivec2(13, 7));
#elif LOOK == 16
    // Low poly: faceted input (flat lit pass), cleaner, brighter colour.
    c = centre(p);
    c = saturate(mix(c, smoothstep(0.0, 1.0, c), 0.3), 1.2);
#else
    // Photoreal: the picture as the lit pass made it.
    c = centre(p);
#endif
#if BLOOM == 1
    // Screen blend, so glow lifts darks around lights without clipping what is already bright.
    vec3 glowLight = clamp(bloomAt(uvOf(p)) * uLighting.y, 0.0, 1.0);
    c = 1.0 - (1.0 - clamp(c, 0.0, 1.0)) * (1.0 - glowLight);
#endif
    // Unlit pixels (alpha 0 in the scene, see unlit.frag) keep their exact value; antialiased edges blend.
    vec4 scene = texelFetch(uScene, p, 0);
    oColor = vec4(mix(scene.rgb, clamp(c, 0.0, 1.0), scene.a), 1.0);
}
