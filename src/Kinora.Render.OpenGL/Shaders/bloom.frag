// Bloom's bright pass at a quarter of the frame's size: four bilinear taps cover the 4×4 scene pixels under this
// one, each kept above a soft knee of luma. The scene is already tone-mapped, so "bright" means near white: lamps,
// neon, lit windows, the sun's glint, a lightning bolt. Unlit pixels (alpha 0, pictures used as the frame) give none.
in vec2 vNdc;
layout(binding = 1) uniform sampler2D uScene;
layout(location = 0) out vec4 oColor;

const float KNEE_LOW = 0.62, KNEE_HIGH = 0.95;   // display luma where glow starts and where it is full

vec3 bright(vec4 c)
{
    float y = dot(c.rgb, vec3(0.2126, 0.7152, 0.0722));
    return c.rgb * smoothstep(KNEE_LOW, KNEE_HIGH, y) * c.a;
}

void main()
{
    vec2 uv = vNdc * 0.5 + 0.5;
    vec2 texel = 1.0 / vec2(textureSize(uScene, 0));
    vec3 c = bright(texture(uScene, uv + texel * vec2(-1.0, -1.0))) + bright(texture(uScene, uv + texel * vec2(1.0, -1.0)))
           + bright(texture(uScene, uv + texel * vec2(-1.0, 1.0))) + bright(texture(uScene, uv + texel * vec2(1.0, 1.0)));
    oColor = vec4(c * 0.25, 1.0);
}
