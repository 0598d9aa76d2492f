in vec2 vNdc;
layout(location = 0) out vec4 oColor;
void main()
{
    vec4 far = uInvViewProj * vec4(vNdc, 1.0, 1.0);
    vec3 dir = normalize(far.xyz / far.w - uEye.xyz);
    // Below the horizon the ground has faded into the haze colour, so the sky continues it seamlessly.
    vec3 c = dir.y >= 0.0 ? skyRadiance(dir, true) : horizonHaze(dir);
    oColor = finishColor(c);
}
