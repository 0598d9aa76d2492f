// Position and world normal: for the normal-buffer pass. Skinned draws bend in world space as in depth.vert.
layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aNormal;
uniform mat4 uNormalWorld;
out vec3 vNormal;
#ifdef SKINNED
uniform mat4 uWorld;
uniform mat4 uClipFromWorld;
void main()
{
    mat4 skin = skinMatrix();
    vNormal = mat3(skin) * (mat3(uNormalWorld) * aNormal);
    gl_Position = uClipFromWorld * (skin * (uWorld * vec4(aPosition, 1.0)));
}
#else
uniform mat4 uClipFromMesh;
void main()
{
    vNormal = mat3(uNormalWorld) * aNormal;
    gl_Position = uClipFromMesh * vec4(aPosition, 1.0);
}
#endif
