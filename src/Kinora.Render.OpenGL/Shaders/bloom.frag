// Bloom's bright pass at a quarter of the frame's size: four bilinear taps cover the 4×4 scene pixels under this
// one, each kept above a soft knee. The scene is already tone-mapped, so "bright" can only mean a channel near its
// top: a lamp, neon, the sun's glint, a lightning bolt. The knee sits high (display 0.86, where ACES is already
// past ~1.3× white in scene light) because a low one let every pale surface glow too: a sunlit marble floor or a
// lit shop window lit itself up by its own bloom and burned to white. The largest channel decides, not luma, so
// saturated neon (pink: luma ~0.4) glows as much as a white lamp. Unlit pixels (alpha 0, pictures) give none.
in vec2 vNdc;
layout(binding = 1) uniform sampler2D uScene;
layout(location = 0) out vec4 oColor;

const float KNEE_LOW = 0.86, KNEE_HIGH = 0.99;   // display value of the brightest channel: glow starts, glow is full

vec3 bright(vec4 c)
{
    float y = max(c.r, max(c.g, c.b));
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
