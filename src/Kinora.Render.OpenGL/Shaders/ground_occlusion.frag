// One occluder's share of the sky hidden from the ground point under this texel: lit.frag's skyOcclusion term for
// an upward normal. Blending multiplies it into the map.
uniform vec4 uRegion;
in vec2 vGround;
flat in int vOccluder;
layout(location = 0) out vec4 oVisible;
void main()
{
    vec4 o = uOccluders[vOccluder];
    vec3 d = o.xyz - vec3(vGround.x, uRegion.w, vGround.y);
    float inv = inversesqrt(dot(d, d));
    oVisible = vec4(1.0 - clamp(d.y * (o.w * o.w) * (inv * inv * inv), 0.0, MOST_SKY_HIDDEN));
}
