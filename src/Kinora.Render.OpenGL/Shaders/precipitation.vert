// Rain streaks and snow flakes, one instance each, four vertices (a triangle strip) per instance. Nothing is stored
// per particle: instance i's start position is a hash of (seed, i) in a box around the camera, it falls at its own
// speed and wraps in height, and wraps horizontally around the camera so the volume follows it while every
// particle stays put in the world between wraps. Same frame, same particles. Units: metres, seconds.
uniform vec2 uViewport;   // pixels
uniform int uSplashes;    // 1: this draw is the splashes of drops hitting the ground, not the falling drops
out vec2 vLocal;          // x across the streak / flake, -1..1; y along it, -1..1
out float vFade;          // 0..1: thins out near the volume's edges and right at the lens
out vec3 vLamp;           // lamp light where the particle is (sun units), so rain glitters in pools of light
flat out int vSplash;

const float RAIN_BOX = 14.0;       // horizontal side of the volume, m
const float SNOW_BOX = 12.0;
const float RAIN_SHUTTER = 1.0 / 48.0;  // s: a 180° shutter at 24 fps smears each drop into a streak
const float RAIN_WIDTH_PX = 0.9;   // half width of a streak, pixels (drops are ~2 mm, under a pixel at a few m)
const float FLAKE_RADIUS = 0.012;  // m (a large wet flake; small ones would be sub-pixel beyond a few metres)
const float SPLASH_BOX = 10.0;     // side of the square of ground around the camera where splashes show, m
const float SPLASH_LIFE = 0.18;    // s: a crown rises and falls in under a fifth of a second
const float SPLASH_SIZE = 0.05;    // m, the ring's largest radius

// One splash: a drop lands at a hashed spot once per life (each at its own phase, moving to a new spot each
// time) and leaves a ring lying on the ground that spreads and fades (the crown itself is too small to resolve).
void splash(int i, vec2 corner)
{
    float t = uWeather.z / SPLASH_LIFE + hashCell(ivec2(i, 977 + int(uWeather.w)));
    int generation = int(floor(t));
    float age = t - float(generation);
    vec2 spot = vec2(hashCell(ivec2(i * 3, generation)), hashCell(ivec2(i * 3 + 1, generation))) * SPLASH_BOX;
    vec2 xz = uEye.xz + mod(spot - uEye.xz + 0.5 * SPLASH_BOX, SPLASH_BOX) - 0.5 * SPLASH_BOX;
    float radius = SPLASH_SIZE * (0.35 + 0.65 * sqrt(age)) * (0.6 + 0.8 * hashCell(ivec2(i * 3 + 2, generation)));
    vec3 p = vec3(xz.x, 0.0, xz.y);
    vec3 toEye = uEye.xyz - p;
    vec3 q = p + vec3(corner.x * radius, 0.004, corner.y * radius);
    float distanceToEye = length(toEye);
    vFade = (1.0 - age) * (1.0 - smoothstep(0.35 * SPLASH_BOX, 0.5 * SPLASH_BOX, length(xz - uEye.xz)))
          * smoothstep(1.0, 3.0, distanceToEye);
    vLocal = corner;
    vLamp = lampLightAround(p + vec3(0.0, 0.05, 0.0));
    gl_Position = uViewProj * vec4(q, 1.0);
}

float h(int i, int k) { return hashCell(ivec2(i * 7 + k, int(uWeather.w))); }

void main()
{
    int i = gl_InstanceID;
    vec2 corner = vec2(float(gl_VertexID & 1) * 2.0 - 1.0, float(gl_VertexID >> 1) * 2.0 - 1.0);
    vSplash = uSplashes;
    if (uSplashes == 1) { splash(i, corner); return; }
    bool snow = uWeather.x > 1.5;
    float box = snow ? SNOW_BOX : RAIN_BOX;
    float top = max(uEye.y + 6.0, 8.0);
    float t = uWeather.z;
    float speed = snow ? 0.8 + 0.6 * h(i, 3) : 8.0 + 2.0 * h(i, 3);   // terminal speeds, m/s

    vec3 base = vec3(h(i, 0), h(i, 1), h(i, 2)) * vec3(box, top, box);
    float y = mod(base.y - speed * t, top);
    vec2 drift = snow ? vec2(sin(t * 0.9 + h(i, 4) * 6.283), cos(t * 0.7 + h(i, 5) * 6.283)) * 0.25 : vec2(0.0);
    vec2 xz = uEye.xz + mod(base.xz + drift - uEye.xz + 0.5 * box, box) - 0.5 * box;
    vec3 p = vec3(xz.x, y, xz.y);

    float distanceToEye = length(p - uEye.xyz);
    float edge = length(xz - uEye.xz) / (0.5 * box);
    vFade = (1.0 - smoothstep(0.7, 1.0, edge)) * smoothstep(0.25, 0.8, distanceToEye) * smoothstep(0.0, 0.3, y);
    vLocal = corner;
    vLamp = lampLightAround(p);

    if (snow)
    {
        vec4 c = uViewProj * vec4(p, 1.0);
        if (c.w < 0.05) { gl_Position = vec4(2.0, 2.0, 2.0, 1.0); return; }
        // The flake's size on screen from a point one radius above it; at least 1.2 pixels so distant flakes do
        // not vanish between samples.
        vec4 above = uViewProj * vec4(p + vec3(0.0, FLAKE_RADIUS, 0.0), 1.0);
        float radiusPx = max(length((above.xy / above.w - c.xy / c.w) * 0.5 * uViewport), 1.6);
        c.xy += corner * radiusPx * 2.0 / uViewport * c.w;
        gl_Position = c;
        return;
    }

    // Rain: the streak from where the drop was when the shutter opened to where it is now, widened to a fixed
    // pixel width across its screen direction.
    vec4 c0 = uViewProj * vec4(p + vec3(0.0, speed * RAIN_SHUTTER, 0.0), 1.0);
    vec4 c1 = uViewProj * vec4(p, 1.0);
    if (c0.w < 0.05 || c1.w < 0.05) { gl_Position = vec4(2.0, 2.0, 2.0, 1.0); return; }   // behind the lens
    vec2 s0 = c0.xy / c0.w * 0.5 * uViewport, s1 = c1.xy / c1.w * 0.5 * uViewport;
    vec2 along = s1 - s0;
    along = dot(along, along) > 1e-6 ? normalize(along) : vec2(0.0, 1.0);
    vec2 across = vec2(-along.y, along.x);
    vec4 c = corner.y < 0.0 ? c0 : c1;
    c.xy += across * corner.x * RAIN_WIDTH_PX * 2.0 / uViewport * c.w;
    gl_Position = c;
}
