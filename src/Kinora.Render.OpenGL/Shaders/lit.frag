// Metal/roughness shading under one sun and a sky hemisphere, after Karis 2013 ("Real Shading in Unreal Engine 4":
// GGX distribution, Schlick Fresnel, roughness² remap) and Filament's documentation (height-correlated Smith
// visibility, Heitz 2014). The ambient specular uses Karis's analytic environment BRDF approximation (2014,
// "Physically Based Shading on Mobile").
in vec3 vWorld;
in vec3 vNormal;
in vec3 vPattern;
in vec3 vPatternNormal;
in vec2 vUv;

uniform vec4 uBase;      // rgb base colour (linear), a perceptual roughness
uniform vec4 uSurface;   // x metallic
uniform vec4 uEmission;  // rgb light the surface gives off (sun units: 1 ≈ white paper at midday)
layout(binding = 0) uniform sampler2DShadow uShadowMap;
// The surface's image (sRGB texture, so samples arrive linear). IMAGE (defined by the loader): 0 none, 1 opaque,
// 2 with cut-outs: texels under alpha 0.5 are not drawn (leaves, fences, image layers with transparent regions).
layout(binding = 3) uniform sampler2D uAlbedo;

layout(location = 0) out vec4 oColor;
#ifndef GROUND
#define GROUND 0
#endif
#if GROUND == 1
// The ground's variant reads the bodies' sky occlusion from a top-down map (GroundOcclusionPass) instead of looping
// over the occluders per pixel: the ground is most of a frame's pixels, and the loop over 16 occluders cost ~60 CPU
// ms per 720p frame on llvmpipe, most of it on the ground.
layout(binding = 5) uniform sampler2D uGroundOcclusion;
uniform vec4 uGroundRegion;   // xy the map's corner (world x, z), z one over its side in metres
#endif

// Scale from the environment's sun colour (1 = clear midday) to illuminance in the units the sky colours use
// (sky radiance ~1 = white): a white Lambert surface facing a unit sun has radiance 1.
const float SUN_ILLUMINANCE = PI;
// Sky light reaching a surface is its hemisphere's average radiance; this keeps shadows at ~1/4 of sunlit, the
// ratio photographs of clear days show.
const float AMBIENT_SCALE = 0.75;

float distributionGgx(float NoH, float a)
{
    float a2 = a * a;
    float d = NoH * NoH * (a2 - 1.0) + 1.0;
    return a2 / (PI * d * d);
}

float visibilitySmithGgxCorrelated(float NoV, float NoL, float a)
{
    float a2 = a * a;
    float gv = NoL * sqrt(NoV * NoV * (1.0 - a2) + a2);
    float gl = NoV * sqrt(NoL * NoL * (1.0 - a2) + a2);
    return 0.5 / max(gv + gl, 1e-5);
}

vec3 fresnelSchlick(vec3 f0, float VoH)
{
    float x = 1.0 - VoH;
    float x2 = x * x;
    return f0 + (1.0 - f0) * (x2 * x2 * x);   // (1 − VoH)⁵ by multiplication: pow is exp2(log2) on a CPU rasterizer
}

vec3 environmentBrdfApprox(vec3 f0, float roughness, float NoV)
{
    const vec4 c0 = vec4(-1.0, -0.0275, -0.572, 0.022);
    const vec4 c1 = vec4(1.0, 0.0425, 1.04, -0.04);
    vec4 r = roughness * c0 + c1;
    float a004 = min(r.x * r.x, exp2(-9.28 * NoV)) * r.x + r.y;
    vec2 ab = vec2(-1.04, 1.04) * a004 + r.zw;
    return f0 * ab.x + ab.y;
}

// Sun visibility from the shadow map: normal-offset lookup (moves the sample off the surface by about a texel
// so it does not shadow itself) and two hardware 2×2 comparisons half a texel off centre along the diagonal — a
// filter three texels wide across the map's rows and columns, where its stair steps run. Four taps (a full 3×3
// tent) looked the same at 4× zoom and cost ~13 CPU ms more per 720p frame on llvmpipe (bench/render/results.md).
// SHADOWS (defined by the loader) is 0 in the variant used when there is no shadow map.
float sunShadow(vec3 worldPos, vec3 n, float NoL)
{
#if SHADOWS == 0
    return 1.0;
#else
    float texel = uFog.z;
    vec3 p = worldPos + n * texel * (1.0 + 2.0 * (1.0 - NoL)) + uSunDir.xyz * texel * 0.5;
    vec4 c = uLightViewProj * vec4(p, 1.0);
    vec3 s = c.xyz / c.w;
    vec2 uv = s.xy * 0.5 + 0.5;
    if (any(lessThan(uv, vec2(0.0))) || any(greaterThan(uv, vec2(1.0))) || s.z >= 1.0) return 1.0;
    vec2 h = 0.5 / vec2(textureSize(uShadowMap, 0));
    return 0.5 * (texture(uShadowMap, vec3(uv - h, s.z)) + texture(uShadowMap, vec3(uv + h, s.z)));
#endif
}

// Lamp 0's shadow (LAMP_SHADOW, defined by the loader when the frame has a shadowed lamp: Scene.LampShadow): one
// hardware 2×2 comparison in its depth cube. The depth a face stored is x − y / z for the distance z along that
// face's axis, which is the largest component of the direction from the lamp. The lookup moves off the surface
// along its normal by a texel or two at that distance (more where the light grazes), as the sun's does.
#ifndef LAMP_SHADOW
#define LAMP_SHADOW 0
#endif
#if LAMP_SHADOW == 1
layout(binding = 6) uniform samplerCubeShadow uLampShadowMap;
float lampShadow(vec3 worldPos, vec3 n)
{
    vec3 fromLamp = worldPos - uLights[0].positionRange.xyz;
    float texel = length(fromLamp) * uLampShadow.z;
    vec3 toLamp = normalize(-fromLamp);
    vec3 d = fromLamp + n * texel * (1.5 + 2.0 * (1.0 - max(dot(n, toLamp), 0.0)));
    vec3 a = abs(d);
    float z = max(a.x, max(a.y, a.z));
    return texture(uLampShadowMap, vec4(d, uLampShadow.x - uLampShadow.y / max(z, 1e-3)));
}
#endif

// Fraction of the sky hemisphere above a point that the occluder spheres hide, cosine-weighted: for a sphere of
// radius r at distance d fully above the horizon it is cosθ·r²/d² exactly (Quilez, "sphere ambient occlusion").
// A surface on or inside a sphere faces away from its centre and gets nothing, so bodies do not darken themselves.
float skyOcclusion(vec3 p, vec3 n)
{
#ifdef OFF_OCCLUSION
    return 1.0;
#endif
    float visible = 1.0;
    int count = int(uFog.w);
    for (int i = 0; i < count; i++)
    {
        vec3 d = uOccluders[i].xyz - p;
        float r = uOccluders[i].w;
        float inv = inversesqrt(dot(d, d));
        // cosθ·r²/d² with cosθ = n·d/|d|, as n·d·r²·|d|⁻³: no division.
        visible *= 1.0 - clamp(dot(n, d) * (r * r) * (inv * inv * inv), 0.0, MOST_SKY_HIDDEN);
    }
    return visible;
}

// Looks change the shading model at compile time (SHADING, defined by the loader; see LookStyle/LookShading):
// 0 physical, 1 cel (diffuse light in two hard bands, one hard highlight, flat ambient: the anime/comic/woodblock
// convention of a lit tone and a shadow tone per colour), 2 flat (one normal per triangle from the screen-space
// derivatives of the position: low poly), 3 clay (matte plasticine: wrapped diffuse, rough, no metal).
#ifndef SHADING
#define SHADING 0
#endif
#ifndef WET
#define WET 0
#endif
// OFF_* (never set in production) switch one feature off for the profiling bench (bench/render/results.md):
// OFF_OCCLUSION, OFF_PATTERNS, OFF_LAMPS, OFF_FOG, and OFF_SHADING (base colour only: raster and vertex cost);
// OFF_OCCLUSION_MAP makes the ground loop over the occluders per pixel as bodies do (what the map must match).
#ifdef OFF_LAMPS
#define LAMP_COUNT 0
#else
#define LAMP_COUNT int(uLighting.x)
#endif

void main()
{
#if SHADING == 2
    vec3 n = normalize(cross(dFdx(vWorld), dFdy(vWorld)));
    if (dot(n, uEye.xyz - vWorld) < 0.0) n = -n;
    // Coarser facets than the mesh has (a sphere here has hundreds of triangles): snap the normal to 8 latitude
    // × 12 longitude bands. Axis-aligned faces (the ground, boxes at rest) keep their normal.
    float theta = floor(acos(clamp(n.y, -1.0, 1.0)) / (PI / 8.0) + 0.5) * (PI / 8.0);
    float phi = floor(atan(n.z, n.x) / (PI / 6.0) + 0.5) * (PI / 6.0);
    if (abs(n.y) < 0.999) n = vec3(sin(theta) * cos(phi), cos(theta), sin(theta) * sin(phi));
#else
    vec3 n = normalize(vNormal);
    if (!gl_FrontFacing) n = -n;
#endif
#if IMAGE > 0
    vec4 image = texture(uAlbedo, vUv);
#if IMAGE == 2
    if (image.a < 0.5) discard;
#endif
    vec3 base = uBase.rgb * image.rgb;
#else
    vec3 base = uBase.rgb;
#endif
#ifdef OFF_SHADING
    oColor = finishColor(base * max(n.y, 0.2));
    return;
#endif
#ifdef OFF_PATTERNS
    PatternSample surface = surfaceOf(base, uBase.a);
#else
    PatternSample surface = evaluatePattern(vPattern, vPatternNormal, base, uBase.a);
#endif
    float metallic = uSurface.x;
    float roughness = surface.roughness;
#if SHADING == 3
    metallic *= 0.15;
    roughness = max(roughness, 0.8);
    // Thumb-pressed plasticine: slow lumps in the albedo, in body space so they stay on the body.
    surface.albedo *= 0.86 + 0.18 * valueNoise(vPattern.xy * 9.0 + vPattern.z * 5.0);
#endif
#if SHADING != 2 && WET == 1
    // Rain: upward faces darken (water fills the pores) and turn glossy, most in the puddles of a slow noise, so
    // the lamps and the sky mirror in the street. Lagarde 2013, "Water drop 2b – Dynamic rain and its effects".
    // A variant (WET, defined by the loader when the frame's wetness is above 0): llvmpipe ran the puddles' noise
    // on dry days too, behind the `if`, for ~17 CPU ms per 720p frame.
    float wet = uLighting.w * smoothstep(0.5, 0.95, n.y);
    if (wet > 0.0)
    {
        float puddle = smoothstep(0.45, 0.7, fbm3(vWorld.xz * 0.35));
        surface.albedo *= mix(1.0, 0.55, wet);
        // Not mirror-smooth even in puddles: rain ripples the water, so a lamp reflects as a soft streak, not a
        // blinding point.
        roughness = mix(roughness, mix(0.3, 0.14, puddle), wet);
        metallic *= 1.0 - wet * puddle;
    }
#endif
    float a = roughness * roughness;

    vec3 toEye = uEye.xyz - vWorld;
    float distance = length(toEye);
    vec3 v = toEye / distance;
    vec3 l = uSunDir.xyz;
    vec3 h = normalize(v + l);
    float NoV = max(dot(n, v), 1e-4);
    float NoL = max(dot(n, l), 0.0);
    float NoH = max(dot(n, h), 0.0);
    float VoH = max(dot(v, h), 0.0);

    vec3 diffuseColor = surface.albedo * (1.0 - metallic);
    vec3 f0 = mix(vec3(0.04), surface.albedo, metallic);
    vec3 skyMean = mix(uSkyHorizon.rgb, uSkyZenith.rgb, 0.45);
    vec3 groundBounce = uGroundAlbedo.rgb * (uSunColor.rgb * max(uSunDir.y, 0.0) + skyMean * 0.5);
#if GROUND == 1 && !defined(OFF_OCCLUSION) && !defined(OFF_OCCLUSION_MAP)
    float occlusion = texture(uGroundOcclusion, (vWorld.xz - uGroundRegion.xy) * uGroundRegion.z).r;
#else
    float occlusion = skyOcclusion(vWorld, n);
#endif
    float ambientScale = AMBIENT_SCALE * uLook.w;
#if LAMP_SHADOW == 1
    float lamp0Visible = lampShadow(vWorld, n);
#else
    float lamp0Visible = 1.0;
#endif

    vec3 color = vec3(0.0);
#if SHADING == 1
    // Cel: the sun's share (N·L × shadow) becomes 0, 0.55 or 1 with a one-step antialiased edge; metals keep
    // their tint through the albedo. The ambient ignores the normal so each tone stays flat.
    float light = NoL * sunShadow(vWorld, n, NoL);
    float band = 0.55 * smoothstep(0.06, 0.10, light) + 0.45 * smoothstep(0.40, 0.44, light);
    vec3 celColor = mix(diffuseColor, surface.albedo, metallic);
    color += celColor * uSunColor.rgb * band;
    color += uSunColor.rgb * smoothstep(0.975, 0.985, NoH) * (1.0 - roughness) * step(0.3, light) * 1.5;
    color += celColor * mix(groundBounce, skyMean, 0.8) * ambientScale * (0.6 + 0.4 * occlusion);
    for (int i = 0; i < LAMP_COUNT; i++)
    {
        vec3 lampDir;
        float falloff = lightFalloff(i, vWorld, lampDir) * (i == 0 ? lamp0Visible : 1.0);
        float lit = max(dot(n, lampDir), 0.0) * falloff;
        if (lit > 0.0) color += celColor * uLights[i].colorOuter.rgb * SUN_ILLUMINANCE / PI * (0.5 + 0.5 * smoothstep(0.05, 0.1, lit)) * lit;
    }
#else
#if SHADING == 3
    // Wrapped diffuse (light reaches 25 % past the terminator, as through a soft subsurface) for plasticine.
    NoL = max((dot(n, l) + 0.25) / 1.25, 0.0);
#endif
#if PATTERN == 13
    // Glass: no diffuse body; what shows is the Fresnel reflection of sky and sun over what lies behind.
    diffuseColor = vec3(0.0);
#endif
    float sunVisible = NoL > 0.0 ? sunShadow(vWorld, n, NoL) : 0.0;
    vec3 sunLight = uSunColor.rgb * SUN_ILLUMINANCE;
    if (NoL > 0.0)
    {
        vec3 f = fresnelSchlick(f0, VoH);
        vec3 specular = distributionGgx(NoH, a) * visibilitySmithGgxCorrelated(NoV, NoL, a) * f;
        vec3 diffuse = diffuseColor / PI * (1.0 - f);
        color += (diffuse + specular) * sunLight * NoL * sunVisible;
    }
    // Point and spot lights: the same GGX lobe as the sun. Only lamp 0 may have a shadow (a cube map per lamp would
    // cost more than the whole frame on a CPU rasterizer); the others shine through.
    for (int i = 0; i < LAMP_COUNT; i++)
    {
        vec3 lampDir;
        float falloff = lightFalloff(i, vWorld, lampDir) * (i == 0 ? lamp0Visible : 1.0);
        float lampNoL = max(dot(n, lampDir), 0.0);
        if (falloff * lampNoL <= 0.0) continue;
        vec3 lampH = normalize(v + lampDir);
        float lampNoH = max(dot(n, lampH), 0.0);
        vec3 f = fresnelSchlick(f0, max(dot(v, lampH), 0.0));
        vec3 specular = distributionGgx(lampNoH, a) * visibilitySmithGgxCorrelated(NoV, lampNoL, a) * f;
        color += (diffuseColor / PI * (1.0 - f) + specular) * uLights[i].colorOuter.rgb * (SUN_ILLUMINANCE * falloff * lampNoL);
    }
#if PATTERN == 7 || PATTERN == 12
    // Subsurface (skin, leaves): light wraps 50 % past the terminator, reddened for skin (blood) and
    // albedo-tinted for leaves; the shadow is taken at the terminator so the wrap is not lit inside shadows.
    float wrapped = max((dot(n, l) + 0.5) / 1.5 - NoL, 0.0);
    vec3 scatter = PATTERN == 7 ? diffuseColor * vec3(1.0, 0.35, 0.25) : diffuseColor * diffuseColor * 2.0;
    color += scatter / PI * sunLight * wrapped * surface.subsurface * max(sunVisible, step(NoL, 0.0) * 0.6);
#endif

    // Hemispheric ambient: sky above (cosine-weighted mean of the gradient), sunlit ground bounce below.
    vec3 ambient = mix(groundBounce, skyMean, n.y * 0.5 + 0.5) * ambientScale * occlusion;
    color += diffuseColor * ambient;
    // Reflected environment: the sky above the horizon, the ground below, blended across the horizon (a rough
    // surface's lobe straddles it) so spheres show no seam where the reflection vector crosses y = 0.
    vec3 r = reflect(-v, n);
    vec3 skyReflection = mix(skyRadiance(vec3(r.x, max(r.y, 0.0), r.z), false), skyMean, roughness);
    vec3 reflected = mix(groundBounce, skyReflection, smoothstep(-0.2 - roughness * 0.3, 0.2 + roughness * 0.3, r.y));
    color += reflected * environmentBrdfApprox(f0, roughness, NoV) * ambientScale * occlusion;
#if PATTERN == 5 || PATTERN == 6 || PATTERN == 10
    // Sheen: fibres catch light at grazing view angles (a cheap stand-in for the Charlie sheen lobe).
    float rim = pow(1.0 - NoV, 3.0) * surface.sheen;
    color += (surface.albedo * 0.8 + 0.03) * rim * (sunLight * max(dot(n, l) * 0.5 + 0.5, 0.0) * max(sunVisible, 0.3) * 0.3 + ambient);
#endif
#endif

    // Lightning lights everything from the sky for a moment (a cool, flat fill).
    color += diffuseColor * vec3(0.75, 0.8, 1.0) * uLighting.z * (0.6 + 0.4 * max(n.y, 0.0)) * occlusion;
    color += uEmission.rgb * uGroundAlbedo.w * patternEmission;   // patternEmission: which texels glow (lit windows)

    // Exponential fog plus clear-air haze; the ground also dissolves into the haze before its edge so the world
    // has no visible border.
#ifndef OFF_FOG
    float fog = 1.0 - exp(-distance * uFog.x);   // the fog and the clear-air haze (ClearAirHaze), per metre
    float edge = groundEdgeFade(vWorld);
    color = mix(color, horizonHaze(-v), max(fog, edge));
#endif
#if PATTERN == 13 && SHADING != 1
    // Coverage of the reflection over the background: Fresnel at this view angle, a faint body tint, and the sun's
    // highlight wherever it is bright. The backend blends with it (source alpha, drawn far to near).
    float fresnel = 0.04 + 0.96 * pow(1.0 - NoV, 5.0);
    float coverage = clamp(fresnel + 0.1 + dot(color * uSunColor.w, vec3(0.2126, 0.7152, 0.0722)) * 0.25, 0.0, 0.95);
    color = mix(color / max(coverage, 0.05), surface.albedo * ambientScale * skyMean, 0.1 / max(coverage, 0.1));
    oColor = vec4(finishColor(color).rgb, coverage);
#else
    oColor = finishColor(color);
#endif
}
