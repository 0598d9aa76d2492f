using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Leisure;

/// <summary>
/// An amusement park: a paved midway along the action with a row of striped stalls behind it under strings of
/// bunting, a Ferris wheel rising over the stalls to the left of where the camera looks and a roller-coaster
/// running off to the right behind them, flag masts, balloons, and trees round the edge. After dark the wheel's
/// bulbs, the stalls' lamp strips and the midway's lamps are lit. The wheel turns (a spinner): the park is not a still.
/// </summary>
public static class AmusementPark
{
    private static readonly Material Midway = Paints.Srgb(125, 112, 100, 0.9f, 0, "midway") with { Pattern = "tiles" };

    public static void Dress(SetDresser d, PlaceContext context)
    {
        var (cx, back) = (d.Zone.CentreX, d.Zone.Back);
        Landforms.Slab(d.Layer("midway"), Midway, d.Left - 30, d.Right + 30, back - 60, d.Zone.Front + 25, 0.012f, 0.02f);
        // The wheel stands 24 m back, left of centre: the stalls hide its foot, its rim rises far above them.
        var wheel = new Vector3(cx - 6, 0, back - 18);
        // The stand stays put; the wheel on it turns about the hub for as long as the video runs.
        if (d.Put("ferris wheel", FerrisWheel.Stand, wheel, 0, 1, FerrisWheel.Footprint))
            d.Spinner("ferris wheel", new Kit().Add(FerrisWheel.Wheel(d.Dark), Matrix4x4.Identity), wheel + FerrisWheel.Centre, FerrisWheel.Spin);
        if (d.Dark)
        {
            d.Light(new LightSource(wheel + FerrisWheel.Centre + new Vector3(0, 0, 2), new Vector3(1, 0.85f, 0.6f) * 120, 40));
            d.Light(new LightSource(wheel + new Vector3(0, 3, 4), new Vector3(1, 0.8f, 0.55f) * 25, 18));
        }
        var coaster = new Kit();
        Coaster.Add(coaster, cx + 8, cx + 70, back - 30);
        d.Lay("coaster", coaster, Matrix4x4.Identity); // far behind the stalls: nothing of it nears the band
        // The stall row: a gap left where the wheel's foot shows through, then stalls every 5.5 m.
        var stalls = d.Dark ? Fairground.StallsLit : Fairground.Stalls;
        var row = back - 6.5f;
        var n = 0;
        for (var x = cx - 34; x < cx + 46; x += 5.5f, n++)
        {
            if (MathF.Abs(x - wheel.X) < 3.5f) continue;
            var at = new Vector3(x + d.Range(-0.4f, 0.4f), 0, row + d.Range(-0.6f, 0.6f));
            if (d.Put("stalls", stalls[n % stalls.Length], at, d.Range(-0.12f, 0.12f), 1, Fairground.StallRadius) && d.Dark && n % 3 == 0)
                d.Light(new LightSource(at + new Vector3(0, 2.5f, 1.2f), new Vector3(1, 0.82f, 0.55f) * 6, 10));
        }
        // Bunting on masts between the stalls and the midway, looping from mast to mast.
        var bunting = d.Layer("bunting", cx);
        var mastZ = back - 2.6f;
        var masts = new List<Vector3>();
        for (var x = cx - 30; x < cx + 44; x += 9)
        {
            var at = new Vector3(x, 0, mastZ - (masts.Count % 2) * 1.5f);
            if (d.Put("masts", Fairground.FlagPole(6, Fairground.Brights[masts.Count % Fairground.Brights.Length]), at, 0, 1, 0.2f)) masts.Add(at);
        }
        for (var i = 0; i + 1 < masts.Count; i++)
            Fairground.Bunting(bunting, masts[i] + new Vector3(0, 5.2f, 0), masts[i + 1] + new Vector3(0, 5.2f, 0), 1.0f);
        // Balloons tied at a few stalls, lamps along the midway's far edge.
        for (var i = 0; i < 5; i++)
            d.Put("balloons", Fairground.Balloons, new Vector3(cx + d.Range(-25, 35), 0, back - d.Range(3.5f, 4.5f)), d.Range(0, MathF.Tau), 1, 0.4f);
        for (var x = cx - 26.5f; x < cx + 44; x += 12)
        {
            var at = new Vector3(x, 0, back - 1.0f);
            if (d.Put("park lamps", d.Dark ? StreetProps.ParkLampLit : StreetProps.ParkLamp, at, 0, 1, 0.3f) && d.Dark)
                d.Light(StreetProps.LampLight(at + StreetProps.ParkLampHead, 6) with { Range = 14 });
        }
        // Trees round the edge, well clear of the rides.
        d.Scatter("trees", [Trees.Broadleaf, Trees.BroadleafDark], 26, d.Left, cx - 24, back - 12, back - 45, 1.0f, 1.4f, Trees.BroadleafRadius);
        d.Scatter("trees", [Trees.Broadleaf, Trees.BroadleafDark, Trees.Conifer], 40, d.Left - 20, d.Right + 20, back - 48, back - 75, 1.1f, 1.6f, Trees.BroadleafRadius);
        // Behind a walker the wheel is what says "amusement park": the camera keeps it whole, the cast small below it.
        var reach = FerrisWheel.Top - FerrisWheel.Hub;
        d.Backdrop = new Vista(new Vector3(wheel.X - reach, 0, wheel.Z - 2), new Vector3(wheel.X + reach, FerrisWheel.Top, wheel.Z + 2));
        // The establishing view: the wheel whole, the stalls before it and the coaster's first hill beside it.
        d.Vista = new Vista(new Vector3(wheel.X - (FerrisWheel.Top - FerrisWheel.Hub) - 0.5f, 0, wheel.Z - 2), new Vector3(wheel.X + 24, FerrisWheel.Top + 0.5f, row + 2));
    }
}
