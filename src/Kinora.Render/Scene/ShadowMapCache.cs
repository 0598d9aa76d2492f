using System.Numerics;
using Kinora.Render.Backend;

namespace Kinora.Render.Scene;

/// <summary>
/// Remembers what the sun's shadow map was last rendered from (the light's matrix and every caster's transform),
/// so a frame where nothing that casts a shadow moved reuses it: a still scene under a moving camera, or the
/// quiet seconds before and after the action, pay for the map once. On a CPU rasterizer the map is tens of ms
/// of vertex work for a scene of a few hundred thousand triangles.
/// </summary>
public sealed class ShadowMapCache(int drawCount, int skinCount = 0)
{
    private readonly Matrix4x4[] _casterWorld = new Matrix4x4[drawCount];
    private readonly bool[] _casterSkinned = new bool[drawCount];
    private readonly Matrix4x4[] _skin = new Matrix4x4[skinCount];   // the skinning matrices the map was drawn with
    private Matrix4x4 _light;
    private bool _valid;

    /// <summary>True when the map from the previous call still holds for these draws and light; otherwise
    /// records them as the new state and returns false (the caller renders the map). <paramref name="mapIsOurs"/>
    /// is false when the backend is shared, so another renderer may have drawn over the map. A bending body changes
    /// the map as surely as a moving one, so the skinning matrices (<paramref name="skin"/>) count as transforms.</summary>
    public bool StillValid(in Matrix4x4 lightViewProjection, ReadOnlySpan<DrawItem> draws, bool mapIsOurs, ReadOnlySpan<Matrix4x4> skin = default)
    {
        var same = _valid && mapIsOurs && lightViewProjection == _light;
        var anySkinned = false;
        for (var i = 0; i < draws.Length; i++)
        {
            if (!draws[i].CastsShadow) continue;
            if (same && (draws[i].World != _casterWorld[i] || draws[i].Skinned != _casterSkinned[i])) same = false;
            _casterWorld[i] = draws[i].World;
            _casterSkinned[i] = draws[i].Skinned;
            anySkinned |= draws[i].Skinned;
        }
        if (anySkinned)
        {
            if (same && !skin.SequenceEqual(_skin.AsSpan(0, skin.Length))) same = false;
            skin.CopyTo(_skin);
        }
        _light = lightViewProjection;
        _valid = true;
        return same;
    }
}
