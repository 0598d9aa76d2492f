using System.Numerics;
using Kinora.Motion;

namespace Kinora.Render.Scene;

/// <summary>
/// One lamp's shadow: a cube map of depths seen from the lamp (six 90° faces), so a lamp in a room throws the shadow
/// of a chair or a person on the floor and the walls around it the way the sun does outdoors. Only one lamp gets
/// one: the fixed lamp that lights the action most over the shot (picked once per track, so it never jumps from
/// lamp to lamp mid-shot and any frame renders the same on its own). Each caster goes only into the faces its
/// bounding sphere reaches, and the map keeps a still layer like the sun's (<see cref="ShadowMapCache"/>), so a
/// room where only a person moves redraws the person, not the room.
/// </summary>
public static class LampShadow
{
    /// <summary>Side of each cube face, texels: 1 cm at 2 m from the lamp, soft enough for a lamp's penumbra
    /// after the hardware 2×2 comparison.</summary>
    public const int MapSize = 512;
    /// <summary>Near plane, m: anything closer to the bulb than this (its socket, its glass) casts nothing.</summary>
    public const float Near = 0.05f;
    /// <summary>Frames of the track sampled to pick the lamp.</summary>
    private const int Samples = 8;

    /// <summary>The fixed light (index into <paramref name="lights"/>) that lights the camera's target most,
    /// summed over the shot, or −1 when none reaches it. Lights carried by a moving body (headlights) are left
    /// out: their map would be redrawn whole every frame.</summary>
    public static int Pick(SceneLights lights, Track track)
    {
        if (lights.Count == 0 || track.FrameCount == 0) return -1;
        Span<float> score = lights.Count <= 64 ? stackalloc float[lights.Count] : new float[lights.Count];
        for (var k = 0; k < Samples; k++)
        {
            var frame = (int)((long)k * (track.FrameCount - 1) / (Samples - 1));
            lights.PlaceAll(track.PosesAt(frame));
            var target = track.CameraAt(frame).Target;
            for (var i = 0; i < lights.Count; i++)
                if (lights.IsFixed(i)) score[i] += lights.IlluminanceFrom(i, target);
        }
        var best = -1;
        for (var i = 0; i < score.Length; i++)
            if (score[i] > 1e-4f && (best < 0 || score[i] > score[best])) best = i;
        return best;
    }

    /// <summary>The <see cref="Backend.FrameConstants.LampShadow"/> vector for a lamp reaching <paramref name="far"/> m.</summary>
    public static Vector4 Constants(float far)
    {
        var a = far / (far - Near);
        return new Vector4(a, Near * a, 2f / MapSize, 1);
    }

    /// <summary>Axis and up vector of each face, in GL's cube map order (+X, −X, +Y, −Y, +Z, −Z) and orientation.</summary>
    private static readonly (Vector3 Axis, Vector3 Up)[] FaceAxes =
    [
        (Vector3.UnitX, -Vector3.UnitY), (-Vector3.UnitX, -Vector3.UnitY), (Vector3.UnitY, Vector3.UnitZ),
        (-Vector3.UnitY, -Vector3.UnitZ), (Vector3.UnitZ, -Vector3.UnitY), (-Vector3.UnitZ, -Vector3.UnitY),
    ];

    /// <summary>World → clip of cube face <paramref name="face"/> (depth 0..1, GL's window origin).</summary>
    public static Matrix4x4 FaceViewProjection(Vector3 lamp, int face, float far)
    {
        var (axis, up) = FaceAxes[face];
        return Matrix4x4.CreateLookAt(lamp, lamp + axis, up) * Matrix4x4.CreatePerspectiveFieldOfView(MathF.PI / 2, 1, Near, far);
    }

    /// <summary>The faces (bit f for face f) a caster's bounding sphere (centre xyz, radius w) reaches; 0 when it lies
    /// beyond the lamp's reach or holds the lamp itself (its shade, its fixture, a merged wall: drawn, they would
    /// black out every direction).</summary>
    public static byte Faces(Vector3 lamp, Vector4 sphere, float far)
    {
        var c = new Vector3(sphere.X, sphere.Y, sphere.Z) - lamp;
        var r = sphere.W;
        var distance = c.Length();
        if (distance <= r || distance - r > far) return 0;
        var slack = r * MathF.Sqrt(2);
        byte mask = 0;
        for (var f = 0; f < 6; f++)
        {
            var k = f / 2;
            var along = (f % 2 == 0 ? 1 : -1) * c[k];
            if (along + r < Near) continue;
            // Inside or touching the face's four side planes (axis ± other axis ≥ 0): along − |other| ≥ −r√2.
            if (along - MathF.Abs(c[(k + 1) % 3]) >= -slack && along - MathF.Abs(c[(k + 2) % 3]) >= -slack) mask |= (byte)(1 << f);
        }
        return mask;
    }
}
