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
    /// <summary>Entity index + 1, or 0 for the ground and scenery (not subjects, yet they hide what is behind them).</summary>
    public ushort ObjectId;
    public bool CastsShadow;
    /// <summary>The ground plane: an open mesh drawn two-sided, after everything else so bodies hide it early.</summary>
    public bool IsGround;
    /// <summary>Outside the camera's view this frame: the colour, id and normal passes skip it (the shadow pass does
    /// not — a body off screen can still shade what is on it).</summary>
    public bool OutOfView;
    /// <summary>Bent by its entity's rig this frame: the vertex stage blends the mesh's four joints' matrices from the
    /// frame's skin buffer (<see cref="IRenderBackend.SetSkinMatrices"/>) starting at <see cref="SkinBase"/>, applied
    /// to the vertex after <see cref="World"/>. False for rigid meshes and for rigs at rest (the rigid path, free).</summary>
    public bool Skinned;
    /// <summary>Index of the entity's joint 0 in the frame's skin matrices.</summary>
    public int SkinBase;
    /// <summary>In the shadow map's still layer (drawn only when it is redrawn, see Scene.ShadowMapCache); casters
    /// without it are drawn over a copy of that layer every frame the map changes.</summary>
    public bool ShadowStill;
    /// <summary>Which faces of the shadowed lamp's cube map this caster falls in (bit f for face f: +X, −X, +Y, −Y,
    /// +Z, −Z), 0 when it casts no lamp shadow this frame (see Scene.LampShadow).</summary>
    public byte LampFaces;
    /// <summary>In the lamp cube map's still layer, as <see cref="ShadowStill"/> is for the sun's.</summary>
    public bool LampShadowStill;
}

/// <summary>The shading inputs of a surface: linear base colour, perceptual roughness, metalness, pattern, and an
/// optional image.</summary>
public struct SurfaceParams
{
    public Vector3 BaseColor;
    public float Roughness;
    public float Metallic;
    public SurfacePattern Pattern;
    /// <summary>An image multiplied into the base colour, sampled with the mesh's UVs: UV (0, 0) is the image's
    /// top-left corner, u grows to the right and v downwards (glTF's convention); outside 0..1 the edge texels
    /// extend (clamped). Texels with alpha below 0.5 are cut out (not drawn). <see cref="TextureHandle.None"/> for none.</summary>
    public TextureHandle Albedo;
    /// <summary>Shown as image × base colour exactly: no light, shadow, fog, exposure, tone mapping or look.</summary>
    public bool Unlit;
    /// <summary>Light the surface gives off, linear RGB in the sun's units (1 ≈ a white surface in midday sun).</summary>
    public Vector3 Emission;
    /// <summary>Unlit picture layer whose texel alpha codes motion (<see cref="Compose.Material.Living"/>).</summary>
    public bool Living;
    /// <summary>Unlit only: darkening where the sun's shadow falls, 0–1 (<see cref="Compose.Material.ShadowCatch"/>).</summary>
    public float ShadowCatch;

    public readonly bool IsTransparent => !Unlit && SurfacePatterns.IsTransparent(Pattern);

    public static SurfaceParams From(Compose.Material m) => new()
    {
        BaseColor = m.BaseColor,
        Roughness = Math.Clamp(m.Roughness, 0.03f, 1f),
        Metallic = Math.Clamp(m.Metallic, 0f, 1f),
        Pattern = SurfacePatterns.Parse(m.Pattern),
        Unlit = m.Unlit,
        Emission = Vector3.Max(m.Emission, Vector3.Zero),
        Living = m.Living,
        ShadowCatch = Math.Clamp(m.ShadowCatch, 0f, 1f),
    };
}
