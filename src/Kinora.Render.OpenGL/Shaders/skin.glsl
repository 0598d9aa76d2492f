// Linear blend skinning (Kinora.Render.Scene.Skinning): a vertex already placed in the world by uWorld is moved by
// the weighted sum of its four joints' world-space matrices. Only the SKINNED vertex variants include this, so
// rigid draws fetch no extra attributes and do no extra work.
layout(location = 3) in vec4 aJoints;    // joint indices into the entity's block, stored as floats
layout(location = 4) in vec4 aWeights;   // summing to 1
// The frame's matrices for every rigged entity (std430: mat4 is 64 bytes, column-major like the uniform uploads, so
// M * v applies the row-vector v·M that C# built).
layout(std430, binding = 1) readonly buffer SkinMatrices { mat4 uSkin[]; };
uniform int uSkinBase;

mat4 skinMatrix()
{
    return aWeights.x * uSkin[uSkinBase + int(aJoints.x)] + aWeights.y * uSkin[uSkinBase + int(aJoints.y)]
         + aWeights.z * uSkin[uSkinBase + int(aJoints.z)] + aWeights.w * uSkin[uSkinBase + int(aJoints.w)];
}
