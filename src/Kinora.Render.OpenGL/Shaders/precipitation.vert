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
uniform vec4 uParticles;        // x particle kind (0: this draw is rain or snow), y count, z time s, w seed
uniform vec4 uParticleSource;   // sparks: xyz where they rise from, m; w the radius they leave from, m
uniform vec4 uAir;              // x a fire's brightness this frame (~1, its light pulses with it); y 1: drawn in
                                // uOrder's order; zw the wind, m/s (x, z)
// Instance k draws particle uOrder[k]: smoke farthest first (Scene.SmokeOrder), so near puffs cover far ones.
layout(std430, binding = 2) readonly buffer ParticleOrder { int uOrder[]; };
out vec3 vTint;                 // a particle's own colour (reflectance, or emitted light for sparks)
flat out int vKind;             // 0 rain/snow/splash; 1 petals, 2 leaves, 3 sparks, 4 confetti, 5 bubbles,
                                // 6 smoke, 7 flame (a fire's), 8 dust

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

const float PARTICLE_BOX = 10.0;          // horizontal side of the volume of drifting particles, m
const float SPARK_SHUTTER = 1.0 / 30.0;   // s: a spark's streak (longer than rain's, it glows as it moves)
const float SPARK_GRAVITY = 2.5;          // m/s²: embers are light and buoyant; they rise, slow and sink

float hp(int i, int k) { return hashCell(ivec2(i * 11 + k, 31 + int(uParticles.w))); }

// A streak from a to b on screen, widthPx pixels across (rain's construction): false when behind the lens.
bool streak(vec3 a, vec3 b, vec2 corner, float widthPx)
{
    vec4 c0 = uViewProj * vec4(a, 1.0);
    vec4 c1 = uViewProj * vec4(b, 1.0);
    if (c0.w < 0.05 || c1.w < 0.05) { gl_Position = vec4(2.0, 2.0, 2.0, 1.0); return false; }
    vec2 s0 = c0.xy / c0.w * 0.5 * uViewport, s1 = c1.xy / c1.w * 0.5 * uViewport;
    vec2 along = s1 - s0;
    along = dot(along, along) > 1e-6 ? normalize(along) : vec2(0.0, 1.0);
    vec2 across = vec2(-along.y, along.x);
    vec4 c = corner.y < 0.0 ? c0 : c1;
    c.xy += across * corner.x * widthPx * 2.0 / uViewport * c.w;
    gl_Position = c;
    return true;
}

// A spark: leaves the source once per life (a new hashed direction each time), flies up and out, slows, sinks
// and cools from yellow to deep orange before it goes out.
void spark(int i, vec2 corner, float t)
{
    float life = 0.9 + 0.9 * hp(i, 3);
    float u = t / life + hp(i, 4);
    int generation = int(floor(u));
    float age = (u - float(generation)) * life;
    float g1 = hashCell(ivec2(i * 5, generation * 7 + int(uParticles.w)));
    float g2 = hashCell(ivec2(i * 5 + 1, generation * 7 + int(uParticles.w)));
    float g3 = hashCell(ivec2(i * 5 + 2, generation * 7 + int(uParticles.w)));
    float angle = g1 * 6.2832;
    vec2 out2 = vec2(cos(angle), sin(angle));
    vec3 start = uParticleSource.xyz + vec3(out2.x, 0.0, out2.y) * uParticleSource.w * g2;
    vec3 v0 = vec3(out2.x * (0.3 + 0.9 * g2), 1.8 + 2.2 * g3, out2.y * (0.3 + 0.9 * g2));
    vec3 wobble = vec3(sin(age * 9.0 + g1 * 40.0), 0.0, cos(age * 7.0 + g2 * 40.0)) * 0.06;
    vec3 p = start + v0 * age + vec3(0.0, -0.5 * SPARK_GRAVITY * age * age, 0.0) + wobble;
    vec3 v = v0 + vec3(0.0, -SPARK_GRAVITY * age, 0.0);
    float cooled = age / life;
    vFade = (1.0 - smoothstep(0.55, 1.0, cooled)) * smoothstep(0.0, 0.05, age) * smoothstep(0.25, 0.8, length(p - uEye.xyz));
    // Deep in linear terms: the tone curve lifts and desaturates them to yellow-orange and orange-red.
    vTint = mix(vec3(1.0, 0.28, 0.03), vec3(0.85, 0.07, 0.005), cooled) * (0.75 + 0.5 * g3);
    vLocal = corner;
    vLamp = vec3(0.0);
    streak(p - v * SPARK_SHUTTER, p, corner, 1.4);   // over a pixel wide so 4:2:0 video keeps its colour
}

// A camera-facing quad of radiusPx pixels (at least minPx) round p, its size from a point `size` m above it.
void billboard(vec3 p, float size, vec2 corner, float minPx, float maxPx)
{
    vec4 c = uViewProj * vec4(p, 1.0);
    if (c.w < 0.05) { gl_Position = vec4(2.0, 2.0, 2.0, 1.0); return; }
    vec4 above = uViewProj * vec4(p + vec3(0.0, size, 0.0), 1.0);
    float radiusPx = clamp(length((above.xy / above.w - c.xy / c.w) * 0.5 * uViewport), minPx, maxPx);
    c.xy += corner * radiusPx * 2.0 / uViewport * c.w;
    gl_Position = c;
}

// A flame tongue: born low in the fire's bed once per short life, it licks up, narrows and cools from yellow-white
// to deep orange; many overlapping (added, in the backend's blend) make a flickering column. Emitted light.
void flame(int i, vec2 corner, float t)
{
    vKind = 7;
    float life = 0.35 + 0.35 * hp(i, 3);
    float u = t / life + hp(i, 4);
    int generation = int(floor(u));
    float age = u - float(generation);   // 0..1 of its life
    float g1 = hashCell(ivec2(i * 5, generation * 7 + int(uParticles.w)));
    float g2 = hashCell(ivec2(i * 5 + 1, generation * 7 + int(uParticles.w)));
    float angle = g1 * 6.2832;
    float bed = uParticleSource.w * 0.75 * sqrt(g2);   // tongues start across the bed, rise towards its middle
    vec3 start = vec3(uParticleSource.x, max(uParticleSource.y - 0.2, 0.02), uParticleSource.z) + vec3(cos(angle), 0.0, sin(angle)) * bed;
    float rise = (0.55 + 0.5 * hp(i, 6)) * age;
    vec3 p = mix(start, vec3(uParticleSource.x, start.y, uParticleSource.z), 0.6 * age) + vec3(0.0, rise, 0.0)
           + vec3(sin(t * 11.0 + g1 * 30.0), 0.0, cos(t * 9.0 + g2 * 30.0)) * 0.03 * age;
    // The whole fire flares and sinks with uAir.x, as its light does (Scene.FireLight.Flicker).
    float size = uParticleSource.w * (0.55 - 0.4 * age) * (0.8 + 0.4 * hp(i, 8)) * uAir.x;
    vFade = smoothstep(0.0, 0.12, age) * (1.0 - smoothstep(0.5, 1.0, age)) * smoothstep(0.25, 0.8, length(p - uEye.xyz))
          * (0.4 + 0.6 * uAir.x);
    vTint = mix(vec3(1.0, 0.78, 0.3), vec3(0.9, 0.28, 0.04), smoothstep(0.1, 0.8, age));   // sRGB, not light
    vLocal = corner;
    vLamp = vec3(0.0);
    billboard(p, size, corner, 2.0, 220.0);
}

// A puff of smoke: leaves the source once per long life, rises, slows, spreads and thins, carried downwind (uAir.zw,
// a little slower than the wind near the ground: the plume leans over in a breeze and stands up in still air); grey,
// lit by the sky and the sun like any haze.
void smoke(int i, vec2 corner, float t, float lift)
{
    vKind = 6;
    float life = 4.0 + 2.0 * hp(i, 3);
    float u = t / life + hp(i, 4);
    int generation = int(floor(u));
    float age = (u - float(generation)) * life;
    float g1 = hashCell(ivec2(i * 5 + 3, generation * 7 + int(uParticles.w)));
    float g2 = hashCell(ivec2(i * 5 + 4, generation * 7 + int(uParticles.w)));
    float angle = g1 * 6.2832;
    vec3 start = uParticleSource.xyz + vec3(0.0, lift, 0.0) + vec3(cos(angle), 0.0, sin(angle)) * uParticleSource.w * 0.4 * g2;
    float up = 0.55 * age - 0.025 * age * age;                                  // buoyant, slowing as it cools
    vec2 carried = uAir.zw * age * 0.7;
    vec3 p = start + vec3(carried.x + 0.12 * sin(age * 0.9 + g1 * 20.0), up, carried.y + 0.08 * age * (g2 - 0.5) + 0.1 * cos(age * 0.7 + g2 * 20.0));
    float size = 0.12 + 0.16 * age;
    vFade = smoothstep(0.0, 0.6, age) * (1.0 - smoothstep(0.35 * life, life, age)) * smoothstep(0.4, 1.2, length(p - uEye.xyz));
    vTint = vec3(0.34, 0.33, 0.32) * (0.8 + 0.35 * g2);
    vLocal = corner;
    vLamp = lampLightAround(p);
    billboard(p, size, corner, 3.0, 260.0);
}

// A petal, leaf, confetti scrap or bubble: falls (or rises) at its own speed through a volume that follows the
// camera, sways on the breeze and drifts with it, and tumbles: it turns in the picture and narrows as it turns
// edge-on, catching more or less light.
void particle(int i, vec2 corner)
{
    int kind = int(uParticles.x + 0.5);
    vKind = kind;
    float t = uParticles.z;
    if (kind == 3) { spark(i, corner, t); return; }
    if (kind == 6) { smoke(i, corner, t, 0.2); return; }
    if (kind == 7)   // a fire: the first third flames, the next third the smoke over them, the rest sparks
    {
        int n = int(uParticles.y + 0.5);
        if (i < n * 4 / 10) { flame(i, corner, t); return; }
        if (i < n * 7 / 10) { smoke(i, corner, t, 0.6); return; }
        vKind = 3;
        spark(i, corner, t);
        return;
    }
    float size, fall, sway, wind, minPx;   // half size m; fall speed m/s (negative: rises); sway m; share of the wind it takes
    vec3 tint;
    float pick = hp(i, 7);
    if (kind == 1)
    {
        size = 0.025 * (0.8 + 0.4 * hp(i, 6)); fall = 0.35 + 0.35 * hp(i, 3); sway = 0.45; wind = 0.5; minPx = 2.2;
        tint = mix(vec3(0.9, 0.18, 0.34), vec3(0.95, 0.55, 0.65), pick * pick);   // cherry pink to pale pink (linear)
    }
    else if (kind == 2)
    {
        size = 0.04 * (0.8 + 0.4 * hp(i, 6)); fall = 0.8 + 0.6 * hp(i, 3); sway = 0.6; wind = 0.35; minPx = 2.2;
        tint = pick < 0.35 ? vec3(0.75, 0.22, 0.02) : pick < 0.6 ? vec3(0.55, 0.06, 0.02)
             : pick < 0.8 ? vec3(0.8, 0.5, 0.04) : vec3(0.28, 0.11, 0.03);   // orange, red, gold, brown
    }
    else if (kind == 4)
    {
        size = 0.014; fall = 0.6 + 0.5 * hp(i, 3); sway = 0.3; wind = 0.15; minPx = 1.6;
        vec3 hue = clamp(abs(fract(pick + vec3(0.0, 2.0 / 3.0, 1.0 / 3.0)) * 6.0 - 3.0) - 1.0, 0.0, 1.0);
        tint = 0.05 + 0.85 * hue;   // saturated, every hue
    }
    else if (kind == 8)
    {
        // Dust motes: a fraction of a millimetre, they hang and drift on the air (Stokes settling is mm/s);
        // seen only as specks catching the light, so each is held at a pixel or so.
        size = 0.0015; fall = 0.04 * (hp(i, 3) - 0.35); sway = 0.25; wind = 0.05; minPx = 1.8;
        tint = mix(vec3(1.0, 0.78, 0.5), vec3(0.95, 0.88, 0.75), pick);   // warm, as they glint in the sun
    }
    else
    {
        size = 0.03 + 0.04 * hp(i, 6); fall = -(0.25 + 0.35 * hp(i, 3)); sway = 0.15; wind = 0.12; minPx = 3.0;
        tint = vec3(1.0);
    }
    float box = PARTICLE_BOX;
    float top = max(uEye.y + 5.0, 7.0);
    float phase = hp(i, 4) * 6.2832;
    vec3 base = vec3(hp(i, 0), hp(i, 1), hp(i, 2)) * vec3(box, top, box);
    float y = mod(base.y - fall * t, top);
    vec2 drift = uAir.zw * (wind * 2.0) * t + vec2(sway * sin(t * 0.8 + phase), 0.6 * sway * cos(t * 0.6 + phase * 1.3));
    vec2 xz = uEye.xz + mod(base.xz + drift - uEye.xz + 0.5 * box, box) - 0.5 * box;
    vec3 p = vec3(xz.x, y, xz.y);

    float edge = length(xz - uEye.xz) / (0.5 * box);
    vFade = (1.0 - smoothstep(0.7, 1.0, edge)) * smoothstep(0.3, 0.9, length(p - uEye.xyz)) * smoothstep(0.0, 0.3, y)
          * (1.0 - smoothstep(top - 0.5, top, y));
    vLocal = corner;
    vLamp = lampLightAround(p);

    vec4 c = uViewProj * vec4(p, 1.0);
    if (c.w < 0.05) { gl_Position = vec4(2.0, 2.0, 2.0, 1.0); return; }
    vec4 above = uViewProj * vec4(p + vec3(0.0, size, 0.0), 1.0);
    float radiusPx = clamp(length((above.xy / above.w - c.xy / c.w) * 0.5 * uViewport), minPx, 18.0);
    float spin = t * (1.5 + 2.5 * hp(i, 8)) * (hp(i, 9) < 0.5 ? -1.0 : 1.0) + phase;
    float roll = t * 1.2 * (hp(i, 10) - 0.5) + hp(i, 11) * 6.2832;
    float edgeOn = kind >= 5 ? 1.0 : max(abs(cos(spin)), 0.2);
    vec2 q = corner * vec2(kind == 1 ? 1.35 : 1.0, edgeOn);
    q = mat2(cos(roll), sin(roll), -sin(roll), cos(roll)) * q;
    vTint = tint * (kind >= 5 ? 1.0 : 0.6 + 0.4 * edgeOn);   // face-on it catches the light, edge-on less
    c.xy += q * radiusPx * 2.0 / uViewport * c.w;
    gl_Position = c;
}

void main()
{
    int i = uParticles.x > 0.5 && uAir.y > 0.5 ? uOrder[gl_InstanceID] : gl_InstanceID;
    vec2 corner = vec2(float(gl_VertexID & 1) * 2.0 - 1.0, float(gl_VertexID >> 1) * 2.0 - 1.0);
    vSplash = uSplashes;
    vKind = 0;
    vTint = vec3(0.0);
    if (uParticles.x > 0.5) { particle(i, corner); return; }
    if (uSplashes == 1) { splash(i, corner); return; }
    bool snow = uWeather.x > 1.5;
    float box = snow ? SNOW_BOX : RAIN_BOX;
    float top = max(uEye.y + 6.0, 8.0);
    float t = uWeather.z;
    float speed = snow ? 0.8 + 0.6 * h(i, 3) : 8.0 + 2.0 * h(i, 3);   // terminal speeds, m/s

    vec3 base = vec3(h(i, 0), h(i, 1), h(i, 2)) * vec3(box, top, box);
    float y = mod(base.y - speed * t, top);
    vec2 drift = snow ? vec2(sin(t * 0.9 + h(i, 4) * 6.283), cos(t * 0.7 + h(i, 5) * 6.283)) * 0.25 + uAir.zw * 0.5 * t : vec2(0.0);
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
