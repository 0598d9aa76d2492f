// The frame's exposure statistics, one pixel for the whole frame (FrameStatsPass): the mean luma and the mean and
// mean square of black-and-white film's response over 16 pixels on a 4×4 grid. The look's post pass reads this
// one texel instead of fetching the same 16 pixels again for every pixel of the frame (on a CPU rasterizer that
// was most of a painted look's cost).
in vec2 vNdc;
layout(binding = 1) uniform sampler2D uScene;
layout(location = 0) out vec4 oColor;

void main()
{
    ivec2 size = textureSize(uScene, 0);
    const vec3 film = vec3(0.34, 0.58, 0.08);   // post.frag's panchromatic film through a yellow filter
    float mean = 0.0, m1 = 0.0, m2 = 0.0;
    for (int k = 0; k < 16; k++)
    {
        vec3 s = texelFetch(uScene, ivec2((vec2(k % 4, k / 4) + 0.5) * 0.25 * vec2(size)), 0).rgb;
        mean += dot(s, vec3(0.2126, 0.7152, 0.0722));
        float v = dot(s, film);
        float toe = 1.0 - v;
        v += 1.2 * v * toe * toe * toe * toe;   // the film's toe, as post.frag applies it
        m1 += v;
        m2 += v * v;
    }
    oColor = vec4(mean, m1, m2, 0.0) / 16.0;
}
