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

// Drawn and painted looks light a dark frame as a painter does a night scene: legible mid-tones, not black.
// gLift (1 for a frame of normal brightness) comes from the frame's mean and lifts the darks most,
// c' = c g / (1 + c (g - 1)), which keeps white white. Photographed looks (and noir, cyberpunk) keep their dark.
#if LOOK == 2 || LOOK == 3 || LOOK == 4 || LOOK == 7 || LOOK == 11 || LOOK == 12 || LOOK == 13 || LOOK == 14 || LOOK == 15
#define LIFT_DARK 1
#endif
float gLift = 1.0;
vec3 lifted(vec3 c)
{
#ifdef LIFT_DARK
    return c * gLift / (1.0 + c * (gLift - 1.0));
#else
    return c;
#endif
}

vec3 at(ivec2 p) { return lifted(texelFetch(uScene, clamp(p, ivec2(0), gSize - 1), 0).rgb); }
float invW(ivec2 p);

// The frame's exposure statistics, the same for every pixel (FrameStatsPass, stats.frag, computed once per frame
// from 16 pixels on a 4×4 grid): x mean luma, y mean and z mean square of black-and-white film's response.
#if defined(LIFT_DARK) || LOOK == 6
layout(binding = 5) uniform sampler2D uStats;
vec4 frameStats() { return texelFetch(uStats, ivec2(0), 0); }
#endif

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
    return lifted(fxaa(uScene, p));
#else
    return at(p);
#endif
}
// The pixel for the inked looks (anime, ukiyo-e): lens-blurred when the shot has depth of field, otherwise as it
// is, without FXAA. Their ink lines lie on the silhouettes and steep colour steps FXAA would smooth, and FXAA's 9
// to 13 taps were a third of these looks' cost at 720p on a CPU rasterizer (LookPostBench).
vec3 inkedCentre(ivec2 p)
{
#if DOF == 1
    return depthOfField(p);
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
// `lo`..`hi`: the relative jump in 1/w that starts and completes the ink.
float depthEdgeFrom(ivec2 p, int r, float lo, float hi)
{
    float c = invW(p);
    float a = invW(p + ivec2(r, 0)), b = invW(p - ivec2(r, 0)), d = invW(p + ivec2(0, r)), e = invW(p - ivec2(0, r));
    float nearest = max(max(max(a, b), max(d, e)), c);
    float lap = abs(a + b + d + e - 4.0 * c) / max(nearest, 1e-6);
    return smoothstep(lo, hi, lap) * smoothstep(1.0 / 45.0, 1.0 / 20.0, nearest);
}
float depthEdge(ivec2 p, int r) { return depthEdgeFrom(p, r, 0.04, 0.12); }

// Print outlines (anime, ukiyo-e) only where the depth jumps by a good share of the distance: a body against what
// is far behind it. A wave's crest over the water just behind it, or a pebble on the ground, jumps a few per cent
// and printed as black dashes and specks.
float printEdge(ivec2 p) { return depthEdgeFrom(p, 1, 0.1, 0.25); }

// Outline strength from colour: catches the creases between faces that depth misses.
float lumaEdge(ivec2 p, float lo, float hi)
{
    float gx = luma(at(p + ivec2(1, 0))) - luma(at(p - ivec2(1, 0)));
    float gy = luma(at(p + ivec2(0, 1))) - luma(at(p - ivec2(0, 1)));
    return smoothstep(lo, hi, length(vec2(gx, gy)));
}

// Outline strength from colour steps, not thin lines: the luma gradient over ±1 px and over ±2 px must agree and
// both be steep, so a line a pixel or two wide (a wave's foam, a lane mark, a far railing) gets no ink on either
// side; inked on both sides it printed as a dashed black line. `l1` holds the ±1 px lumas (x+, x−, y+, y−).
float stepEdge(ivec2 p, vec4 l1, float lo, float hi)
{
    vec2 g1 = vec2(l1.x - l1.y, l1.z - l1.w);
    vec2 g2 = vec2(luma(at(p + ivec2(2, 0))) - luma(at(p - ivec2(2, 0))), luma(at(p + ivec2(0, 2))) - luma(at(p - ivec2(0, 2))));
    vec2 g = step(0.0, g1 * g2) * min(abs(g1), abs(g2));
    return smoothstep(lo, hi, length(g));
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

// Brush strokes as a gather (an anisotropic Voronoi): the frame is cut into cells of `cell` px, each holding one
// stroke centred at a jittered point; distance is measured along the pixel's flow in units of the stroke's length
// (`strokeLength` cells) and across it in units of its width (`strokeWidth` cells), and the nearest stroke in the 3×3 cells
// around wins. Measuring in the pixel's own flow bends each stroke along the field. Returns (along px, across px,
// gap to the second-nearest stroke: 0 on the seam between two) and leaves the winner in gStrokeCentre/gStrokeId.
vec2 gStrokeCentre;
float gStrokeId;
vec3 brushStrokes(vec2 q, vec2 flow, float cell, float strokeLength, float strokeWidth)
{
    vec2 across = vec2(-flow.y, flow.x);
    ivec2 home = ivec2(floor(q / cell));
    float best = 1e9, second = 1e9;
    vec2 bestD = vec2(0.0);
    for (int j = -1; j <= 1; j++)
        for (int i = -1; i <= 1; i++)
        {
            ivec2 k = home + ivec2(i, j);
            // One hash per cell gives both jitters (the second from the hash's low digits): 9 hashes, not 18.
            float h = hashCell(k);
            vec2 centre = (vec2(k) + vec2(h, fract(h * 251.0))) * cell;
            vec2 d = q - centre;
            vec2 s = vec2(dot(d, flow) / strokeLength, dot(d, across) / strokeWidth) / cell;
            float m = dot(s, s);
            if (m < best) { second = best; best = m; bestD = d; gStrokeCentre = centre; gStrokeId = h; }
            else if (m < second) second = m;
        }
    return vec3(dot(bestD, flow), dot(bestD, across), sqrt(second) - sqrt(best));
}

// Value noise (common.glsl's valueNoise) and its gradient from the same four corner hashes: a flow field's
// direction for a quarter of the hashes that finite differences of three noise calls cost.
vec3 valueNoiseGrad(vec2 p)
{
    vec2 i = floor(p);
    vec2 f = p - i;
    vec2 u = f * f * (3.0 - 2.0 * f);
    vec2 du = 6.0 * f * (1.0 - f);
    ivec2 c = ivec2(i);
    float a = hashCell(c), b = hashCell(c + ivec2(1, 0)), d = hashCell(c + ivec2(0, 1)), e = hashCell(c + ivec2(1, 1));
    float v = mix(mix(a, b, u.x), mix(d, e, u.x), u.y);
    return vec3(v, du * vec2(mix(b - a, e - d, u.y), mix(d - a, e - b, u.x)));
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
#ifdef LIFT_DARK
    // Up to 7×: a rainy night's frame (mean ~0.03) still came out navy mud at 4×.
    gLift = clamp(0.22 / max(frameStats().x, 0.01), 1.0, 7.0);
#endif

#if LOOK == 1
    // Cinematic: teal shadows, warm highlights (the "orange and teal" grade), a gentle S-curve and a vignette.
    c = centre(p);
    float y = luma(c);
    c += mix(vec3(-0.07, 0.03, 0.08), vec3(0.08, 0.02, -0.08), smoothstep(0.2, 0.75, y));
    c = mix(c, smoothstep(0.0, 1.0, c), 0.5);
    c = saturate(c, 1.1) * vignette(p, 0.28);
#elif LOOK == 2 || LOOK == 3
    // Anime / comic: cel-shaded input (lit pass), saturated flat colour, ink outlines from depth and colour.
#if LOOK == 2
    c = inkedCentre(p);
    c = saturate(pow(c, vec3(0.92)), 1.35);
    vec4 l1 = vec4(luma(at(p + ivec2(1, 0))), luma(at(p - ivec2(1, 0))), luma(at(p + ivec2(0, 1))), luma(at(p - ivec2(0, 1))));
    float ink = max(printEdge(p), 0.7 * stepEdge(p, l1, 0.22, 0.4));
    c = mix(c, vec3(0.08, 0.05, 0.1), ink * 0.9);
#else
    c = saturate(centre(p), 1.5);
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
    // Watercolour, after Bousseau et al. 2006 ("Interactive watercolor rendering with temporal coherence and
    // abstraction"): the picture is softened into washes that wobble off the drawing, then the pigment's density
    // varies with the paper's grain, a slow turbulence in each wash and pooling where a wash changes, and density
    // darkens or lightens the colour as transparent pigment on white paper does, C' = C (1 - (1 - C)(d - 1)).
    // Density changes value and saturation, never hue: per-channel steps made pink and green blotches on sand.
    vec2 wobble = (vec2(valueNoise(q / (19.0 * gScale)), valueNoise(q / (19.0 * gScale) + 7.3)) - 0.5) * 9.0 * gScale;
    ivec2 pw = ivec2(q + wobble);
    int r = int(3.0 * gScale + 0.5);
    vec3 wash = (at(pw) * 2.0 + at(pw + ivec2(r, 1)) + at(pw + ivec2(-1, r)) + at(pw + ivec2(-r, -1)) + at(pw + ivec2(1, -r))) / 6.0;
    int rw = 4 * r;
    vec3 wide = 0.25 * (at(pw + ivec2(rw, 0)) + at(pw - ivec2(rw, 0)) + at(pw + ivec2(0, rw)) + at(pw - ivec2(0, rw)));
    // Transparent pigment on white paper keeps even a night scene light: its darks are lifted into deep washes
    // (0.1 becomes ~0.25, 0.5 ~0.58, 0.8 ~0.81), so a rainy night reads as blue-grey washes, not black mud.
    c = wash + 0.75 * (sqrt(wash) - wash) * (1.0 - wash);
    c = mix(saturate(c, 1.2), vec3(1.0), 0.1);
    float grainOfPaper = valueNoise(q / (2.2 * gScale));
    float turbulence = fbm3(q / (34.0 * gScale)) - 0.5;
    float pooling = smoothstep(0.03, 0.2, length(wash - wide));
    float density = 1.0 + 0.7 * turbulence + 0.45 * (grainOfPaper - 0.5) + 0.55 * pooling;
    c = clamp(c * (1.0 - (1.0 - c) * (density - 1.0)), 0.0, 1.0);
    // A light pencil underdrawing at silhouettes, where the paint drifted off it.
    c *= 1.0 - 0.3 * depthEdge(p, 1);
    // Warm paper, its tooth, and a ragged margin of bare paper where the painter stopped short of the edge.
    const vec3 paperColour = vec3(0.97, 0.95, 0.9);
    float tooth = valueNoise(q / (1.3 * gScale));
    c *= paperColour * (0.95 + 0.05 * tooth);
    vec2 uv = uvOf(p);
    float aspect = float(gSize.x) / float(gSize.y);
    float margin = min(min(uv.x, 1.0 - uv.x) * aspect, min(uv.y, 1.0 - uv.y));
    float stop = 0.02 + 0.03 * fbm3(q / (14.0 * gScale));
    c = mix(paperColour * (0.96 + 0.04 * tooth), c, smoothstep(stop, stop + 0.006, margin));
#elif LOOK == 5
    // Film noir: luma only, crushed blacks, hard contrast, a heavy vignette and film grain.
    float y = luma(centre(p));
    y = smoothstep(0.14, 0.82, y);
    y = pow(y, 1.25) * vignette(p, 0.7) + 0.09 * grain(p);
    c = vec3(y);
#elif LOOK == 6
    // Black and white as panchromatic film through a yellow filter (blue darkens, so a sky separates from sand
    // and snow), printed to the frame's own range: the mean and spread of 16 samples on a 4×4 grid (the same for
    // every pixel, so it is a print exposure, not a local filter) stretch a bright hazy scene's narrow range
    // towards black and white, and pull its mean towards mid grey; then an S-curve and fine grain. (A local
    // unsharp mask from a few wide taps left ghost copies of every edge.)
    const vec3 film = vec3(0.34, 0.58, 0.08);   // stats.frag uses the same weights
    vec4 stats = frameStats();
    float m1 = stats.y;
    float spread = sqrt(max(stats.z - m1 * m1, 0.0));
    float y = dot(centre(p), film);
    // The film's long toe, v' = v + 1.2 v (1 - v)^4 (stats.frag takes the mean and spread of the same response):
    // dark cloth at 0.04 prints at 0.08 and 0.1 at 0.18 while mid grey and the lights barely move, so a black suit
    // keeps its folds against a night street instead of a silhouette, and a sunlit frame keeps its exposure.
    float toe = 1.0 - y;
    y += 1.2 * y * toe * toe * toe * toe;
    y = mix(m1, 0.5, 0.4) + (y - m1) * clamp(0.2 / max(spread, 1e-3), 1.0, 2.2);
    // Below 0.12 the stretched value rolls off exponentially (same value and slope at 0.12) instead of clipping
    // at black, and the S-curve shapes only the lights: the shadows keep their steps.
    y = y < 0.12 ? 0.12 * exp((y - 0.12) / 0.12) : y;
    y = (y > 0.5 ? mix(y, smoothstep(0.0, 1.0, y), 0.5) : y) + 0.025 * grain(p);
    c = vec3(clamp(y, 0.0, 1.0));
#elif LOOK == 7
    // Pixel art: one colour per 6×6 block (the mean of four taps), an 8-level-per-channel palette (banded, no
    // dither: flat colour areas read as drawn pixels), and a dark outline block on silhouettes. Everything depends only on the block.
    const int B = 6;
    ivec2 blk = p / B;
    ivec2 o = blk * B;
    c = 0.25 * (at(o + ivec2(1, 1)) + at(o + ivec2(4, 1)) + at(o + ivec2(1, 4)) + at(o + ivec2(4, 4)));
    // The palette: value in 8 levels and the colour's difference from grey in steps of 1/10, so a near-grey wall
    // stays grey while pale sand keeps its tint (8 levels per channel put lavender and mint patches on white
    // floors where one channel crossed a step before the others).
    c = saturate(c, 1.4);
    float yq = floor(luma(c) * 7.0 + 0.5) / 7.0;
    c = clamp(yq + floor((c - luma(c)) * 10.0 + 0.5) / 10.0, 0.0, 1.0);
    // Outline blocks only where a body stands against the distance (printEdge's rule): a pebble on the sand got
    // a black block, and a beach of them read as dirt.
    c = mix(c, vec3(0.07, 0.05, 0.12), step(0.5, depthEdgeFrom(o + ivec2(B / 2), B / 2, 0.1, 0.25)));
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
        // Day turned to neon night: the picture darkened by its own value (lights fall less than shadows, so the
        // subject keeps its shape and its hue: a blue car stays blue), violet in the darks, cyan in the lights.
        // (Mapping value to a neon ramp instead made dark subjects black and bright sand a cyan field.)
        float y0 = luma(c);
        c = saturate(c, 1.4) * mix(vec3(0.6, 0.38, 1.0), vec3(0.72, 1.0, 1.08), smoothstep(0.2, 0.8, y0)) * (0.3 + 0.55 * y0)
            + vec3(0.03, 0.0, 0.06) + glow * vec3(0.6, 0.3, 1.0) * (1.6 / 16.0);
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
    // Surrealism, after Dalí's dream landscapes: the world melts (columns of the picture sag by different amounts,
    // more towards the bottom of the frame, so edges drip; the slow warp bends the rest) under a hard golden light;
    // the sky turns to a deep ultramarine-to-gold gradient, shadows go violet and lights gold. (It was a hue
    // rotation: a pink sky over green sand read as a broken colour, not as a dream.)
    vec2 uv = uvOf(p);
    float sag = pow(valueNoise(vec2(q.x / (17.0 * gScale), 2.5)), 3.0) * 34.0 * gScale * smoothstep(0.15, 0.9, uv.y);
    vec2 warp = vec2(sin(q.y / (37.0 * gScale)), cos(q.x / (53.0 * gScale))) * 5.0 * gScale - vec2(0.0, sag);
    ivec2 from = ivec2(q + warp);
    c = at(from);
    float y = luma(c);
    c = saturate(c, 1.45) * mix(vec3(0.72, 0.66, 1.05), vec3(1.12, 0.98, 0.72), smoothstep(0.15, 0.7, y));
    if (texelFetch(uDepth, clamp(from, ivec2(0), gSize - 1), 0).r >= 1.0)
    {
        vec4 far = uInvViewProj * vec4(uv * 2.0 - 1.0, 1.0, 1.0);
        float elevation = normalize(far.xyz / far.w - uEye.xyz).y;
        vec3 dream = mix(vec3(1.0, 0.78, 0.42), vec3(0.08, 0.16, 0.52), smoothstep(0.01, 0.16, elevation));
        // Not in murk (under water, thick fog): there the background is the water's own colour, not a sky. Not in black
        // space or a night sky either: a golden dawn band behind an astronaut read as a planet's horizon that isn't there.
        float daylight = smoothstep(0.15, 0.4, y);
        c = mix(c, dream, 0.8 * smoothstep(-0.02, 0.06, elevation) * (1.0 - smoothstep(0.02, 0.06, uFog.x)) * daylight);
    }
    c = mix(c, smoothstep(0.0, 1.0, c), 0.4) * vignette(p, 0.35);
#elif LOOK == 12
    // Oil painting (alla prima): broad, calm strokes laid along the picture's edges (the stroke mosaic Van Gogh's
    // look uses, half again as large, without the swirl: where the picture is flat they lean one slow slant), each
    // loaded with one colour and dragged a little into what is under it; the paint stands up (impasto: a ridge
    // across each stroke, bristle grooves along it) lit from the top left, with a glint on the ridges facing the
    // light; the canvas's weave shows where the paint thins at a stroke's edge; a warm glaze over a rich palette.
    // (Kuwahara patches with noise streaks read as a filtered photograph, not as paint.)
    int s = max(2, int(2.0 * gScale + 0.5));
    float gx = luma(at(p + ivec2(s, 0))) - luma(at(p - ivec2(s, 0)));
    float gy = luma(at(p + ivec2(0, s))) - luma(at(p - ivec2(0, s)));
    // Level to a gently rising diagonal: steep slants everywhere read as rain or scales.
    float slant = 0.05 + 0.4 * valueNoise(q / (110.0 * gScale));
    vec2 calm = vec2(cos(slant), -sin(slant));
    vec2 edge = normalize(vec2(-gy, gx) + 1e-6);
    float edgeness = smoothstep(0.02, 0.1, length(vec2(gx, gy)));
    vec2 flow = normalize(mix(calm, edge * sign(dot(edge, calm) + 1e-6), edgeness));
    vec3 stroke = brushStrokes(q, flow, 12.0 * gScale, 3.2, 0.6);
    // The stroke's paint: the colour at its centre blended with a tap a stroke's half length along it each way,
    // as a loaded brush drags and mixes what it crosses; towards the stroke's edge it blends wet-in-wet into what
    // is under it (a hard colour step at every seam read as tiles or scales). On an edge the stroke keeps more of
    // what is under it, so a low-contrast subject (a shark in blue water) keeps its silhouette.
    vec2 reach = flow * (6.0 * gScale);
    vec3 paint = 0.5 * at(ivec2(gStrokeCentre)) + 0.25 * (at(ivec2(gStrokeCentre + reach)) + at(ivec2(gStrokeCentre - reach)));
    // Each stroke mixed a little differently on the palette: its own value and a slight shift of hue.
    paint = hueRotate(paint, (hashCell(int(gStrokeId * 7919.0)) - 0.5) * 0.26) * (0.84 + 0.32 * hashCell(int(gStrokeId * 65521.0)));
    float body = smoothstep(0.0, 0.45, stroke.z);
    c = mix(at(p), paint, (0.45 + 0.5 * body) * (1.0 - 0.6 * edgeness));
    // The paint's height (impasto): bristle grooves along each stroke, a low ridge along its middle, and a rim
    // of paint piled up where the brush lifted at the stroke's far end.
    float along = stroke.x / (12.0 * gScale * 3.2);   // about −0.5 at the stroke's start, +0.5 at its end
    float rim = smoothstep(0.2, 0.45, along) * body;
    float bristle = valueNoise(vec2(stroke.y / (0.8 * gScale) + gStrokeId * 97.0, stroke.x / (10.0 * gScale)));
    float height = body * (0.3 + 0.55 * bristle + 0.4 * rim);
    // Lit from the top left (rows run down the frame): slopes rising to the bottom right face the light.
    float facing = clamp((dFdx(height) + dFdy(height)) * gScale, -1.0, 1.0);
    // A richer palette: more colour, warm lights, cool deep shadows, a gentle S-curve.
    c = saturate(c, 1.35);
    float y = luma(c);
    c *= mix(vec3(0.86, 0.9, 1.08), vec3(1.06, 1.0, 0.88), smoothstep(0.2, 0.7, y));
    c = mix(c, smoothstep(0.0, 1.0, c), 0.3);
    c *= 1.0 + 0.14 * facing;
    // Impasto highlights: the oil's gloss glints off the ridges that face the light, most in the lights, where
    // a painter lays the paint thickest.
    c += vec3(1.0, 0.96, 0.86) * (0.12 + 0.3 * smoothstep(0.35, 0.8, y)) * pow(max(facing, 0.0), 2.0);
    // Canvas weave (a plain weave of ~3 px threads at 720 rows) under thin paint.
    float weave = sin(q.x * 2.1 / gScale) * sin(q.y * 2.1 / gScale);
    float thin = 1.0 - body;
    c *= 1.0 - (0.02 + 0.1 * thin) * (0.5 + 0.5 * weave);
    c *= vignette(p, 0.25);
#elif LOOK == 13
    // Ukiyo-e (woodblock print): cel-shaded input flattened to few colours, indigo-black ink outlines, printed
    // on warm paper with fibres.
    c = saturate(inkedCentre(p), 0.8);
    // Flat tones: the value quantized to four steps, the hue kept (each block prints one colour). The step is
    // chosen from the value smoothed over the pixel's four neighbours, so rain and wet specks near a step's edge
    // print less as salt and pepper.
    // The four neighbours serve both the smoothing and the colour edge (one set of fetches).
    float y = luma(c);
    float lx = luma(at(p + ivec2(1, 0))), lw = luma(at(p - ivec2(1, 0))), ly = luma(at(p + ivec2(0, 1))), lv = luma(at(p - ivec2(0, 1)));
    float ys = 0.5 * y + 0.125 * (lx + lw + ly + lv);
    c *= (floor(ys * 4.0 + 0.5) / 4.0 + 0.06) / max(y, 0.02);
    c = c * vec3(0.92, 0.87, 0.72) + vec3(0.06, 0.05, 0.01);
    float ink = max(printEdge(p), stepEdge(p, vec4(lx, lw, ly, lv), 0.2, 0.35));
    // The sky printed as a bokashi: Prussian blue at the top of the frame, wiped out to bare paper towards the
    // horizon (the graded band across the top of Hokusai's prints).
    if (texelFetch(uDepth, p, 0).r >= 1.0)
    {
        vec4 far = uInvViewProj * vec4(uvOf(p) * 2.0 - 1.0, 1.0, 1.0);
        float elevation = normalize(far.xyz / far.w - uEye.xyz).y;
        // Near the horizon the background keeps its own flat tone washed towards the paper: a day sky prints pale,
        // deep water stays water (bare paper there read as a sand bank over an underwater scene).
        float band = max(smoothstep(0.12, 0.45, elevation), 1.0 - smoothstep(0.0, 0.2, uvOf(p).y));
        // In murk (under water, thick fog: uFog.x well above clear air's ~0.001/m) there is no sky to print.
        float open = 1.0 - smoothstep(0.02, 0.06, uFog.x);
        vec3 wiped = mix(c, vec3(0.93, 0.88, 0.74), 0.75 * open * smoothstep(0.35, 0.7, luma(c)));
        c = mix(wiped, vec3(0.13, 0.25, 0.45), open * band * smoothstep(-0.01, 0.05, elevation));
    }
    c = mix(c, vec3(0.1, 0.11, 0.18), ink);
    // The block's wood grain, faint and wavy along the rows, and the paper's fibres (vertical streaks alone
    // read as rain).
    float grainOfBlock = valueNoise(vec2(q.x / (16.0 * gScale), q.y / (1.6 * gScale) + 2.0 * sin(q.x / (40.0 * gScale))));
    float fibre = valueNoise(q / (1.2 * gScale));
    c *= 0.93 + 0.04 * grainOfBlock + 0.03 * fibre;
#elif LOOK == 14
    // Van Gogh: a mosaic of short, thick strokes, each laid in one saturated colour and standing up off the canvas.
    // The flow runs along the picture's structure (the luma gradient over ±3 px at 360 rows: the isophotes of a
    // shape, not its pixel noise) and, where the picture is flat, swirls round the extremes of a slow noise (its
    // curl: the sky's big eddies in The Starry Night); the ground's flat areas swirl less and lean level, as his
    // fields do. Silhouettes get his dark blue contour strokes.
    int s = max(2, int(3.0 * gScale + 0.5));
    float gx = luma(at(p + ivec2(s, 0))) - luma(at(p - ivec2(s, 0)));
    float gy = luma(at(p + ivec2(0, s))) - luma(at(p - ivec2(0, s)));
    bool sky = texelFetch(uDepth, p, 0).r >= 1.0;
    vec2 nq = q / ((sky ? 75.0 : 48.0) * gScale);
    vec3 noise = valueNoiseGrad(nq);
    float n0 = noise.x;
    vec2 swirl = normalize(vec2(noise.z, -noise.y) + 1e-6);   // along the noise's contours
    vec2 level = normalize(vec2(1.0, 0.35 * sin(q.y / (23.0 * gScale) + 3.0 * n0)));
    vec2 calm = sky ? swirl : normalize(mix(level, swirl * sign(dot(swirl, level) + 1e-6), 0.45));
    vec2 edge = normalize(vec2(-gy, gx) + 1e-6);
    vec2 flow = normalize(mix(calm, edge * sign(dot(edge, calm) + 1e-6), smoothstep(0.03, 0.12, length(vec2(gx, gy)))));
    vec3 stroke = brushStrokes(q, flow, 7.0 * gScale, 2.6, 0.62);
    c = at(ivec2(gStrokeCentre));
    // His palette, by the stroke's own temperature rather than its value (a pale blue sky stays blue): cool
    // colours pulled to cobalt and ultramarine, warm ones to chrome yellow and orange, all strongly saturated.
    float y = luma(c);
    float warm = smoothstep(-0.06, 0.06, c.r - c.b);
    vec3 cool = mix(vec3(0.06, 0.14, 0.5), vec3(0.62, 0.8, 0.98), smoothstep(0.1, 0.85, y));
    vec3 hot = mix(vec3(0.55, 0.28, 0.06), vec3(1.0, 0.86, 0.25), smoothstep(0.2, 0.85, y));
    c = mix(saturate(c, 1.7), mix(cool, hot, warm), 0.35);
    // Broken colour: every stroke mixed a little differently, and one in seven laid in the complementary accent
    // (pale chrome yellow among blues, cobalt among yellows and browns), as his skies and wheat fields are.
    float h1 = hashCell(int(gStrokeId * 65521.0));
    c *= 0.84 + 0.3 * h1;
    float accent = step(0.86, hashCell(int(gStrokeId * 7919.0)));
    c = mix(c, mix(vec3(0.97, 0.9, 0.55), vec3(0.25, 0.4, 0.8), warm) * (0.55 + 0.6 * y), 0.35 * accent);
    // The paint's relief: a ridge inside each stroke with bristle grooves along it, falling off to the stroke's
    // ends and edges (the seam to the next stroke shows canvas-dark), lit from the top left.
    float body = smoothstep(0.0, 0.2, stroke.z);
    float bristle = valueNoise(vec2(stroke.y / (0.8 * gScale) + gStrokeId * 97.0, stroke.x / (6.0 * gScale)));
    float height = 0.75 * body + 0.25 * bristle;
    float facing = clamp((dFdx(height) + dFdy(height)) * gScale, -1.0, 1.0);
    c *= (0.8 + 0.2 * height) * (1.0 + 0.16 * facing);
    c += vec3(1.0, 0.97, 0.85) * 0.12 * pow(max(facing, 0.0), 3.0);
    c = mix(c, vec3(0.04, 0.08, 0.25), 0.75 * depthEdge(p, int(gScale + 0.5)));
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
