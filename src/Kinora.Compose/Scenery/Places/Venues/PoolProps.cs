using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Assets.Meshes;

namespace Kinora.Compose.Scenery.Places.Venues;

/// <summary>
/// A swimming pool's fittings: a lane rope of floats, a starting block, a pool ladder, and a line of backstroke flags.
/// Face +Z (the swimmer dives towards +Z), foot at the origin; ropes and flag lines run along their own length.
/// </summary>
internal static class PoolProps
{
    private static readonly Material[] Floats =
    [
        Paints.Srgb(200, 35, 35, 0.5f, 0, "floatred"),
        Paints.Srgb(240, 240, 235, 0.5f, 0, "floatwhite"),
        Paints.Srgb(30, 70, 180, 0.5f, 0, "floatblue"),
    ];
    private static readonly Material BlockWhite = Paints.Srgb(235, 236, 232, 0.4f, 0, "startblock");
    private static readonly Material Grip = Paints.Srgb(40, 90, 160, 0.8f, 0, "blockgrip");

    /// <summary>A lane rope <paramref name="length"/> m along Z from z = 0 to −length: red floats for 5 m at each end,
    /// blue and white between (what a swimmer reads as "near the wall").</summary>
    public static Kit LaneRope(float length)
    {
        var k = new Kit();
        const float pitch = 0.5f;
        for (var z = 0.25f; z < length; z += pitch)
        {
            var i = (int)(z / pitch);
            var colour = z < 5 || z > length - 5 ? Floats[i % 2 == 0 ? 0 : 1] : Floats[i % 2 == 0 ? 2 : 1];
            k.Paint(colour).Rod(new Vector3(0, 0, -z + 0.2f), new Vector3(0, 0, -z - 0.2f), 0.06f, 0.06f, 6);
        }
        return k;
    }

    /// <summary>A starting block: a pedestal with a sloping top and grip, a lane number plate facing the pool.</summary>
    public static Kit StartingBlock(int lane)
    {
        var k = new Kit();
        k.Paint(BlockWhite).Box(new Vector3(0, 0.33f, 0), new Vector3(0.24f, 0.33f, 0.22f));
        k.Paint(BlockWhite).Box(new Vector3(0, 0.7f, 0.04f), new Vector3(0.27f, 0.04f, 0.3f), 0, 0);
        k.Paint(Grip).Box(new Vector3(0, 0.745f, 0.04f), new Vector3(0.25f, 0.005f, 0.28f));
        k.Paint(Paints.Black).Box(new Vector3(0, 0.42f, 0.225f), new Vector3(0.13f, 0.13f, 0.005f));
        // The lane number as white bars (one per lane, up to 3, then a square): readable as a digit plate from afar.
        for (var b = 0; b < Math.Min(lane, 3); b++)
            k.Paint(Paints.White).Box(new Vector3(-0.06f + b * 0.06f, 0.42f, 0.231f), new Vector3(0.012f, 0.08f, 0.002f));
        k.Paint(Paints.Chrome).Rod(new Vector3(-0.2f, 0.74f, -0.28f), new Vector3(-0.2f, 0.55f, -0.38f), 0.015f, 0.015f, 5);
        k.Paint(Paints.Chrome).Rod(new Vector3(0.2f, 0.74f, -0.28f), new Vector3(0.2f, 0.55f, -0.38f), 0.015f, 0.015f, 5);
        return k;
    }

    /// <summary>A pool ladder on the edge at z = 0, its rails rising from the deck (−Z) and curving down into the water
    /// (+Z), with treads below the surface.</summary>
    public static Kit Ladder { get; } = MakeLadder();

    private static Kit MakeLadder()
    {
        var k = new Kit();
        var steel = k.Paint(Paints.Chrome);
        foreach (var x in new[] { -0.25f, 0.25f })
        {
            steel.Rod(new Vector3(x, 0, -0.3f), new Vector3(x, 0.8f, -0.3f), 0.022f, 0.022f, 6);
            steel.Rod(new Vector3(x, 0.8f, -0.3f), new Vector3(x, 0.9f, -0.1f), 0.022f, 0.022f, 6);
            steel.Rod(new Vector3(x, 0.9f, -0.1f), new Vector3(x, 0.8f, 0.1f), 0.022f, 0.022f, 6);
            steel.Rod(new Vector3(x, 0.8f, 0.1f), new Vector3(x, -0.2f, 0.15f), 0.022f, 0.022f, 6);
        }
        steel.Box(new Vector3(0, -0.05f, 0.15f), new Vector3(0.25f, 0.012f, 0.05f));
        return k;
    }

    /// <summary>Backstroke flags across the pool: two posts <paramref name="span"/> m apart along X, a line 1.8 m up, and
    /// pennants in red, white and blue hanging from it.</summary>
    public static Kit Flags(float span)
    {
        var k = new Kit();
        var h = span / 2;
        foreach (var x in new[] { -h, h }) k.Paint(Paints.Steel).Rod(new Vector3(x, 0, 0), new Vector3(x, 1.9f, 0), 0.03f, 0.03f, 6);
        k.Paint(Paints.White).Rod(new Vector3(-h, 1.85f, 0), new Vector3(h, 1.85f, 0), 0.006f, 0.006f, 3);
        Vector2[] pennant = [new(-0.12f, 0), new(0.12f, 0), new(0, -0.28f)];
        var i = 0;
        for (var x = -h + 0.25f; x < h - 0.1f; x += 0.3f, i++)
            k.Paint(Floats[i % 3]).Extrude(pennant, 0.004f, Matrix4x4.CreateTranslation(x, 1.85f, 0));
        return k;
    }
}
