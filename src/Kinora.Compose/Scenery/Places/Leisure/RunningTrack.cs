using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;
using Kinora.Compose.Scenery.Sets;

namespace Kinora.Compose.Scenery.Places.Leisure;

/// <summary>
/// An athletics track: eight red lanes with white lines round a green infield, the home straight along X under
/// the action (runners run along X) with its finish line, the bends sweeping round at both ends, the back straight
/// across the infield, and a roofed stand beyond it with floodlights.
/// </summary>
public static class RunningTrack
{
    private static readonly Material Tartan = Paints.Srgb(180, 62, 48, 0.85f, 0, "tartan");
    private static readonly Material Line = Paints.Srgb(245, 245, 240, 0.7f, 0, "laneline");
    private static readonly Material Infield = Paints.Srgb(62, 135, 52, 0.9f, 0, "infield") with { Pattern = "grass" };
    private static readonly Material[] Seats = [Paints.Srgb(30, 90, 170, 0.5f, 0, "seatblue"), Paints.Srgb(235, 200, 40, 0.5f, 0, "seatyellow")];

    /// <summary>m: lanes, a lane's width, the inner bend radius, the straight's half length.</summary>
    private const int Lanes = 8;
    private const float Lane = 1.22f, Bend = 36.5f, HalfStraight = 42.2f;

    public static void Dress(SetDresser d, PlaceContext context)
    {
        var cx = d.Zone.CentreX;
        // The track's middle lies ahead of the action (+X, where runners go), so its first bend sweeps away behind
        // the action's left and the frame shows the lanes curving: a straight alone reads as a red road.
        var tx = cx + HalfStraight - 10;
        var mid = (d.Zone.Back + d.Zone.Front) / 2;
        // The action runs in the middle lanes: the straight's inner edge is four lanes behind it.
        var inner = mid - 4 * Lane;
        var width = Lanes * Lane;
        var centreZ = inner - Bend; // the infield's middle
        var k = d.Layer("track", tx);
        foreach (var side in new[] { -1f, 1f })
            Flat.Disc(k, Infield, new Vector3(tx + side * HalfStraight, 0.01f, centreZ), Bend, Bend, 48);
        Landforms.Slab(k, Infield, tx - HalfStraight, tx + HalfStraight, centreZ - Bend, inner, 0.012f, 0.005f);
        foreach (var (z0, z1) in new[] { (inner, inner + width), (centreZ - Bend - width, centreZ - Bend) })
        {
            Landforms.Slab(k, Tartan, tx - HalfStraight, tx + HalfStraight, z0, z1, 0.028f, 0.01f);
            for (var l = 0; l <= Lanes; l++)
                Landforms.Slab(k, Line, tx - HalfStraight, tx + HalfStraight, z0 + l * Lane - 0.025f, z0 + l * Lane + 0.025f, 0.038f, 0.005f);
        }
        foreach (var side in new[] { -1f, 1f })
        {
            var centre = new Vector3(tx + side * HalfStraight, 0.028f, centreZ);
            var (a0, a1) = side > 0 ? (-MathF.PI / 2, MathF.PI / 2) : (MathF.PI / 2, 3 * MathF.PI / 2);
            Flat.Ring(k, Tartan, centre, Bend, Bend + width, a0, a1, 48);
            for (var l = 0; l <= Lanes; l++)
                Flat.Ring(k, Line, centre + new Vector3(0, 0.01f, 0), Bend + l * Lane - 0.025f, Bend + l * Lane + 0.025f, a0, a1, 48);
        }
        // The finish line across the home straight, and lane numbers' blocks before it.
        var finish = cx + 24;
        Landforms.Slab(k, Line, finish - 0.05f, finish + 0.05f, inner, inner + width, 0.042f, 0.005f);
        for (var l = 0; l < Lanes; l++)
            Landforms.Slab(k, Line, finish + 1.2f, finish + 1.6f, inner + l * Lane + 0.45f, inner + l * Lane + 0.8f, 0.042f, 0.005f);
        // Hurdles set out on the back straight.
        var hurdle = new Kit();
        hurdle.Paint(Paints.White).Box(new Vector3(0, 0.9f, 0), new Vector3(0.5f, 0.06f, 0.02f));
        foreach (var x in new[] { -0.5f, 0.5f })
            hurdle.Paint(Palette.PostMetal).Rod(new Vector3(x, 0, 0), new Vector3(x, 0.84f, 0), 0.02f, 0.02f, 4);
        for (var h = 0; h < 4; h++)
            for (var l = 0; l < Lanes; l++)
                d.Put("hurdles", hurdle, new Vector3(tx - 30 + h * 9, 0, centreZ - Bend - width + (l + 0.5f) * Lane), MathF.PI / 2, 1, 0.3f);
        // The stand beyond the back straight, floodlights at its ends.
        var standFront = centreZ - Bend - width - 4;
        d.Put("stands", Stands.Build(110, 18, Seats, 0.5f, roof: true), new Vector3(tx - 10, 0, standFront), 0, 1, 1);
        foreach (var side in new[] { -1f, 1f })
        {
            var mast = new Vector3(tx - 10 + side * 66, 0, standFront - 4);
            d.Put("floodlights", TransitSet.Floodlight, mast, 0, 1.6f, 0.5f);
            if (d.Dark) d.Light(new LightSource(mast + new Vector3(0, 31.5f, 2), new Vector3(1, 0.97f, 0.92f) * 250, 110));
        }
        d.Scatter("trees", [Trees.Broadleaf, Trees.BroadleafDark], 30, d.Left - 40, d.Right + 40, standFront - 25, standFront - 60, 1.1f, 1.6f, Trees.BroadleafRadius);
        d.Vista = new Vista(new Vector3(cx - 22, 0, inner - 6), new Vector3(cx + 6, 2.5f, inner + width + 1));
    }
}
