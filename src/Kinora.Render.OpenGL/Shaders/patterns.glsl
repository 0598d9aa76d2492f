// Procedural surface patterns, evaluated in the body's own space in metres (world space for the ground), so
// nothing needs UVs. PATTERN (defined by the loader) matches Kinora.Render.Backend.SurfacePattern; each pattern
// is its own program variant because a CPU rasterizer runs both sides of every branch under a mask, so a runtime
// switch would pay for every pattern on every pixel. Every high-frequency feature is
// faded or box-filtered by its screen-space footprint (fwidth) so distant floors do not shimmer.

struct PatternSample
{
    vec3 albedo;
    float roughness;
    float sheen;        // 0..1: a soft rim of back-scattered light at grazing angles (fur, cloth fuzz)
    float subsurface;   // 0..1: light wrapping past the terminator, tinted by the albedo (skin, leaves)
};

PatternSample surfaceOf(vec3 albedo, float roughness) { return PatternSample(albedo, roughness, 0.0, 0.0); }

// Fades a feature to its mean as it shrinks below a pixel: 1 while `size` (m) spans a few pixels, 0 when
// it is smaller than one. Keeps fine detail from shimmering at a distance.
float detailFade(float footprint, float size) { return 1.0 - smoothstep(0.4 * size, 1.5 * size, footprint); }

// Wood floor: staggered planks along x with per-plank tint, wavy growth-ring grain, fibres and dark seams.
const float PLANK_WIDTH = 0.16;    // m
const float PLANK_LENGTH = 1.9;    // m
const float SEAM_WIDTH = 0.003;    // m

float seamLine(float distanceToEdge, float footprint, float width)
{
    // Coverage of a line of `width` by a pixel of `footprint`, kept at its mean when the line is sub-pixel.
    float aa = max(footprint, 1e-5);
    return (1.0 - smoothstep(width - aa, width + aa, distanceToEdge)) * min(1.0, width / aa);
}

PatternSample wood(vec2 q, vec3 base, float roughness)
{
    vec2 fw = fwidth(q);
    float footprint = max(fw.x, fw.y);
    int row = int(floor(q.y / PLANK_WIDTH));
    float stagger = hashCell(row) * PLANK_LENGTH;
    float along = q.x + stagger;
    int col = int(floor(along / PLANK_LENGTH));
    vec2 local = vec2(along - float(col) * PLANK_LENGTH, q.y - float(row) * PLANK_WIDTH);
    float plank = hashCell(ivec2(col, row));

    // Each plank is a board cut from its own log: rings are iso-lines of the distance from an axis that runs
    // along the board, wobbled by low-frequency noise.
    float ringsPerMetre = 70.0 + 50.0 * plank;
    float wobble = fbm3(vec2(q.x * 1.3, q.y * 6.0) + plank * 31.0) * 2.2;
    float ring = fract((local.y + plank * 0.37) * ringsPerMetre + wobble * 3.0);
    float ringShape = smoothstep(0.0, 0.25, ring) * (1.0 - smoothstep(0.55, 1.0, ring));   // late wood dark band
    float fibres = valueNoise(vec2(q.x * 6.0, q.y * 900.0));
    float detail = 1.0 - smoothstep(0.002, 0.012, footprint);                              // fade when sub-pixel

    vec3 tint = base * mix(0.72, 1.22, plank) * mix(vec3(1.0), vec3(1.06, 0.97, 0.9), hashCell(col * 7 + row));
    vec3 c = tint * mix(1.0, mix(0.7, 1.1, ringShape) * mix(0.9, 1.06, fibres), detail);

    float edge = min(min(local.y, PLANK_WIDTH - local.y) / 1.0, min(local.x, PLANK_LENGTH - local.x));
    float seam = seamLine(edge, footprint, SEAM_WIDTH);
    c *= 1.0 - 0.75 * seam;
    return surfaceOf(c, clamp(roughness * mix(0.85, 1.15, plank) + 0.25 * seam, 0.05, 1.0));
}

// Checker of 0.5 m squares, box-filtered analytically (Inigo Quilez, "Filtering the checkerboard pattern").
const float CHECKER_SIZE = 0.5;  // m
PatternSample checker(vec2 q, vec3 base, float roughness)
{
    vec2 p = q / CHECKER_SIZE;
    vec2 w = fwidth(p) + 1e-4;
    vec2 i = 2.0 * (abs(fract((p - 0.5 * w) * 0.5) - 0.5) - abs(fract((p + 0.5 * w) * 0.5) - 0.5)) / w;
    float t = 0.5 - 0.5 * i.x * i.y;
    return surfaceOf(mix(base, base * 0.22 + 0.02, t), roughness);
}

// Square tiles with grout and a little per-tile variation.
const float TILE_SIZE = 0.6;     // m
const float GROUT_WIDTH = 0.003; // m, half width
PatternSample tiles(vec2 q, vec3 base, float roughness)
{
    vec2 fw = fwidth(q);
    float footprint = max(fw.x, fw.y);
    vec2 cell = floor(q / TILE_SIZE);
    vec2 local = q - cell * TILE_SIZE;
    float v = hashCell(ivec2(cell));
    vec2 d2 = min(local, TILE_SIZE - local);
    float grout = seamLine(min(d2.x, d2.y), footprint, GROUT_WIDTH);
    float mottling = mix(1.0, 0.9 + 0.2 * fbm3(q * 7.0), 1.0 - smoothstep(0.004, 0.02, footprint));
    vec3 c = mix(base * mix(0.92, 1.06, v) * mottling, base * 0.55, grout);
    return surfaceOf(c, mix(roughness, 0.95, grout));
}

// Grass seen from a few metres: patches of lush and dry green at two scales plus blade-scale speckle.
PatternSample grass(vec2 q, vec3 base, float roughness)
{
    vec2 fw = fwidth(q);
    float footprint = max(fw.x, fw.y);
    float patches = fbm3(q * 0.35);
    float clumps = fbm3(q * 3.0 + 7.0);
    float blades = mix(0.5, valueNoise(q * 60.0), 1.0 - smoothstep(0.005, 0.03, footprint));
    vec3 dry = base * vec3(1.45, 1.25, 0.55);
    vec3 c = mix(base * 0.8, dry, smoothstep(0.35, 0.75, patches) * 0.6);
    c *= mix(0.75, 1.2, clumps) * mix(0.8, 1.15, blades);
    return surfaceOf(c, roughness);
}

// Fur: strands about 1 mm across and a few cm long (along the second plane coordinate: down the sides, along the
// body on top), in clumps; the gaps between strands show darker roots; a sheen at grazing angles.
PatternSample fur(vec2 q, vec3 base, float roughness, float footprint)
{
    // Locks: the strand direction waves with a slow warp, so strands do not read as parallel wood grain.
    vec2 warp = vec2(fbm3(q * 6.0), fbm3(q * 6.0 + 9.0)) - 0.5;
    vec2 s = q + warp * 0.05;
    float locks = fbm3(vec2(s.x * 40.0, s.y * 12.0));
    float strands = mix(0.5, valueNoise(vec2(s.x * 600.0, s.y * 45.0)), detailFade(footprint, 0.002));
    float tipsAndRoots = mix(0.62, 1.12, strands) * mix(0.78, 1.12, locks);
    vec3 c = base * tipsAndRoots * mix(vec3(1.0), vec3(1.08, 1.02, 0.92), smoothstep(0.5, 0.8, locks));
    return PatternSample(c, max(roughness, 0.65), 0.8, 0.0);
}

// Fabric: a plain weave, warp and weft threads 1.5 mm apart passing over and under each other; each visible
// thread segment is shaded round across its width. Heathered yarn colour on top, a fuzz sheen.
const float THREAD_PITCH = 0.0015;  // m
PatternSample fabric(vec2 q, vec3 base, float roughness, float footprint)
{
    vec2 t = q / THREAD_PITCH;
    vec2 cell = floor(t);
    vec2 f = t - cell;
    bool warpOnTop = mod(cell.x + cell.y, 2.0) < 1.0;
    float across = warpOnTop ? f.x : f.y;
    float weave = mix(0.8, sin(across * PI) * 0.4 + 0.62, detailFade(footprint, THREAD_PITCH));
    // Slubs and uneven dye along the yarn (cm scale: visible at any distance), and soft creases.
    float slub = valueNoise(vec2(q.x * 30.0, q.y * 220.0));
    float crease = fbm3(q * vec2(5.0, 2.0));
    vec3 c = base * weave * mix(0.86, 1.08, slub) * mix(0.82, 1.1, crease);
    return PatternSample(c, max(roughness, 0.75), 0.5, 0.0);
}

// Skin: faint blotches (blood under the surface) and pores, a slightly oily sheen; light wraps past the
// terminator with a red tint (subsurface scattering, approximated).
PatternSample skin(vec2 q, vec3 base, float roughness, float footprint)
{
    float blotch = fbm3(q * 25.0);
    float pores = mix(0.5, valueNoise(q * 1400.0), detailFade(footprint, 0.0008));
    vec3 c = base * mix(vec3(1.0), vec3(1.06, 0.95, 0.93), blotch) * mix(0.94, 1.02, pores);
    return PatternSample(c, clamp(roughness * mix(0.85, 1.15, pores), 0.3, 0.8), 0.0, 0.6);
}

// Brushed metal: fine parallel scratches (along the first plane coordinate) that vary both brightness and
// roughness, so the highlight streaks along them.
PatternSample brushed(vec2 q, vec3 base, float roughness, float footprint)
{
    float fine = valueNoise(vec2(q.x * 4.0, q.y * 3000.0));
    float coarse = valueNoise(vec2(q.x * 1.5, q.y * 300.0));
    float streak = mix(0.5, fine, detailFade(footprint, 0.0005)) * 0.6 + coarse * 0.4;
    vec3 c = base * mix(0.88, 1.08, streak);
    return surfaceOf(c, clamp(roughness * mix(0.7, 1.35, streak), 0.05, 1.0));
}

// Stone: mottled mineral grains at two scales and a few dark cracks along noise ridges.
PatternSample stone(vec2 q, vec3 base, float roughness, float footprint)
{
    // Mottling (dm), mineral speckle (cm, tinted warm or cool), fine grain (mm), and dark cracks on noise ridges.
    float mottle = fbm3(q * 3.0);
    float speckle = valueNoise(q * 90.0);
    float grains = mix(0.5, valueNoise(q * 700.0), detailFade(footprint, 0.002));
    float ridge = abs(fbm3(q * 5.0 + 13.0) - 0.5);
    float crack = (1.0 - smoothstep(0.0, 0.012 + footprint * 2.0, ridge)) * detailFade(footprint, 0.003);
    vec3 tint = mix(vec3(0.92, 0.96, 1.04), vec3(1.08, 1.0, 0.9), speckle);
    vec3 c = base * tint * mix(0.7, 1.22, mottle) * mix(0.72, 1.18, speckle * speckle) * mix(0.9, 1.08, grains);
    c *= 1.0 - 0.6 * crack;
    return surfaceOf(c, clamp(roughness + 0.15 * grains, 0.45, 1.0));
}

// Leather: pebbled grain (soft bumps ~2 mm), creases, worn lighter on the raised parts.
PatternSample leather(vec2 q, vec3 base, float roughness, float footprint)
{
    // Pebbled grain (mm), a network of creases (cm) and worn, lighter raised areas (dm).
    float pebble = mix(0.5, valueNoise(q * 500.0), detailFade(footprint, 0.002));
    float creaseNet = abs(valueNoise(q * 45.0) - 0.5) + abs(valueNoise(q * 45.0 + 5.3) - 0.5) * 0.5;
    float crease = smoothstep(0.0, 0.12, creaseNet);
    float wear = fbm3(q * 4.0);
    vec3 c = base * mix(0.8, 1.1, pebble) * mix(0.6, 1.05, crease) * mix(0.85, 1.22, wear);
    return PatternSample(c, clamp(roughness * mix(0.7, 1.1, pebble) * mix(0.8, 1.1, crease), 0.3, 0.9), 0.15, 0.0);
}

// Bark: deep furrows running along the trunk (the second plane coordinate: vertical on its sides) between flat
// ridges broken into plates, lichen-grey on the ridges.
PatternSample bark(vec2 q, vec3 base, float roughness, float footprint)
{
    float ridges = fbm3(vec2(q.x * 28.0, q.y * 2.5));
    float furrow = smoothstep(0.35, 0.6, ridges);
    float plates = valueNoise(vec2(q.x * 20.0, q.y * 6.0));
    float fibres = mix(0.5, valueNoise(vec2(q.x * 200.0, q.y * 20.0)), detailFade(footprint, 0.004));
    vec3 c = base * mix(0.35, 1.1, furrow) * mix(0.85, 1.1, fibres);
    c = mix(c, vec3(dot(c, vec3(0.33))) * 1.2, 0.25 * furrow * plates);
    return surfaceOf(c, 0.9);
}

// Leaves: overlapping leaves about 6 cm long, each its own shade of green, darker in the gaps, with a midrib;
// thin, so light comes through (subsurface).
const float LEAF_SIZE = 0.06;  // m
PatternSample leaves(vec2 q, vec3 base, float roughness, float footprint)
{
    vec2 cellSpace = q / LEAF_SIZE;
    vec2 cell = floor(cellSpace);
    vec2 f = cellSpace - cell - 0.5;
    float h = hashCell(ivec2(cell));
    float angle = h * 6.2832;
    vec2 along = vec2(cos(angle), sin(angle));
    vec2 local = vec2(dot(f, along), dot(f, vec2(-along.y, along.x)));
    float body = 1.0 - smoothstep(0.35, 0.5, length(local * vec2(1.0, 2.2)));   // a pointed ellipse
    float rib = 1.0 - smoothstep(0.0, 0.03, abs(local.y));
    float detail = detailFade(footprint, LEAF_SIZE * 0.3);
    vec3 shade = base * mix(0.7, 1.3, h) * mix(1.0, 0.45 + 0.55 * body, detail) * (1.0 + 0.15 * rib * body * detail);
    return PatternSample(shade, clamp(roughness * mix(0.6, 1.0, body), 0.35, 0.9), 0.0, 0.45);
}

// Glass curtain wall (office towers): panes 1.5 m wide and one storey (3.8 m) high between aluminium mullions and
// transoms, with an opaque spandrel panel over each floor slab. Each pane has its own tint and tilt: real panes are
// never quite coplanar, so each mirrors a slightly different patch of sky (the brightness jitter), and a slow
// mottling across the face stands for the clouds and neighbours it reflects. Roofs (upward faces) are a dull deck.
// The grid runs in metres of pattern space (world metres for scenery), so a tower's storeys come from its height,
// not from geometry: a 400 m tower costs 12 triangles. `patternEmission` marks the panes lit from inside (offices
// after dark: whole runs of a floor, a few single panes); the material's emission lights those alone.
const vec2 FACADE_BAY = vec2(1.5, 3.8);   // m: pane width, storey height
const float FACADE_SPANDREL = 0.26;       // share of a storey behind the opaque panel at the slab
const float FACADE_MULLION = 0.07;        // m, half width of a mullion or transom (its outer cap)
float patternEmission = 1.0;

PatternSample facade(vec2 q, vec3 n, vec3 base, float roughness, float footprint)
{
    if (abs(n.y) > 0.7 * length(n)) return surfaceOf(base * 0.35 + 0.05, 0.8);
    vec2 c = q / FACADE_BAY;
    ivec2 cell = ivec2(floor(c));
    vec2 f = c - vec2(cell);
    float pane = hashCell(cell);
    // Storeys read from far off (a band per floor), single panes only nearer; both fade to their mean below a pixel.
    float paneDetail = detailFade(footprint, FACADE_BAY.x * 0.5);
    float storeyDetail = detailFade(footprint, FACADE_BAY.y * 0.4);
    float band = 1.0 - smoothstep(FACADE_SPANDREL - footprint / FACADE_BAY.y, FACADE_SPANDREL + footprint / FACADE_BAY.y, f.y);
    band = mix(FACADE_SPANDREL, band, storeyDetail);
    vec2 toEdge = min(f, 1.0 - f) * FACADE_BAY;
    float frame = max(seamLine(toEdge.x, footprint, FACADE_MULLION), seamLine(toEdge.y, footprint, FACADE_MULLION));
    float mottle = fbm3(q * vec2(0.025, 0.012) + base.rg * 7.0);
    vec3 glass = base * mix(0.7, 1.3, mottle) * mix(1.0, mix(0.65, 1.35, pane), paneDetail);
    // The opaque panel over each slab: darker than the glass it divides (a metal surface mirrors the sky by its albedo,
    // so only a clearly darker panel reads by day), lighter where the glass is already nearly black.
    vec3 spandrel = dot(base, vec3(0.2126, 0.7152, 0.0722)) < 0.06 ? base * 0.5 + vec3(0.08) : base * 0.38;
    vec3 mullion = vec3(0.55, 0.57, 0.6);
    vec3 colour = mix(mix(glass, spandrel, band), mullion, frame * 0.8);
    float glassShare = (1.0 - band) * (1.0 - frame);
    // Lit offices: a tenant's run of two to six bays on a floor is lit or dark together; a few panes alone besides.
    float runLength = 2.0 + floor(hashCell(cell.y + 7919) * 5.0);
    float run = hashCell(ivec2(int(floor(c.x / runLength)) + 1000, cell.y));
    float lit = max(step(0.58, run), step(0.93, pane)) * mix(0.6, 1.0, pane);
    patternEmission = glassShare * mix(0.3, lit, storeyDetail);
    return surfaceOf(colour, mix(min(roughness, 0.08), 0.45, max(band, frame)));
}

// The two coordinates across the face: the plane most facing the normal (ground: x, z).
vec2 planeCoordinates(vec3 p, vec3 n)
{
    vec3 a = abs(n);
    if (a.y >= a.x && a.y >= a.z) return p.xz;
    if (a.x >= a.z) return p.zy;
    return p.xy;
}

PatternSample evaluatePattern(vec3 p, vec3 n, vec3 base, float roughness)
{
    vec2 q = planeCoordinates(p, n);
#if (PATTERN >= 5 && PATTERN <= 12) || PATTERN == 14
    vec2 fw = fwidth(q);
    float footprint = max(fw.x, fw.y);
#endif
#if PATTERN == 1
    return wood(q, base, roughness);
#elif PATTERN == 2
    return checker(q, base, roughness);
#elif PATTERN == 3
    return grass(q, base, roughness);
#elif PATTERN == 4
    return tiles(q, base, roughness);
#elif PATTERN == 5
    return fur(q, base, roughness, footprint);
#elif PATTERN == 6
    return fabric(q, base, roughness, footprint);
#elif PATTERN == 7
    return skin(q, base, roughness, footprint);
#elif PATTERN == 8
    return brushed(q, base, roughness, footprint);
#elif PATTERN == 9
    return stone(q, base, roughness, footprint);
#elif PATTERN == 10
    return leather(q, base, roughness, footprint);
#elif PATTERN == 11
    return bark(q, base, roughness, footprint);
#elif PATTERN == 12
    return leaves(q, base, roughness, footprint);
#elif PATTERN == 13
    return surfaceOf(base, min(roughness, 0.1));   // glass: smooth; lit.frag shades it as transparent
#elif PATTERN == 14
    return facade(q, n, base, roughness, footprint);
#else
    return surfaceOf(base, roughness);
#endif
}
