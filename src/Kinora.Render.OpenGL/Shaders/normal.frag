// The unit world-space normal of the surface seen, turned towards the camera (two-sided, as the colour pass shades).
in vec3 vNormal;
layout(location = 0) out vec4 oNormal;
void main()
{
    vec3 n = normalize(vNormal);
    oNormal = vec4(gl_FrontFacing ? n : -n, 1.0);
}
