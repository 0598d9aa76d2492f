using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Leisure;

/// <summary>
/// A carousel in a park: the ride on a round paved apron ringed by a low painted fence, a ticket stall and a
/// balloon seller beside it, benches and lamps along the path in front, lawn and trees behind. Framed whole with
/// nobody cast; behind a walker it fills the background.
/// </summary>
public static class CarouselSet
{
    private static readonly Material Apron = Paints.Srgb(185, 175, 160, 0.9f, 0, "apron") with { Pattern = "tiles" };
    private static readonly Material Rail = Paints.Srgb(235, 232, 222, 0.5f, 0, "fencewhite");

    public static void Dress(SetDresser d, PlaceContext context)
    {
        var (cx, back) = (d.Zone.CentreX, d.Zone.Back);
        Landforms.Slab(d.Layer("path"), Palette.PathGravel, d.Left - 20, d.Right + 20, back - 1.5f, d.Zone.Front + 2, 0.012f, 0.02f);
        var at = new Vector3(cx + 1, 0, back - Carousel.Radius - 4);
        Flat.Disc(d.Layer("apron", at.X), Apron, at + new Vector3(0, 0.014f, 0), Carousel.Radius + 3, Carousel.Radius + 3, 40);
        // The whole ride turns (deck, horses, canopy) about its centre pole; the apron and fence stay put.
        if (d.Zone.Behind(at, Carousel.Radius))
            d.Spinner("carousel", new Kit().Add(d.Dark ? Carousel.Lit : Carousel.Day, Matrix4x4.CreateRotationY(0.3f)), at, Carousel.Spin);
        if (d.Dark)
        {
            d.Light(new LightSource(at + new Vector3(0, 3.8f, 0), new Vector3(1, 0.85f, 0.6f) * 30, 16));
            d.Light(new LightSource(at + new Vector3(0, 4.5f, Carousel.Radius + 1), new Vector3(1, 0.85f, 0.6f) * 20, 14));
        }
        // A waist-high fence round the apron, open at the front where riders step up.
        var fence = d.Layer("fence", at.X);
        var r = Carousel.Radius + 2.6f;
        for (var i = 0; i < 36; i++)
        {
            var a = i * MathF.Tau / 36;
            if (MathF.Abs(a - 1.5f * MathF.PI) < 0.35f) continue; // the gate, facing the camera
            var p = at + new Vector3(MathF.Cos(a), 0, -MathF.Sin(a)) * r;
            var q = at + new Vector3(MathF.Cos(a + MathF.Tau / 36), 0, -MathF.Sin(a + MathF.Tau / 36)) * r;
            fence.Paint(Rail).Rod(p, p + new Vector3(0, 0.9f, 0), 0.04f, 0.04f, 5);
            fence.Paint(Rail).Rod(p + new Vector3(0, 0.85f, 0), q + new Vector3(0, 0.85f, 0), 0.03f, 0.03f, 4);
        }
        var stalls = d.Dark ? Fairground.StallsLit : Fairground.Stalls;
        d.Put("stalls", stalls[0], new Vector3(at.X - Carousel.Radius - 6, 0, back - 4), 0.35f, 1, Fairground.StallRadius);
        d.Put("stalls", stalls[2], new Vector3(at.X + Carousel.Radius + 7, 0, back - 6), -0.4f, 1, Fairground.StallRadius);
        d.Put("balloons", Fairground.Balloons, new Vector3(at.X + Carousel.Radius + 3.5f, 0, back - 2.5f), 0, 1, 0.4f);
        for (var x = cx - 26f; x < d.Right; x += 8)
        {
            if (MathF.Abs(x - at.X) < Carousel.Radius + 2) continue;
            var p = new Vector3(x, 0, back - 1.0f);
            if ((int)MathF.Round((x - cx) / 8) % 2 == 0)
                d.Put("benches", StreetProps.Bench, p, 0, 1, 0.5f);
            else if (d.Put("park lamps", d.Dark ? StreetProps.ParkLampLit : StreetProps.ParkLamp, p, 0, 1, 0.3f) && d.Dark)
                d.Light(StreetProps.LampLight(p + StreetProps.ParkLampHead, 6) with { Range = 14 });
        }
        d.Scatter("grass", [Plants.GrassTuft], 120, d.Left, d.Right, back - 2, back - 25, 0.8f, 1.4f, 0.1f);
        d.Scatter("bushes", [Plants.Bush], 14, cx - 30, cx + 40, back - 14, back - 20, 0.8f, 1.3f, 0.8f);
        d.Scatter("trees", [Trees.Broadleaf, Trees.BroadleafDark], 20, d.Left, d.Right, back - 19, back - 35, 1.0f, 1.4f, Trees.BroadleafRadius);
        d.Scatter("trees", [Trees.Broadleaf, Trees.BroadleafDark, Trees.Conifer], 36, d.Left - 20, d.Right + 20, back - 35, back - 60, 1.1f, 1.6f, Trees.BroadleafRadius);
        d.Vista = new Vista(new Vector3(at.X - Carousel.Radius - 2.5f, 0, at.Z - Carousel.Radius), new Vector3(at.X + Carousel.Radius + 2.5f, Carousel.Height, at.Z + Carousel.Radius + 2));
    }
}
