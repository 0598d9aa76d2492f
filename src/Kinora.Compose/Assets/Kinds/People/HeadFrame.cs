using System.Numerics;

namespace Kinora.Compose.Assets.Kinds.Person;

/// <summary>
/// Places the head's parts. Everything on the head is written in head-local metres of an adult (origin at the
/// skull's centre, +X forward out of the face, +Y up, +Z the person's right) and the frame moves and scales it onto
/// the body: a child's head is the same face at a bigger share of the body (<see cref="PersonLook.HeadScale"/>).
/// </summary>
public readonly record struct HeadFrame(Vector3 Centre, float Scale)
{
    /// <summary>A head-local point in the model's natural units.</summary>
    public Vector3 P(Vector3 local) => Centre + local * Scale;

    /// <summary>The unit sphere scaled to <paramref name="radii"/> and centred on a head-local point.</summary>
    public Matrix4x4 At(Vector3 centre, Vector3 radii) => Matrix4x4.CreateScale(radii * Scale) * Matrix4x4.CreateTranslation(P(centre));

    /// <summary>As <see cref="At(Vector3, Vector3)"/>, turned by <paramref name="turn"/> about its own centre first.</summary>
    public Matrix4x4 At(Vector3 centre, Vector3 radii, Matrix4x4 turn) =>
        Matrix4x4.CreateScale(radii * Scale) * turn * Matrix4x4.CreateTranslation(P(centre));
}

/// <summary>An ellipsoid of the head's skin, head-local (see <see cref="HeadFrame"/>).</summary>
public readonly record struct Lump(Vector3 Centre, Vector3 Radii)
{
    /// <summary>How far forward (+X) the lump's surface reaches at height y and side z; −∞ where the lump is not.</summary>
    public float FrontX(float y, float z)
    {
        var (dy, dz) = ((y - Centre.Y) / Radii.Y, (z - Centre.Z) / Radii.Z);
        var k = 1 - dy * dy - dz * dz;
        return k < 0 ? float.NegativeInfinity : Centre.X + Radii.X * MathF.Sqrt(k);
    }
}
