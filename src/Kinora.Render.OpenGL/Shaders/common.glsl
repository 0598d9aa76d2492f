// Shared by every program; the loader puts "#version 450 core" in front. Units: metres, linear RGB.

// Mirrors Kinora.Render.Backend.FrameConstants (std140: three mat4, then vec4s). Matrices arrive in
// System.Numerics memory order with transpose = false, so GLSL sees their transpose and M * v applies the
// row-vector transform v * M that C# built. ViewProjection already includes the backend's vertical flip.
layout(std140, binding = 0) uniform Frame
{
    mat4 uViewProj;
    mat4 uInvViewProj;
    mat4 uLightViewProj;
    vec4 uEye;          // xyz camera position
    vec4 uSunDir;       // xyz towards the sun, w = 1 when the shadow map is valid
    vec4 uSunColor;     // rgb sun illuminance (1 = clear midday), w = exposure
    vec4 uSkyZenith;
    vec4 uSkyHorizon;
    vec4 uGroundAlbedo;
    vec4 uFog;          // x density /m, y ground half size m, z shadow texel size m, w occluder count
    vec4 uLook;         // x look style, y shading model, z frame number, w ambient multiplier
    vec4 uOccluders[16]; // xyz centre, w radius (m): spheres darkening nearby sky light
};

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
    // Two power lobes stand in for Mie scattering (Henyey-Greenstein with g ≈ 0.8 looks alike).
    return uSunColor.rgb * (0.10 * pow(mu, 6.0) + 0.45 * pow(mu, 120.0));
}

vec3 horizonHaze(vec3 dir) { return uSkyHorizon.rgb + sunHalo(dir); }

vec3 skyRadiance(vec3 dir, bool withDisc)
{
    float e = clamp(dir.y, 0.0, 1.0);
    // The pale band hugs the horizon (the optical depth of air grows steeply below ~10°): 1 − e^(−6·sin elevation)
    // is 45 % zenith colour at 6° and 90 % at 23°.
    vec3 sky = mix(uSkyHorizon.rgb, uSkyZenith.rgb, 1.0 - exp(-6.0 * e));
    sky += sunHalo(dir);
    if (withDisc)
        sky += uSunColor.rgb * SUN_DISC_RADIANCE * smoothstep(SUN_DISC_COS_OUTER, SUN_DISC_COS_INNER, dot(dir, uSunDir.xyz));
    return sky;
}
