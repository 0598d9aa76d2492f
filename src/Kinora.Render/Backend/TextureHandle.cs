namespace Kinora.Render.Backend;

/// <summary>
/// An image living on the device. <see cref="Index"/> is the backend's index + 1, so the default value (0) means
/// "no texture" and a <see cref="SurfaceParams"/> without an image needs no special setup.
/// </summary>
public readonly record struct TextureHandle(int Index)
{
    public static TextureHandle None => default;
    public bool IsNone => Index <= 0;
}
