layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aNormal;
layout(location = 2) in vec2 aUv;       // (0, 0) = the image's top-left corner (glTF convention)
uniform mat4 uWorld;
uniform mat4 uNormalWorld;
uniform mat4 uPatternSpace;
out vec3 vWorld;
out vec3 vNormal;
out vec3 vPattern;
out vec3 vPatternNormal;
out vec2 vUv;
void main()
{
    vec4 w = uWorld * vec4(aPosition, 1.0);
    vec3 n = mat3(uNormalWorld) * aNormal;
#ifdef SKINNED
    // Joint matrices are rigid (rotation and translation), so they turn normals as they turn positions. Patterns
    // stay on the rest-pose coordinates: wood grain or a shirt's stripes travel with the bending skin.
    mat4 skin = skinMatrix();
    w = skin * w;
    n = mat3(skin) * n;
#endif
    vWorld = w.xyz;
    vNormal = n;
    vPattern = (uPatternSpace * vec4(aPosition, 1.0)).xyz;
    vPatternNormal = mat3(uPatternSpace) * aNormal;
    vUv = aUv;
    gl_Position = uViewProj * w;
}
