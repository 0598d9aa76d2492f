// Position and world normal: for the normal-buffer pass.
layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aNormal;
uniform mat4 uClipFromMesh;
uniform mat4 uNormalWorld;
out vec3 vNormal;
void main()
{
    vNormal = mat3(uNormalWorld) * aNormal;
    gl_Position = uClipFromMesh * vec4(aPosition, 1.0);
}
