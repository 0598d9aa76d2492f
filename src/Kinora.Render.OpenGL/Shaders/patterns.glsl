// Procedural surface patterns, evaluated in the body's own space in metres (world space for the ground), so
// nothing needs UVs. PATTERN (defined by the loader) matches Kinora.Render.Backend.SurfacePattern; each pattern
// is its own program variant because a CPU rasterizer runs both sides of every branch under a mask, so a runtime
// switch would pay for all four patterns on every pixel. Every high-frequency feature is
// faded or box-filtered by its screen-space footprint (fwidth) so distant floors do not shimmer.

struct PatternSample
{
    vec3 albedo;
    float roughness;
};

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
    return PatternSample(c, clamp(roughness * mix(0.85, 1.15, plank) + 0.25 * seam, 0.05, 1.0));
}

// Checker of 0.5 m squares, box-filtered analytically (Inigo Quilez, "Filtering the checkerboard pattern").
const float CHECKER_SIZE = 0.5;  // m
PatternSample checker(vec2 q, vec3 base, float roughness)
{
    vec2 p = q / CHECKER_SIZE;
    vec2 w = fwidth(p) + 1e-4;
    vec2 i = 2.0 * (abs(fract((p - 0.5 * w) * 0.5) - 0.5) - abs(fract((p + 0.5 * w) * 0.5) - 0.5)) / w;
    float t = 0.5 - 0.5 * i.x * i.y;
    return PatternSample(mix(base, base * 0.22 + 0.02, t), roughness);
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
    return PatternSample(c, mix(roughness, 0.95, grout));
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
    return PatternSample(c, roughness);
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
#if PATTERN == 1
    return wood(q, base, roughness);
#elif PATTERN == 2
    return checker(q, base, roughness);
#elif PATTERN == 3
    return grass(q, base, roughness);
#elif PATTERN == 4
    return tiles(q, base, roughness);
#else
    return PatternSample(base, roughness);
#endif
}
