using System.Numerics;
using Kinora.Compose;
using Kinora.Render.Backend;

namespace Kinora.Render.Scene;

/// <summary>
/// Poses the scenery that turns for ever (<see cref="SceneryPiece.Spin"/>: a Ferris wheel's rim, a carousel's deck,
/// a windmill's sails) at a frame's time. Nothing is simulated: the angle is the spin's rate × the frame's time, so
/// any frame can be drawn alone and comes out the same. Each part's rest transform (its local placement, the piece's
/// scale and rotation) is multiplied out once; a frame adds one rotation about the pivot per piece and allocates
/// nothing. The pivot is the piece's <see cref="SceneryPiece.Position"/>, so its bounding sphere (centred there) holds
/// it at every angle and the shadow fit never changes as it turns.
/// </summary>
public sealed class SpinningScenery
{
    private readonly List<(int First, int Count, Vector3 Pivot, Vector3 Axis, double Rate)> _pieces = [];
    private Matrix4x4[] _rest = [];       // per draw (indexed from the first spinner's draw): part local × scale × rotation
    private Matrix4x4[] _restNormal = [];  // its inverse transpose
    private int _offset = -1;

    public bool Any => _pieces.Count > 0;

    /// <summary>Every draw of every spinning piece, in order.</summary>
    public IEnumerable<int> Draws
    {
        get
        {
            foreach (var p in _pieces)
                for (var d = p.First; d < p.First + p.Count; d++) yield return d;
        }
    }

    /// <summary>Registers the draws [<paramref name="first"/>, first + count) of <paramref name="piece"/>, whose rest
    /// transforms (mesh → world at time 0, pivot excluded) are <paramref name="rest"/>. Call in draw order.</summary>
    public void Add(SceneryPiece piece, int first, ReadOnlySpan<Matrix4x4> rest)
    {
        var rate = piece.Spin.Length();
        if (rate <= 0 || !float.IsFinite(rate)) return;
        if (_offset < 0) _offset = first;
        var end = first - _offset + rest.Length;
        if (_rest.Length < end)
        {
            Array.Resize(ref _rest, end);
            Array.Resize(ref _restNormal, end);
        }
        for (var k = 0; k < rest.Length; k++)
        {
            _rest[first - _offset + k] = rest[k];
            _restNormal[first - _offset + k] = SceneRenderer.NormalMatrix(rest[k]);
        }
        _pieces.Add((first, rest.Length, piece.Position, piece.Spin / rate, rate));
    }

    /// <summary>Sets the world transforms of every spinning draw at <paramref name="seconds"/>.</summary>
    public void Pose(double seconds, Span<DrawItem> draws)
    {
        foreach (var (first, count, pivot, axis, rate) in _pieces)
        {
            var turn = Matrix4x4.CreateFromAxisAngle(axis, Angle(rate, seconds));
            for (var d = first; d < first + count; d++)
            {
                ref var draw = ref draws[d];
                var w = _rest[d - _offset] * turn;
                w.Translation += pivot;
                draw.World = w;
                draw.PatternSpace = w;                 // the paint turns with the part
                // A rotation is its own inverse transpose, so the rest normal matrix only needs the turn.
                draw.NormalWorld = _restNormal[d - _offset] * turn;
            }
        }
    }

    /// <summary>rad in [0, 2π): how far a piece spinning at <paramref name="rate"/> rad/s has turned after
    /// <paramref name="seconds"/> (double, so a long video does not lose precision in the angle).</summary>
    public static float Angle(double rate, double seconds) => (float)(rate * seconds % (2 * Math.PI));
}
