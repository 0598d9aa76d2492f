using System.Numerics;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Meshes;

/// <summary>
/// Compound shapes shared by several families: banded bodies (zebra stripes are geometry: alternate bands of a
/// surface of revolution get alternate paints), spots laid on a surface (giraffe and cow patches), wheels.
/// </summary>
public static class Shapes
{
    /// <summary>
    /// A rounded body of revolution along +X from <paramref name="start"/>, length <paramref name="length"/>,
    /// elliptical cross-section of half height <paramref name="halfHeight"/> and half width
    /// <paramref name="halfWidth"/>. The radius follows sin(πt)^<paramref name="fullness"/> (lower is blunter).
    /// With several paints the body is cut into that many-times-repeated bands along its length.
    /// </summary>
    public static void Barrel(Func<int, MeshBuilder> band, int bands, Vector3 start, float length, float halfHeight, float halfWidth, float fullness = 0.5f)
    {
        var m = Matrix4x4.CreateScale(halfHeight, length, halfWidth) * Matrix4x4.CreateRotationZ(-MathF.PI / 2) * Matrix4x4.CreateTranslation(start);
        const int samples = 24;
        for (var b = 0; b < bands; b++)
        {
            var (t0, t1) = ((float)b / bands, (float)(b + 1) / bands);
            var steps = Math.Max(2, (int)MathF.Ceiling(samples / (float)bands) + 1);
            var profile = new List<Vector2>();
            for (var i = 0; i <= steps; i++)
            {
                var t = t0 + (t1 - t0) * i / steps;
                profile.Add(new Vector2(BarrelRadius(t, fullness), t));
            }
            band(b).Lathe(profile, m, 28);
        }
    }

    public static float BarrelRadius(float t, float fullness) => MathF.Pow(MathF.Max(0, MathF.Sin(MathF.PI * Math.Clamp(t, 0, 1))), fullness);

    /// <summary>A point on the surface of a <see cref="Barrel"/> (t along, angle round from the top) and its outward normal.</summary>
    public static (Vector3 Point, Vector3 Normal) BarrelSurface(Vector3 start, float length, float halfHeight, float halfWidth, float fullness, float t, float angle)
    {
        var r = BarrelRadius(t, fullness);
        var p = start + new Vector3(length * t, halfHeight * r * MathF.Cos(angle), halfWidth * r * MathF.Sin(angle));
        var n = Vector3.Normalize(new Vector3(0, MathF.Cos(angle) / halfHeight, MathF.Sin(angle) / halfWidth));
        return (p, n);
    }

    /// <summary>A rod from a to b cut into bands (stripes across a leg or neck), capped with spheres at the ends.</summary>
    public static void BandedRod(Func<int, MeshBuilder> band, int bands, Vector3 a, Vector3 b, float ra, float rb)
    {
        for (var i = 0; i < bands; i++)
        {
            var (t0, t1) = ((float)i / bands, (float)(i + 1) / bands);
            band(i).Rod(Vector3.Lerp(a, b, t0), Vector3.Lerp(a, b, t1), ra + (rb - ra) * t0, ra + (rb - ra) * t1);
        }
        band(0).Sphere(Matrix4x4.CreateScale(ra) * Matrix4x4.CreateTranslation(a), 12, 8);
        band(bands - 1).Sphere(Matrix4x4.CreateScale(rb) * Matrix4x4.CreateTranslation(b), 12, 8);
    }

    /// <summary>A flat spot (a squashed ellipsoid) centred on a surface point, its thin axis along the normal.</summary>
    public static void Spot(MeshBuilder m, Vector3 point, Vector3 normal, float radiusA, float radiusB, float thickness, float spin)
    {
        var local = Matrix4x4.CreateScale(radiusA, thickness, radiusB) * Matrix4x4.CreateRotationY(spin) * MeshBuilder.AlignY(normal) * Matrix4x4.CreateTranslation(point);
        m.Sphere(local, 12, 6);
    }

    /// <summary>Spots scattered over a barrel body.</summary>
    public static void SpotBarrel(MeshBuilder m, ref SeededRandom random, int count, Vector3 start, float length, float halfHeight, float halfWidth, float fullness, float size, float tMin = 0.08f, float tMax = 0.92f)
    {
        for (var i = 0; i < count; i++)
        {
            var t = random.RangeF(tMin, tMax);
            var angle = random.RangeF(-2.6f, 2.6f); // not underneath
            var (p, n) = BarrelSurface(start, length, halfHeight, halfWidth, fullness, t, angle);
            var s = size * random.RangeF(0.7f, 1.3f);
            Spot(m, p, n, s, s * random.RangeF(0.6f, 1f), s * 0.12f, random.RangeF(0, MathF.PI));
        }
    }

    /// <summary>Spots scattered over a rod (neck, leg) from a to b with radii ra, rb.</summary>
    public static void SpotRod(MeshBuilder m, ref SeededRandom random, int count, Vector3 a, Vector3 b, float ra, float rb, float size)
    {
        var axis = Vector3.Normalize(b - a);
        var side = Vector3.Normalize(Vector3.Cross(axis, MathF.Abs(axis.Z) > 0.9f ? Vector3.UnitX : Vector3.UnitZ));
        var up = Vector3.Cross(side, axis);
        for (var i = 0; i < count; i++)
        {
            var t = random.RangeF(0.05f, 0.95f);
            var angle = random.RangeF(0, 2 * MathF.PI);
            var n = side * MathF.Cos(angle) + up * MathF.Sin(angle);
            var p = Vector3.Lerp(a, b, t) + n * (ra + (rb - ra) * t);
            var s = size * random.RangeF(0.7f, 1.2f);
            Spot(m, p, n, s, s * random.RangeF(0.6f, 1f), s * 0.12f, random.RangeF(0, MathF.PI));
        }
    }

    /// <summary>
    /// A road wheel standing in the XY plane (axle along Z) touching the ground: a tyre (torus), a hub disc and,
    /// optionally, spokes. <paramref name="centre"/> is the axle point.
    /// </summary>
    public static void Wheel(MeshBuilder tyre, MeshBuilder hub, Vector3 centre, float radius, float width, bool spokes = false)
    {
        var minor = spokes ? radius * 0.06f : width / 2;
        var major = radius - minor;
        var toXy = Matrix4x4.CreateRotationX(MathF.PI / 2);
        tyre.Torus(major, minor, toXy * Matrix4x4.CreateTranslation(centre), 32, 10);
        if (!spokes)
        {
            tyre.Cylinder(Matrix4x4.CreateScale(major, width * 0.42f, major) * toXy * Matrix4x4.CreateTranslation(centre), 1, 24);
            hub.Cylinder(Matrix4x4.CreateScale(major * 0.7f, width * 0.5f, major * 0.7f) * toXy * Matrix4x4.CreateTranslation(centre), 1, 20);
            return;
        }
        hub.Cylinder(Matrix4x4.CreateScale(radius * 0.06f, width * 0.8f, radius * 0.06f) * toXy * Matrix4x4.CreateTranslation(centre), 1, 10);
        for (var i = 0; i < 12; i++)
        {
            var a = MathF.PI * i / 6;
            var d = new Vector3(MathF.Cos(a), MathF.Sin(a), 0);
            hub.Rod(centre, centre + d * major, radius * 0.008f, radius * 0.008f, 4);
        }
    }
}
