using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Venues;

/// <summary>
/// An aquarium's viewing hall: dark at any hour (<see cref="Air"/>), its back wall one wide window onto a deep tank of
/// glowing blue water with sand, rocks, kelp and coral, a shoal of reef fish, big fish and a shark; column tanks with
/// jellyfish either side, and benches in silhouette. The tank's glow is the hall's light, which is what names it.
/// </summary>
internal static class AquariumSet
{
    /// <summary>m from the band to the tank's glass.</summary>
    private const float Depth = 4.2f;
    private const float Height = 5f, TankWidth = 13f, TankDepth = 4f, Sill = 0.45f, Window = 3.5f;

    private static readonly Material Wall = Paints.Srgb(20, 26, 34, 0.8f, 0, "aquariumwall");
    private static readonly Material Floor = Paints.Srgb(22, 25, 30, 0.75f, 0, "aquariumfloor");
    private static readonly Material Glass = Paints.Srgb(150, 200, 220, 0.02f, 0, "tankglass") with { Pattern = "glass" };

    public static void Dress(SetDresser d, PlaceContext ctx)
    {
        var z = d.Zone.Back - Depth;
        var cx = d.Zone.CentreX;
        var room = new Sets.RoomShell(z, cx);
        d.Wall = z;
        // The wall round the window (a solid wall would hide the tank).
        var walls = d.Layer("walls", cx).Paint(Wall);
        var (hw, top) = (TankWidth / 2, Sill + Window);
        foreach (var s in new[] { -1f, 1f })
            walls.Box(new Vector3(cx + s * (hw + 15.15f), Height / 2, z - 0.1f), new Vector3(15, Height / 2, 0.1f));
        walls.Box(new Vector3(cx, (top + Height) / 2, z - 0.1f), new Vector3(hw + 0.2f, (Height - top) / 2, 0.1f));
        walls.Box(new Vector3(cx, Sill / 2, z - 0.1f), new Vector3(hw + 0.2f, Sill / 2, 0.1f));
        VenueHall.Floor(d, room, Floor, 20);
        d.Lay("tank", AquariumProps.Tank(TankWidth, Window, Sill, TankDepth, 7), Kit.At(new Vector3(cx, 0, z)));
        d.Layer("glass", cx).Paint(Glass).Box(new Vector3(cx, Sill + Window / 2, z + 0.01f), new Vector3(hw, Window / 2, 0.01f));
        Fish(d, cx, z);
        foreach (var s in new[] { -1f, 1f })
        {
            var at = new Vector3(cx + s * (hw + 1.6f), 0, z + 1.0f);
            if (d.Put("column tanks", AquariumProps.Column(0.75f, Height, s > 0 ? 3 : 4), at, 0, 1, 0.85f))
                d.Light(new LightSource(at + new Vector3(0, 1.8f, 1.0f), new Vector3(0.35f, 0.6f, 1f) * 1.2f, 6));
        }
        d.Put("benches", LeisureFurniture.GalleryBench, new Vector3(cx - 2.2f, 0, z + 2.4f), 0, 1.1f, 0.3f);
        d.Put("benches", LeisureFurniture.GalleryBench, new Vector3(cx + 2.6f, 0, z + 2.4f), 0, 1.1f, 0.3f);
        // Light inside the tank from its lit surface, so the fish and rocks show; the glass throws blue into the hall.
        d.Light(new LightSource(new Vector3(cx, top + 0.2f, z - 1.2f), new Vector3(0.6f, 0.85f, 1f) * 14, 9)
            { Direction = -Vector3.UnitY, ConeDegrees = 80 });
        d.Light(new LightSource(new Vector3(cx, 2.2f, z - 0.3f), new Vector3(0.25f, 0.55f, 1f) * 9, 12)
            { Direction = Vector3.UnitZ, ConeDegrees = 80 });
        // A soft blue wash over the floor where people stand, as the tank's glow fills a real hall: without it a
        // visitor is a black cut-out against the glass.
        d.Light(new LightSource(new Vector3(cx, 3.6f, d.Zone.Back + 2.5f), new Vector3(0.55f, 0.7f, 0.95f) * 3.5f, 9));
        d.Vista = VenueHall.Frame(room, hw - 1.2f, top + 0.2f, 1.6f);
    }

    /// <summary>A shoal of small reef fish in the front half of the tank, a few big fish deeper, a shark at the back:
    /// all side-on to the glass, the way they cruise past a viewer.</summary>
    private static void Fish(SetDresser d, float cx, float z)
    {
        var reef = StillKinds.Of("tropical fish");
        var big = StillKinds.Of("fish");
        var gold = StillKinds.Of("goldfish");
        for (var i = 0; i < 12; i++)
        {
            var at = new Vector3(cx + d.Range(-5.5f, 5.5f), Sill + d.Range(0.9f, Window - 0.4f), z - d.Range(0.4f, 1.6f));
            d.Lay("fish", i % 3 == 2 ? gold : reef, Kit.At(at, (i & 1) == 0 ? MathF.PI / 2 : -MathF.PI / 2, d.Range(3.2f, 4.2f)));
        }
        for (var i = 0; i < 4; i++)
        {
            var at = new Vector3(cx + d.Range(-5, 5), Sill + d.Range(1.0f, Window - 0.6f), z - d.Range(1.6f, 2.8f));
            d.Lay("fish", big, Kit.At(at, (i & 1) == 0 ? -MathF.PI / 2 : MathF.PI / 2, d.Range(2.6f, 3.4f)));
        }
        d.Lay("fish", StillKinds.Of("shark"), Kit.At(new Vector3(cx + 2.0f, Sill + 1.9f, z - 3.2f), -MathF.PI / 2 + 0.2f, 0.85f));
    }

    /// <summary>An aquarium hall's air: no daylight, a near-black blue dome.</summary>
    public static WorldEnvironment Air(WorldEnvironment environment) =>
        VenueHall.Dim(environment, 0.03f, new Vector3(0.008f, 0.02f, 0.035f));
}
