using Silk.NET.OpenGL;

namespace Kinora.Render.OpenGL.Gl;

/// <summary>
/// An image as an sRGB texture with a full mip chain (the sampler decodes to linear, so filtering and shading
/// happen in linear light), trilinear filtering, edges clamped. Rows are uploaded top first, so texture
/// coordinate t = 0 is the image's top row: mesh UV (0, 0) is the image's top-left corner, as in glTF.
/// </summary>
internal sealed unsafe class GlTexture : IDisposable
{
    /// <summary>Alpha below this (0..255) marks a cut-out texel: alpha 0.5, the threshold the shader discards at.</summary>
    private const byte CutoutAlpha = 128;

    private readonly GL _gl;

    public GlTexture(GL gl, Kinora.Compose.Texture image)
    {
        _gl = gl;
        if (image.Width <= 0 || image.Height <= 0) throw new ArgumentException($"texture {image.Name} is empty");
        var levels = (uint)(Math.ILogB(Math.Max(image.Width, image.Height)) + 1);
        Handle = gl.CreateTexture(TextureTarget.Texture2D);
        gl.TextureStorage2D(Handle, levels, SizedInternalFormat.Srgb8Alpha8, (uint)image.Width, (uint)image.Height);
        gl.PixelStore(PixelStoreParameter.UnpackAlignment, 1);
        fixed (byte* p = image.Rgba.Span)
            gl.TextureSubImage2D(Handle, 0, 0, 0, (uint)image.Width, (uint)image.Height, PixelFormat.Rgba, PixelType.UnsignedByte, p);
        gl.GenerateTextureMipmap(Handle);
        gl.TextureParameter(Handle, TextureParameterName.TextureMinFilter, (int)TextureMinFilter.LinearMipmapLinear);
        gl.TextureParameter(Handle, TextureParameterName.TextureMagFilter, (int)TextureMagFilter.Linear);
        gl.TextureParameter(Handle, TextureParameterName.TextureWrapS, (int)TextureWrapMode.ClampToEdge);
        gl.TextureParameter(Handle, TextureParameterName.TextureWrapT, (int)TextureWrapMode.ClampToEdge);
        HasCutout = AnyBelow(image.Rgba.Span, CutoutAlpha);
    }

    public uint Handle { get; }

    /// <summary>Whether any texel is transparent enough to be cut out: only then does a surface pay for the shader
    /// variant that discards (discard turns off early depth testing on a CPU rasterizer).</summary>
    public bool HasCutout { get; }

    private static bool AnyBelow(ReadOnlySpan<byte> rgba, byte alpha)
    {
        for (var i = 3; i < rgba.Length; i += 4)
            if (rgba[i] < alpha) return true;
        return false;
    }

    public void Dispose() => _gl.DeleteTexture(Handle);
}
