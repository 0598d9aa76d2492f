using System.Numerics;
using Kinora.Render.Backend;

namespace Kinora.Render.Scene;

/// <summary>What the sun's shadow map needs this frame.</summary>
public enum ShadowWork
{
    /// <summary>Nothing that casts moved and the light is the same: last frame's map holds.</summary>
    None,
    /// <summary>Only casters that move changed: the backend copies the still layer and draws the moving casters on it.</summary>
    Moving,
    /// <summary>The light changed or a still caster began to move: the still layer is drawn again (from the casters
    /// marked <see cref="DrawItem.ShadowStill"/>), then the moving casters on a copy of it.</summary>
    Still,
}

/// <summary>
/// Remembers what the sun's shadow map was last rendered from (the light's matrix and every caster's transform), so
/// a frame redraws only what it must. Casters are split into a still layer (drawn once into a map of its own) and the
/// moving ones (drawn every frame something moves, over a copy of the still layer): a person walking down a street
/// pays for the person, not the street. A caster that moves leaves the still layer (which is redrawn once without it)
/// and stays moving until the light changes. On a CPU rasterizer the whole map is tens of ms of vertex work for a scene
/// of a few hundred thousand triangles; a 2048² copy is a few.
/// </summary>
/// <param name="lamp">The cache of the lamp's cube map: it marks <see cref="DrawItem.LampShadowStill"/> instead of
/// <see cref="DrawItem.ShadowStill"/>.</param>
public sealed class ShadowMapCache(int drawCount, int skinCount = 0, bool lamp = false)
{
    private readonly Matrix4x4[] _casterWorld = new Matrix4x4[drawCount];
    private readonly bool[] _casterSkinned = new bool[drawCount];
    private readonly bool[] _still = new bool[drawCount];               // in the still layer
    private readonly bool[] _moves = new bool[drawCount];               // never rests (a spinning part): never in it
    private readonly Matrix4x4[] _skin = new Matrix4x4[skinCount];   // the skinning matrices the map was drawn with
    private Matrix4x4 _light;
    private bool _valid;

    /// <summary>Marks draw <paramref name="draw"/> as one that never rests (scenery that turns for ever): it is kept
    /// out of the still layer from the first frame instead of leaving it (and costing a redraw) when it first moves.</summary>
    public void Moves(int draw) => _moves[draw] = true;

    /// <summary>Compares this frame's light and casters with the last frame's, marks every caster's
    /// <see cref="DrawItem.ShadowStill"/> and says what to redraw. <paramref name="mapIsOurs"/> is false when the
    /// backend is shared, so another renderer may have drawn over the maps. A bending body changes the map as surely
    /// as a moving one, so the skinning matrices (<paramref name="skin"/>) count as transforms.</summary>
    public ShadowWork Update(in Matrix4x4 lightViewProjection, Span<DrawItem> draws, bool mapIsOurs, ReadOnlySpan<Matrix4x4> skin = default)
    {
        var first = !_valid || !mapIsOurs;
        var skinChanged = !skin.SequenceEqual(_skin.AsSpan(0, Math.Min(skin.Length, _skin.Length)));
        var lightChanged = first || lightViewProjection != _light;
        var anyMoved = false;
        var stillMoved = false;
        for (var i = 0; i < draws.Length; i++)
        {
            if (!draws[i].CastsShadow) continue;
            // The first frame has nothing to compare with: everything starts still.
            var moved = !first && (draws[i].World != _casterWorld[i] || draws[i].Skinned != _casterSkinned[i]
                                   || (draws[i].Skinned && skinChanged));
            anyMoved |= moved;
            if (_moves[i]) _still[i] = false;
            else if (lightChanged) _still[i] = !moved;     // a new light redraws the still layer: what rests now joins it
            else if (moved && _still[i]) { stillMoved = true; _still[i] = false; }
            _casterWorld[i] = draws[i].World;
            _casterSkinned[i] = draws[i].Skinned;
            if (lamp) draws[i].LampShadowStill = _still[i];
            else draws[i].ShadowStill = _still[i];
        }
        if (skinChanged) skin.CopyTo(_skin);
        _light = lightViewProjection;
        _valid = true;
        return lightChanged || stillMoved ? ShadowWork.Still : anyMoved ? ShadowWork.Moving : ShadowWork.None;
    }
}
