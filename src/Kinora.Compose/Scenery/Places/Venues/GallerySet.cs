using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Venues;

/// <summary>
/// An art gallery: a white-walled room hung with framed paintings of different sizes at eye level, each under its own
/// spotlight from a ceiling track and with a small wall label; a long leather bench in the middle and sculptures on
/// plinths (a bronze, a white marble abstract). The spotlit pictures on white are what name it.
/// </summary>
internal static class GallerySet
{
    private const float Depth = 3.8f, Height = 4.2f;
    /// <summary>m between the centres of neighbouring pictures.</summary>
    private const float Pitch = 2.6f;

    private static readonly Material White = Paints.Srgb(244, 243, 238, 0.9f, 0, "gallerywall");
    private static readonly Material Oak = Paints.Srgb(196, 160, 118, 0.35f, 0, "galleryoak") with { Pattern = "wood" };
    private static readonly Material Track = Paints.Srgb(30, 30, 32, 0.5f, 0.3f, "track");
    private static readonly Material Label = Paints.Srgb(250, 250, 248, 0.7f, 0, "walllabel");
    private static readonly Material Marble = Paints.Srgb(240, 238, 232, 0.3f, 0, "sculpturemarble");

    public static void Dress(SetDresser d, PlaceContext ctx)
    {
        var room = VenueHall.Build(d, Depth, Height, White);
        var cx = room.CentreX;
        VenueHall.Floor(d, room, Oak, 20);
        var trackZ = room.Wall + 1.4f;
        d.Layer("lights", cx).Paint(Track).Box(new Vector3(cx, Height - 0.3f, trackZ), new Vector3(14, 0.025f, 0.025f));
        var seed = ctx.Plan.Seed % 1000;
        for (int i = -4; i <= 4; i++)
        {
            var x = cx + i * Pitch + (i == 0 ? 0 : 0.15f * i);
            // Landscape pictures mostly, a tall one every third: a hang of mixed sizes reads as curated.
            var (w, h) = (i & 1) == 0 ? (d.Range(1.3f, 1.8f), d.Range(0.9f, 1.2f)) : (d.Range(0.8f, 1.0f), d.Range(1.1f, 1.35f));
            if (!room.Hang(d, Paintings.Framed(w, h, (int)seed + 17 * (i + 5)), x, 1.65f)) continue;
            d.Layer("pictures", x).Paint(Label).Box(new Vector3(x + w / 2 + 0.3f, 1.35f, room.Wall + 0.01f), new Vector3(0.07f, 0.05f, 0.004f));
            // A spot on the track aimed at the picture; the nearest ones also light it.
            var spot = new Vector3(x, Height - 0.42f, trackZ);
            d.Layer("lights", x).Paint(Track).Rod(spot + new Vector3(0, 0.1f, 0), spot + new Vector3(0, -0.05f, -0.12f), 0.05f, 0.06f, 8);
            d.Layer("lights", x).Paint(Palette.LampGlow).Ellipsoid(spot + new Vector3(0, -0.08f, -0.17f), new Vector3(0.045f, 0.045f, 0.02f), -0.6f, 0, 8, 4);
            if (MathF.Abs(i) <= 3)
                d.Light(new LightSource(spot, new Vector3(1f, 0.94f, 0.85f) * 4.5f, 6)
                    { Direction = Vector3.Normalize(new Vector3(0, 1.65f - spot.Y, room.Wall - spot.Z)), ConeDegrees = 28 });
        }
        d.Put("benches", LeisureFurniture.GalleryBench, new Vector3(cx - 0.6f, 0, room.Wall + 2.5f), 0, 1.3f, 0.35f);
        d.Put("sculpture", LeisureFurniture.Plinth, new Vector3(cx + 3.6f, 0, room.Wall + 2.2f), 0.5f, 1, 0.3f);
        d.Put("sculpture", Abstract, new Vector3(cx - 4.4f, 0, room.Wall + 2.0f), 0.2f, 1, 0.35f);
        d.Vista = VenueHall.Frame(room, 3.4f, 2.7f, 2.6f);
    }

    /// <summary>A white marble abstract on a black plinth: a ring standing on a swelling column.</summary>
    private static Kit Abstract { get; } = MakeAbstract();

    private static Kit MakeAbstract()
    {
        var k = new Kit();
        k.Paint(Paints.Black).Box(new Vector3(0, 0.4f, 0), new Vector3(0.3f, 0.4f, 0.3f));
        var m = k.Paint(Marble);
        m.Lathe([new(0.12f, 0.8f), new(0.2f, 1.0f), new(0.1f, 1.3f), new(0.16f, 1.5f)], Matrix4x4.Identity, 16);
        m.Torus(0.3f, 0.07f, Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateRotationY(0.5f) * Matrix4x4.CreateTranslation(0, 1.85f, 0), 24, 10);
        return k;
    }
}
