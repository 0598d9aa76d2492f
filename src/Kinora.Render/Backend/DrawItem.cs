using System.Numerics;

namespace Kinora.Render.Backend;

/// <summary>
/// One mesh to draw with its transforms and surface. Matrices follow System.Numerics (row vectors:
/// p_world = p_local · World); backends transpose for their API as needed.
/// </summary>
public struct DrawItem
{
    public MeshHandle Mesh;
    /// <summary>Mesh space → world space.</summary>
    public Matrix4x4 World;
    /// <summary>Inverse transpose of <see cref="World"/>, for normals under non-uniform scale.</summary>
    public Matrix4x4 NormalWorld;
    /// <summary>Mesh space → the space procedural patterns are evaluated in (metres, attached to the body so
    /// wood grain does not swim as a body moves; world space for the ground).</summary>
    public Matrix4x4 PatternSpace;
    public SurfaceParams Surface;
    /// <summary>Entity index + 1, or 0 for the ground.</summary>
    public ushort ObjectId;
    public bool CastsShadow;
}

/// <summary>The shading inputs of a surface: linear base colour, perceptual roughness, metalness, pattern.</summary>
public struct SurfaceParams
{
    public Vector3 BaseColor;
    public float Roughness;
    public float Metallic;
    public SurfacePattern Pattern;

    public static SurfaceParams From(Compose.Material m) => new()
    {
        BaseColor = m.BaseColor,
        Roughness = Math.Clamp(m.Roughness, 0.03f, 1f),
        Metallic = Math.Clamp(m.Metallic, 0f, 1f),
        Pattern = SurfacePatterns.Parse(m.Pattern),
    };
}
