// Shared by every program; the loader puts "#version 450 core" in front. Units: metres, linear RGB.

// Mirrors Kinora.Render.Backend.FrameConstants (std140: three mat4, then vec4s). Matrices arrive in
// System.Numerics memory order with transpose = false, so GLSL sees their transpose and M * v applies the
// row-vector transform v * M that C# built. ViewProjection already includes the backend's vertical flip.
// A point or spot light (Kinora.Render.Backend.GpuLight): colour in the sun's units at 1 m.
struct Light
{
    vec4 positionRange;   // xyz m, w range m
    vec4 colorOuter;      // rgb, w cos(outer half-angle), −2 for a point light
    vec4 directionInner;  // xyz spot axis, w cos(inner half-angle)
};

layout(std140, binding = 0) uniform Frame
{
    mat4 uViewProj;
    mat4 uInvViewProj;
    mat4 uLightViewProj;
    vec4 uEye;          // xyz camera position
    vec4 uSunDir;       // xyz towards the sun, w = 1 when the shadow map is valid
    vec4 uSunColor;     // rgb sun illuminance (1 = clear midday), w = exposure
    vec4 uSkyZenith;   // rgb zenith radiance, w = stars: 0 by day or under cloud, 1 under a clear dark sky
    vec4 uSkyHorizon;  // rgb horizon radiance, w = 1 when the light in uSunDir is the moon and its disc is visible
    vec4 uGroundAlbedo; // rgb ground albedo, w multiplier on emitted light (AutoExposure.EmissionScale)
    vec4 uFog;          // x fog + clear-air haze density /m, y ground half size m, z shadow texel size m, w occluder count
    vec4 uLook;         // x look style, y shading model, z frame number, w ambient multiplier
    vec4 uOccluders[16]; // xyz centre, w radius (m): spheres darkening nearby sky light
    vec4 uWeather;      // x precipitation kind (0 none, 1 rain, 2 snow), y particle count, z time s, w seed
    vec4 uLighting;     // x lights in use, y bloom strength, z lightning flash 0..1, w wetness 0..1
    vec4 uBolt;         // lightning bolt in the sky: x azimuth rad, y brightness, z seed
    vec4 uLens;         // x focus distance m, y blur diameter px at infinity (0 = no depth of field)
    Light uLights[16];  // point/spot lights, nearest the camera first (Kinora.Render.Scene.SceneLights)
    vec4 uParticlesUnused;       // FrameConstants.Particles: the particle program reads it as a plain uniform
    vec4 uParticleSourceUnused;
    vec4 uLampShadow;   // uLights[0]'s cube shadow map: depth = x − y / (distance along the face axis); z texel at 1 m; w valid
};
// The most of the sky one occluder sphere may hide. The sphere of a body's volume stands in for its shape: under a
// table or beside a flat fish that sphere reaches points the real shape leaves open to the sky, and the exact term
// (which reaches 1 inside the sphere) turned them black; light bounced from the room still reaches them.
const float MOST_SKY_HIDDEN = 0.7;

const float PI = 3.14159265359;

// Integer hash (Chris Wellons' "lowbias32"): identical on every GPU and CPU rasterizer, unlike sin()-based hashes.
uint hashU(uint x)
{
    x ^= x >> 16; x *= 0x7feb352du;
    x ^= x >> 15; x *= 0x846ca68bu;
    x ^= x >> 16;
    return x;
}

float hashCell(ivec2 c) { return float(hashU(uint(c.x) * 0x9E3779B9u ^ hashU(uint(c.y) + 0x632BE5ABu))) * (1.0 / 4294967295.0); }
float hashCell(int c) { return float(hashU(uint(c) + 0x85EBCA6Bu)) * (1.0 / 4294967295.0); }

// Value noise in [0, 1] with a smooth (C1) interpolant.
float valueNoise(vec2 p)
{
    vec2 i = floor(p);
    vec2 f = p - i;
    vec2 u = f * f * (3.0 - 2.0 * f);
    ivec2 c = ivec2(i);
    float a = hashCell(c), b = hashCell(c + ivec2(1, 0)), d = hashCell(c + ivec2(0, 1)), e = hashCell(c + ivec2(1, 1));
    return mix(mix(a, b, u.x), mix(d, e, u.x), u.y);
}

// Three octaves of value noise, ~[0, 1].
float fbm3(vec2 p)
{
    return 0.5 * valueNoise(p) + 0.3 * valueNoise(p * 2.03 + 17.1) + 0.2 * valueNoise(p * 4.01 + 41.7);
}

// ---- Sky: an analytic gradient, not a physical atmosphere. It takes the environment's zenith and horizon colours
// (linear radiance, ~1 = white paper in midday sun) and adds a forward-scattering halo and a disc around the sun.
const float SUN_DISC_COS_OUTER = 0.99995;   // cos(0.57°): the disc drawn ~2× the real 0.27° radius so it reads at 720p
const float SUN_DISC_COS_INNER = 0.99998;   // cos(0.36°)
const float SUN_DISC_RADIANCE = 60.0;       // × sun colour: saturates the tone map to white

vec3 sunHalo(vec3 dir)
{
    float mu = max(dot(dir, uSunDir.xyz), 0.0);
    // Two power lobes stand in for Mie scattering (Henyey-Greenstein with g ≈ 0.8 looks alike). The powers are
    // multiplied out (μ¹²⁰ = μ⁶⁴·μ³²·μ¹⁶·μ⁸): every lit pixel evaluates this twice, and pow is exp2(log2) on llvmpipe.
    float mu2 = mu * mu, mu4 = mu2 * mu2, mu8 = mu4 * mu4, mu16 = mu8 * mu8, mu32 = mu16 * mu16;
    return uSunColor.rgb * (0.10 * (mu4 * mu2) + 0.45 * (mu32 * mu32 * mu32 * mu16 * mu8));
}

// Light a lightning flash adds to the sky and the haze (the lit cloud base), per unit of flash.
const vec3 FLASH_SKY = vec3(0.3, 0.33, 0.45);

// How far a point has dissolved into the haze because the ground ends beyond it: 0 near the camera, 1 at the edge
// of the ground square (half size uFog.y) along the camera's horizontal line of sight through the point. Measured
// from the camera, not the world's centre, so the fade line runs level across the frame wherever the camera stands
// (a circle around the origin showed as a slanted or curved line from an off-centre camera) and is complete
// exactly where the ground ends in every direction.
float groundEdgeFade(vec3 p)
{
    vec2 d = p.xz - uEye.xz;
    float h = length(d);
    vec2 dir = d / max(h, 1e-4);
    vec2 safe = vec2(abs(dir.x) < 1e-4 ? 1e-4 : dir.x, abs(dir.y) < 1e-4 ? 1e-4 : dir.y);
    vec2 t = (sign(safe) * uFog.y - uEye.xz) / safe;
    float reach = max(min(t.x, t.y), 1.0);
    return smoothstep(0.5 * reach, 0.97 * reach, h);
}

vec3 horizonHaze(vec3 dir) { return uSkyHorizon.rgb + sunHalo(dir) + FLASH_SKY * uLighting.z; }

// ---- Night: at night the environment's "sun" is the moon (dim, bluish light from its direction). The sky then
// shows the moon as a disc with darker maria, and stars: one candidate per cell of a 3D grid around the viewer,
// kept where it lies near the unit sphere of directions, sized from the pixel footprint so a star is ~1.5 px at
// any resolution, brightness from a steep power of its hash (few bright stars, many faint ones), a slow twinkle.
const float MOON_RADIUS = 0.02;             // rad (~1.1°, the real 0.26° made readable at video sizes)
const float MOON_RADIANCE = 1.3;            // linear, before exposure: a bright grey-white after the night gain
const float STAR_GRID = 90.0;               // cells per unit of direction: ~12 px apart at 720p, 50° field of view

vec3 moonDisc(vec3 dir)
{
    vec3 m = uSunDir.xyz;
    float angle = sqrt(max(2.0 * (1.0 - dot(dir, m)), 0.0));   // small-angle distance from the moon's centre
    if (angle > MOON_RADIUS * 1.2) return vec3(0.0);
    vec3 east = normalize(cross(vec3(0.0, 1.0, 0.0), m) + vec3(1e-5, 0.0, 0.0));
    vec3 north = cross(m, east);
    vec2 local = vec2(dot(dir, east), dot(dir, north)) / MOON_RADIUS;
    float maria = smoothstep(0.45, 0.7, fbm3(local * 1.6 + 3.0));
    float limb = sqrt(max(1.0 - dot(local, local), 0.0));
    float cover = 1.0 - smoothstep(0.97, 1.03, length(local));
    return vec3(0.95, 0.96, 1.0) * MOON_RADIANCE * mix(1.0, 0.62, maria) * (0.75 + 0.25 * limb) * cover;
}

// `footprint`: the pixel's size in star-grid units, length(fwidth(dir * STAR_GRID)) in the fragment shader.
vec3 stars(vec3 dir, float footprint)
{
    vec3 p = dir * STAR_GRID;
    vec3 cell = floor(p);
    uint h = hashU(uint(int(cell.x) + 4096) * 73856093u ^ uint(int(cell.y) + 4096) * 19349663u ^ uint(int(cell.z) + 4096) * 83492791u);
    float present = float(h & 255u) / 255.0;
    if (present > 0.22) return vec3(0.0);
    vec3 star = cell + 0.2 + 0.6 * vec3(float((h >> 8) & 255u), float((h >> 16) & 255u), float(h >> 24)) / 255.0;
    float radius = 0.9 * max(footprint, 1e-4);
    float d = length(p - star);
    float magnitude = hashCell(int(h));
    float brightness = 0.015 + 0.5 * pow(magnitude, 6.0) + 6.0 * pow(magnitude, 40.0);
    float twinkle = 0.85 + 0.15 * sin(uLook.z * 0.7 + float(h & 1023u));
    vec3 tint = mix(vec3(0.75, 0.85, 1.0), vec3(1.0, 0.9, 0.75), hashCell(int(h >> 3)));
    // Extinction: stars fade into the thicker air near the horizon.
    return tint * brightness * twinkle * (1.0 - smoothstep(0.0, radius, d)) * smoothstep(0.0, 0.25, dir.y);
}

vec3 skyRadiance(vec3 dir, bool withDisc)
{
    float e = clamp(dir.y, 0.0, 1.0);
    // The pale band hugs the horizon (the optical depth of air grows steeply below ~10°): 1 − e^(−6·sin elevation)
    // is 45 % zenith colour at 6° and 90 % at 23°.
    vec3 sky = mix(uSkyHorizon.rgb, uSkyZenith.rgb, 1.0 - exp(-6.0 * e));
    sky += sunHalo(dir) + FLASH_SKY * uLighting.z * (0.6 + 0.4 * e);
    // At night the moon's disc (sky.frag) replaces the sun's.
    if (withDisc && uSkyHorizon.w == 0.0)
        sky += uSunColor.rgb * SUN_DISC_RADIANCE * smoothstep(SUN_DISC_COS_OUTER, SUN_DISC_COS_INNER, dot(dir, uSunDir.xyz));
    return sky;
}

// ---- Point and spot lights. Inverse-square falloff with Karis's window (2013, "Real Shading in Unreal Engine 4"):
// (1 − (d/range)⁴)² / d², exactly zero at the range, so a light past it costs one compare; d clamped to 10 cm.
// Returns the light's illuminance factor (no cosine) towards direction `l` from `p`; zero outside its reach.
float lightFalloff(int i, vec3 p, out vec3 l)
{
    vec4 pr = uLights[i].positionRange;
    vec3 d = pr.xyz - p;
    float d2 = dot(d, d);
    float x = d2 / (pr.w * pr.w);
    l = d * inversesqrt(max(d2, 1e-8));
    if (x >= 1.0) return 0.0;
    float window = clamp(1.0 - x * x, 0.0, 1.0);
    float falloff = window * window / max(d2, 0.01);
    float outer = uLights[i].colorOuter.w;
    if (outer > -1.5)
    {
        vec4 di = uLights[i].directionInner;
        float t = clamp((dot(-l, di.xyz) - outer) / max(di.w - outer, 1e-4), 0.0, 1.0);
        falloff *= t * t;
    }
    return falloff;
}

// Light arriving from every lamp at a point that faces all ways (a raindrop, a fog particle), in sun units.
vec3 lampLightAround(vec3 p)
{
    vec3 sum = vec3(0.0);
    int count = int(uLighting.x);
    for (int i = 0; i < count; i++)
    {
        vec3 l;
        sum += uLights[i].colorOuter.rgb * lightFalloff(i, p, l);
    }
    return sum;
}
