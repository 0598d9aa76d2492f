using System.Numerics;
using Kinora.Compose;
using Kinora.Motion;
using Kinora.Render.Backend;

namespace Kinora.Render.Scene;

/// <summary>
/// The world's point and spot lights per frame: lights carried by an entity (headlights) follow its pose, lights
/// whose sphere of reach lies outside the view frustum are dropped, and of the rest the
/// <see cref="LightArray.MaxCount"/> nearest the camera are kept (a street of fifty lamps shades with the sixteen
/// that light what is seen). Arrays are made once; a frame allocates nothing.
/// </summary>
public sealed class SceneLights
{
    private readonly LightSource[] _lights;
    private readonly int[] _owner;          // entity index carrying each light, −1 for a fixed one
    private readonly GpuLight[] _placed;    // this frame's world-space lights
    private readonly float[] _score;        // this frame's sort key, +∞ when culled
    private readonly float[] _gain;         // this frame's brightness of each light (a fire's flicker), 1 for lamps

    /// <param name="extra">A light the renderer adds to the world's (a fire's, <see cref="FireLight"/>): the last index.</param>
    public SceneLights(World world, LightSource? extra = null)
    {
        _lights = extra is null ? [.. world.Environment.Lights] : [.. world.Environment.Lights, extra];
        _gain = new float[_lights.Length];
        Array.Fill(_gain, 1f);
        _owner = new int[_lights.Length];
        for (var i = 0; i < _lights.Length; i++)
            _owner[i] = _lights[i].OwnerId is { } id ? world.IndexOf(id) : -1;
        _placed = new GpuLight[_lights.Length];
        _score = new float[_lights.Length];
    }

    public int Count => _lights.Length;

    /// <summary>The light whose shadow is drawn (see <see cref="LampShadow"/>), −1 for none: <see cref="Fill"/> puts it
    /// first when it reaches what the frame sees.</summary>
    public int ShadowLight { get; set; } = -1;

    /// <summary>True after <see cref="Fill"/> when slot 0 holds <see cref="ShadowLight"/>.</summary>
    public bool FirstIsShadowLight { get; private set; }

    /// <summary>Moves fixed light <paramref name="i"/> (a fire placed for the shot's camera).</summary>
    public void Move(int i, Vector3 position) => _lights[i] = _lights[i] with { Position = position };

    /// <summary>Scales light <paramref name="i"/>'s brightness from now on (a fire's flicker this frame).</summary>
    public void SetGain(int i, float gain) => _gain[i] = gain;

    /// <summary>Whether light <paramref name="i"/> stands still (no entity carries it).</summary>
    public bool IsFixed(int i) => _owner[i] < 0;

    /// <summary>Places every light at a frame's poses, without choosing any (what <see cref="IlluminanceFrom"/> reads).</summary>
    public void PlaceAll(ReadOnlySpan<Pose> poses)
    {
        for (var i = 0; i < _lights.Length; i++) _placed[i] = PlaceAt(i, poses);
    }

    private GpuLight PlaceAt(int i, ReadOnlySpan<Pose> poses)
    {
        var placed = Place(_lights[i], _owner[i] >= 0 && _owner[i] < poses.Length ? poses[_owner[i]] : (Pose?)null);
        placed.ColorOuter = new Vector4(new Vector3(placed.ColorOuter.X, placed.ColorOuter.Y, placed.ColorOuter.Z) * _gain[i], placed.ColorOuter.W);
        return placed;
    }

    /// <summary>Places every light at this frame and copies the nearest visible ones into <paramref name="target"/>;
    /// returns how many.</summary>
    public int Fill(ReadOnlySpan<Pose> poses, in Matrix4x4 viewProjection, Vector3 eye, ref LightArray target)
    {
        if (_lights.Length == 0) return 0;
        Span<Vector4> planes = stackalloc Vector4[6];
        FrustumPlanes(viewProjection, planes);
        for (var i = 0; i < _lights.Length; i++)
        {
            _placed[i] = PlaceAt(i, poses);
            var p = _placed[i].PositionRange;
            var centre = new Vector3(p.X, p.Y, p.Z);
            _score[i] = p.W > 0 && p.LengthSquared() < float.PositiveInfinity && SphereVisible(planes, centre, p.W)
                ? Vector3.Distance(centre, eye) - p.W * 0.5f : float.PositiveInfinity;
        }
        // Partial selection sort: MaxCount passes over the lights, fine for the hundreds a scene may have. The
        // shadowed light goes first wherever it ranks, so the shaders find its shadow with light 0.
        var count = 0;
        FirstIsShadowLight = ShadowLight >= 0 && ShadowLight < _lights.Length && _score[ShadowLight] < float.PositiveInfinity;
        if (FirstIsShadowLight)
        {
            target[count++] = _placed[ShadowLight];
            _score[ShadowLight] = float.PositiveInfinity;
        }
        for (; count < LightArray.MaxCount; count++)
        {
            var best = -1;
            for (var i = 0; i < _lights.Length; i++)
                if (_score[i] < float.PositiveInfinity && (best < 0 || _score[i] < _score[best])) best = i;
            if (best < 0) break;
            target[count] = _placed[best];
            _score[best] = float.PositiveInfinity;
        }
        return count;
    }

    /// <summary>Illuminance on an upward-facing surface at <paramref name="point"/> from this frame's placed lights,
    /// in sun units (what <see cref="AutoExposure"/> meters). Call after <see cref="Fill"/>.</summary>
    public float IlluminanceAt(Vector3 point)
    {
        var sum = 0f;
        for (var i = 0; i < _placed.Length; i++) sum += IlluminanceFrom(i, point);
        return sum;
    }

    /// <summary>Illuminance at <paramref name="point"/> from placed light <paramref name="i"/> alone, sun units.</summary>
    public float IlluminanceFrom(int i, Vector3 point)
    {
        var l = _placed[i];
        var d = new Vector3(l.PositionRange.X, l.PositionRange.Y, l.PositionRange.Z) - point;
        var d2 = d.LengthSquared();
        var range = l.PositionRange.W;
        if (d2 >= range * range) return 0;
        var distance = MathF.Sqrt(d2);
        var toLight = d / MathF.Max(distance, 1e-4f);
        var cosine = MathF.Max(toLight.Y, 0.2f);   // a point meters light from the side too (walls, bodies)
        var spot = Spot(l, -toLight);
        var luma = 0.2126f * l.ColorOuter.X + 0.7152f * l.ColorOuter.Y + 0.0722f * l.ColorOuter.Z;
        return luma * Attenuation(d2, range) * cosine * spot;
    }

    /// <summary>Inverse square with a smooth window to zero at the range (Karis 2013), the same as lit.frag's;
    /// distance clamped to 10 cm so a lamp does not blow out the surface it touches.</summary>
    public static float Attenuation(float distanceSquared, float range)
    {
        var x = distanceSquared / (range * range);
        var window = Math.Clamp(1 - x * x, 0, 1);
        return window * window / MathF.Max(distanceSquared, 0.01f);
    }

    private static float Spot(in GpuLight l, Vector3 fromLight)
    {
        if (l.ColorOuter.W < -1.5f) return 1;
        var cos = Vector3.Dot(new Vector3(l.DirectionInner.X, l.DirectionInner.Y, l.DirectionInner.Z), fromLight);
        var t = Math.Clamp((cos - l.ColorOuter.W) / MathF.Max(l.DirectionInner.W - l.ColorOuter.W, 1e-4f), 0, 1);
        return t * t;
    }

    /// <summary>A light in world space: with an owner, its position and direction are carried from the owner's frame.</summary>
    public static GpuLight Place(LightSource light, Pose? owner)
    {
        var position = light.Position;
        var direction = light.Direction;
        if (owner is { } pose)
        {
            var rotation = Quaternion.Normalize(pose.Rotation);
            position = Vector3.Transform(position, rotation) + pose.Position;
            if (direction is { } d) direction = Vector3.Transform(d, rotation);
        }
        var outer = -2f;
        var inner = -2f;
        var axis = Vector3.UnitY;
        if (direction is { } dir && dir.LengthSquared() > 1e-8f)
        {
            axis = Vector3.Normalize(dir);
            var half = Math.Clamp(light.ConeDegrees, 1f, 89f) * MathF.PI / 180f;
            outer = MathF.Cos(half);
            inner = MathF.Cos(half * 0.8f);
        }
        return new GpuLight
        {
            PositionRange = new Vector4(position, MathF.Max(light.Range, 0)),
            ColorOuter = new Vector4(Vector3.Max(light.Color, Vector3.Zero), outer),
            DirectionInner = new Vector4(axis, inner),
        };
    }

    /// <summary>The six clip planes (inward normals, xyz·p + w ≥ 0 inside) of a row-vector view-projection with
    /// depth 0..1 (Gribb and Hartmann 2001).</summary>
    public static void FrustumPlanes(in Matrix4x4 m, Span<Vector4> planes)
    {
        var c1 = new Vector4(m.M11, m.M21, m.M31, m.M41);
        var c2 = new Vector4(m.M12, m.M22, m.M32, m.M42);
        var c3 = new Vector4(m.M13, m.M23, m.M33, m.M43);
        var c4 = new Vector4(m.M14, m.M24, m.M34, m.M44);
        planes[0] = c4 + c1;
        planes[1] = c4 - c1;
        planes[2] = c4 + c2;
        planes[3] = c4 - c2;
        planes[4] = c3;
        planes[5] = c4 - c3;
        for (var i = 0; i < 6; i++)
        {
            var n = new Vector3(planes[i].X, planes[i].Y, planes[i].Z).Length();
            if (n > 0) planes[i] /= n;
        }
    }

    public static bool SphereVisible(ReadOnlySpan<Vector4> planes, Vector3 centre, float radius)
    {
        foreach (var p in planes)
            if (p.X * centre.X + p.Y * centre.Y + p.Z * centre.Z + p.W < -radius) return false;
        return true;
    }
}
