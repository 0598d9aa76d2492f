// Position only: for the sun's shadow map and the object-id pass. A skinned draw bends in world space (skin.glsl),
// so it gets the world and the clip transforms apart; a rigid one gets them folded into one matrix.
layout(location = 0) in vec3 aPosition;
#ifdef SKINNED
uniform mat4 uWorld;
uniform mat4 uClipFromWorld;
void main() { gl_Position = uClipFromWorld * (skinMatrix() * (uWorld * vec4(aPosition, 1.0))); }
#else
uniform mat4 uClipFromMesh;
void main() { gl_Position = uClipFromMesh * vec4(aPosition, 1.0); }
#endif
