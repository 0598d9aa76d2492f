in vec2 vNdc;
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
    oColor = finishColor(c);
}
