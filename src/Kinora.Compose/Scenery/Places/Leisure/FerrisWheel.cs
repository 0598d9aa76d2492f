using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Places.Leisure;

/// <summary>
/// A Ferris wheel, the landmark that names a fairground from a distance: two white rims 28 m across joined by cross
/// bars, spokes to a hub 16.5 m up on A-frame legs, and 16 coloured cabins round the rim. After dark bulbs along the
/// rims and spokes glow. It comes in two pieces: the <see cref="Stand"/> (legs, axle, boarding platform) stands still,
/// the <see cref="Wheel"/> (rims, spokes, cabins, bulbs) turns about the hub once every <see cref="Period"/> seconds
/// in the plane facing +Z (towards the camera), so it reads round.
/// <para>A real gondola swings to stay level as it goes round, which is a move along a circle, not a turn about the
/// hub. The cabins here are drums whose axis is the wheel's (a round capsule with a porthole at each end and a glass
/// band round its middle, as on an observation wheel): a body of revolution about an axis parallel to the spin looks
/// the same at every angle, so turned with the wheel it stays level to the eye, and the whole wheel is one spinner.</para>
/// </summary>
public static class FerrisWheel
{
    public const float Radius = 14, Hub = 16.5f;
    /// <summary>m; the footprint the legs splay over (for <see cref="SetDresser.Put"/>).</summary>
    public const float Footprint = 4;
    /// <summary>s per turn: a fairground wheel goes round in about half a minute, slow enough to ride, quick enough to
    /// see turn in a few seconds of video (2.4 m/s at the rim).</summary>
    public const float Period = 36;
    /// <summary>m; the cabins' centres sit this far outside the rim, so the rim never crosses their faces.</summary>
    public const float CabinOut = 1.15f;
    /// <summary>m; a cabin drum's radius.</summary>
    public const float CabinRadius = 0.95f;
    /// <summary>m; the top of the wheel above the ground (a cabin at the top).</summary>
    public const float Top = Hub + Radius + CabinOut + CabinRadius;
    private const int Spokes = 16;
    private const float HalfWidth = 1.3f;

    private static readonly Material Frame = Paints.Srgb(235, 235, 240, 0.4f, 0.2f, "wheelframe");
    private static readonly Material Legs = Paints.Srgb(200, 205, 215, 0.45f, 0.4f, "wheellegs");
    private static readonly Material[] Cabins =
    [
        Paints.Srgb(215, 40, 45, 0.4f, 0, "cabinred"), Paints.Srgb(245, 190, 30, 0.4f, 0, "cabinyellow"),
        Paints.Srgb(40, 110, 200, 0.4f, 0, "cabinblue"), Paints.Srgb(60, 170, 80, 0.4f, 0, "cabingreen"),
    ];
    private static readonly Material BulbOff = Paints.Srgb(240, 235, 210, 0.3f, 0, "bulboff");
    private static readonly Material BulbLit = Palette.Glow(255, 225, 150, 5f, "bulblit");

    /// <summary>The legs, axle and platform, the foot on the origin.</summary>
    public static Kit Stand { get; } = MakeStand();
    /// <summary>The turning wheel built round its hub at the origin (place it at <see cref="Centre"/> above the foot).</summary>
    public static Kit Day { get; } = MakeWheel(false);
    public static Kit Lit { get; } = MakeWheel(true);

    /// <summary>The wheel by day or lit.</summary>
    public static Kit Wheel(bool lit) => lit ? Lit : Day;

    /// <summary>Where the hub (the wheel's pivot) sits, relative to the foot.</summary>
    public static Vector3 Centre => new(0, Hub, 0);

    /// <summary>rad/s about world axes: a turn about Z every <see cref="Period"/> s, the front going clockwise as the
    /// camera sees it.</summary>
    public static Vector3 Spin => new(0, 0, -MathF.Tau / Period);

    private static Kit MakeStand()
    {
        var k = new Kit();
        var hub = Centre;
        foreach (var side in new[] { -HalfWidth, HalfWidth })
            // Legs: an A-frame each side from the ground to the hub.
            foreach (var foot in new[] { -1f, 1f })
                k.Paint(Legs).Rod(new Vector3(foot * Radius * 0.5f, 0, side * 2.6f), hub + new Vector3(0, 0, side * 1.1f), 0.3f, 0.2f, 8);
        k.Paint(Legs).Rod(hub - new Vector3(0, 0, 2), hub + new Vector3(0, 0, 2), 0.55f, 0.55f, 12);
        // The boarding platform at the foot, low enough that the lowest cabin (0.4 m up) passes just over it.
        k.Paint(Paints.Srgb(120, 80, 60, 0.8f, 0, "platform")).Box(new Vector3(0, 0.15f, 0), new Vector3(4, 0.15f, 3.2f));
        return k;
    }

    private static Kit MakeWheel(bool lit)
    {
        var k = new Kit();
        var frame = k.Paint(Frame);
        var ring = Matrix4x4.CreateRotationX(MathF.PI / 2);
        foreach (var side in new[] { -HalfWidth, HalfWidth })
        {
            // The rim: a torus turned up into the XY plane, an inner ring braced to it.
            frame.Torus(Radius, 0.2f, ring * Matrix4x4.CreateTranslation(0, 0, side), 64, 6);
            frame.Torus(Radius * 0.93f, 0.1f, ring * Matrix4x4.CreateTranslation(0, 0, side), 64, 5);
            for (var i = 0; i < Spokes; i++)
                frame.Rod(new Vector3(0, 0, side * 0.6f), Rim(i, Radius) + new Vector3(0, 0, side), 0.09f, 0.06f, 5);
        }
        var bulbs = k.Paint(lit ? BulbLit : BulbOff);
        var glass = k.Paint(Palette.WindowGlass);
        for (var i = 0; i < Spokes; i++)
        {
            var rim = Rim(i, Radius);
            frame.Rod(rim - new Vector3(0, 0, HalfWidth), rim + new Vector3(0, 0, HalfWidth), 0.08f, 0.08f, 5);
            // A cabin outside the rim on two brackets: a drum along the axle, a porthole at each end, a glass band.
            var cabin = Rim(i, Radius + CabinOut);
            foreach (var side in new[] { -HalfWidth, HalfWidth })
                frame.Rod(rim + new Vector3(0, 0, side), cabin + new Vector3(0, 0, side * 0.7f), 0.06f, 0.06f, 4);
            var alongZ = ring * Matrix4x4.CreateTranslation(cabin);
            k.Paint(Cabins[i % Cabins.Length]).Cylinder(Matrix4x4.CreateScale(CabinRadius, 0.95f, CabinRadius) * alongZ, 1, 14);
            glass.Cylinder(Matrix4x4.CreateScale(CabinRadius + 0.02f, 0.4f, CabinRadius + 0.02f) * alongZ, 1, 14);
            foreach (var end in new[] { -0.96f, 0.96f })
                glass.Cylinder(Matrix4x4.CreateScale(CabinRadius * 0.6f, 0.02f, CabinRadius * 0.6f) * ring * Matrix4x4.CreateTranslation(cabin + new Vector3(0, 0, end)), 1, 12);
            // Bulbs along each spoke.
            for (var b = 1; b <= 4; b++)
                bulbs.Sphere(Matrix4x4.CreateScale(0.14f) * Matrix4x4.CreateTranslation(rim * (b / 4.5f) + new Vector3(0, 0, HalfWidth + 0.15f)), 6, 4);
        }
        for (var i = 0; i < 64; i++)
        {
            var a = i * MathF.Tau / 64;
            bulbs.Sphere(Matrix4x4.CreateScale(0.16f) * Matrix4x4.CreateTranslation(new Vector3(MathF.Cos(a), MathF.Sin(a), 0) * Radius + new Vector3(0, 0, HalfWidth + 0.2f)), 6, 4);
        }
        return k;
    }

    /// <summary>The point at <paramref name="r"/> m from the hub on spoke <paramref name="i"/>, in the wheel's middle
    /// plane, relative to the hub.</summary>
    private static Vector3 Rim(int i, float r)
    {
        var a = (i + 0.5f) * MathF.Tau / Spokes;
        return new Vector3(MathF.Cos(a) * r, MathF.Sin(a) * r, 0);
    }
}
