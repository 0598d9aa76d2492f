// One triangle covering the screen, at the far plane so depth test LEQUAL lets it show only where nothing was drawn.
out vec2 vNdc;
void main()
{
    vec2 p = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2)) * 2.0 - 1.0;
    vNdc = p;
    gl_Position = vec4(p, 1.0, 1.0);
}
