// One square splat per occluder (instance), around its footprint on the ground, in the map's top-down space
// (GroundOcclusionPass): uRegion xy the map's corner (world x, z), z one over its side, w the ground's height.
uniform vec4 uRegion;
uniform float uReach;    // radii past the centre, plus the height above the ground
out vec2 vGround;
flat out int vOccluder;
void main()
{
    vec4 o = uOccluders[gl_InstanceID];
    float reach = uReach * o.w + max(o.y - uRegion.w, 0.0);
    vec2 corner = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1)) * 2.0 - 1.0;
    vGround = o.xz + corner * reach;
    vOccluder = gl_InstanceID;
    gl_Position = vec4((vGround - uRegion.xy) * uRegion.z * 2.0 - 1.0, 0.0, 1.0);
}
