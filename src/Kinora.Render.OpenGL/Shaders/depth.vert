// Position only: for the sun's shadow map and the object-id pass.
layout(location = 0) in vec3 aPosition;
uniform mat4 uClipFromMesh;
void main() { gl_Position = uClipFromMesh * vec4(aPosition, 1.0); }
