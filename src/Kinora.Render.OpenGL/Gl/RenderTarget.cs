using Silk.NET.OpenGL;

namespace Kinora.Render.OpenGL.Gl;

/// <summary>An FBO with its attachments, all owned: renderbuffers for what is only drawn to or read back,
/// textures for what a later pass samples.</summary>
internal sealed class RenderTarget : IDisposable
{
    private readonly GL _gl;
    private readonly List<uint> _renderbuffers = [];
    private readonly List<uint> _textures = [];

    public RenderTarget(GL gl, string name, int width, int height)
    {
        _gl = gl;
        Name = name;
        Width = width;
        Height = height;
        Handle = gl.CreateFramebuffer();
    }

    public string Name { get; }
    public uint Handle { get; }
    public int Width { get; }
    public int Height { get; }

    public RenderTarget AttachRenderbuffer(FramebufferAttachment attachment, InternalFormat format, int samples)
    {
        var rb = _gl.CreateRenderbuffer();
        if (samples > 1) _gl.NamedRenderbufferStorageMultisample(rb, (uint)samples, format, (uint)Width, (uint)Height);
        else _gl.NamedRenderbufferStorage(rb, format, (uint)Width, (uint)Height);
        _gl.NamedFramebufferRenderbuffer(Handle, attachment, RenderbufferTarget.Renderbuffer, rb);
        _renderbuffers.Add(rb);
        return this;
    }

    /// <param name="levels">Mipmap levels to allocate (level 0 is what the framebuffer draws into).</param>
    public uint AttachTexture(FramebufferAttachment attachment, SizedInternalFormat format, int levels = 1)
    {
        var texture = _gl.CreateTexture(TextureTarget.Texture2D);
        _gl.TextureStorage2D(texture, (uint)levels, format, (uint)Width, (uint)Height);
        _gl.NamedFramebufferTexture(Handle, attachment, texture, 0);
        _textures.Add(texture);
        return texture;
    }

    /// <summary>Throws unless the driver accepts the attachment combination.</summary>
    public RenderTarget Validate()
    {
        var status = _gl.CheckNamedFramebufferStatus(Handle, FramebufferTarget.Framebuffer);
        if (status != GLEnum.FramebufferComplete)
            throw new InvalidOperationException($"framebuffer {Name} is incomplete: {status}");
        return this;
    }

    public void Bind()
    {
        _gl.BindFramebuffer(FramebufferTarget.Framebuffer, Handle);
        _gl.Viewport(0, 0, (uint)Width, (uint)Height);
    }

    public void Dispose()
    {
        _gl.DeleteFramebuffer(Handle);
        foreach (var rb in _renderbuffers) _gl.DeleteRenderbuffer(rb);
        foreach (var t in _textures) _gl.DeleteTexture(t);
    }
}
