in vec2 vNdc;

// A lightning channel from the cloud base (sin elevation 0.4) down to the horizon: a zigzag in azimuth of two octaves
// of noise along its height, ~1.5 px wide with a soft glow; `pixel` is one pixel's size in radians.
vec3 lightningBolt(vec3 dir, float pixel)
{
    const float CLOUD_BASE = 0.4;
    if (dir.y < 0.0 || dir.y > CLOUD_BASE) return vec3(0.0);
    float t = dir.y / CLOUD_BASE;
    float seed = uBolt.z;
    float x = uBolt.x + 0.09 * (valueNoise(vec2(t * 5.0, seed)) - 0.5) + 0.03 * (valueNoise(vec2(t * 23.0, seed + 7.0)) - 0.5);
    float az = atan(dir.x, dir.z);
    float d = abs(mod(az - x + PI, 2.0 * PI) - PI) * length(dir.xz);
    float core = 1.0 - smoothstep(0.8 * pixel, 1.6 * pixel, d);
    float glow = exp(-d / (10.0 * pixel)) * 0.25;
    return vec3(0.85, 0.88, 1.0) * uBolt.y * (core * 40.0 + glow * 4.0) * smoothstep(0.0, 0.1, t);
}
layout(location = 0) out vec4 oColor;
void main()
{
    vec4 far = uInvViewProj * vec4(vNdc, 1.0, 1.0);
    vec3 dir = normalize(far.xyz / far.w - uEye.xyz);
    // Below the horizon the ground has faded into the haze colour, so the sky continues it seamlessly.
    vec3 c = dir.y >= 0.0 ? skyRadiance(dir, true) : horizonHaze(dir);
    // Night: stars (sized from this pixel's footprint, so taken before any branch) and the moon, which hides the
    // stars behind it.
    float footprint = length(fwidth(dir * STAR_GRID));
    vec3 starLight = uSkyZenith.w > 0.0 ? stars(dir, footprint) * uSkyZenith.w : vec3(0.0);
    vec3 moon = uSkyHorizon.w > 0.0 ? moonDisc(dir) : vec3(0.0);
    if (dir.y >= 0.0) c += dot(moon, vec3(1.0)) > 0.0 ? moon : starLight;
    if (uBolt.y > 0.0) c += lightningBolt(dir, footprint / STAR_GRID);
    oColor = finishColor(c);
}
