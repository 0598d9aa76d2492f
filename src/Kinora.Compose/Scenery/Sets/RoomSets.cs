using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Environments;
using Kinora.Compose.Layout;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Sets;

/// <summary>
/// Interiors: each family furnishes the strip between the action and its back wall with what names the room at a
/// glance — a kitchen's run of units, a living room's sofa, lamp and pictures, a bedroom's bed, a bathroom's tub,
/// an office's desks and screens, a classroom's board and desks, a library's bookcases, a café's counter, tables
/// and pendant lights, a shop's shelves, a gallery's hung pictures, a gym's machines. Lamps are lit after dark and
/// then light the room; pendants and screens glow whenever they are on.
/// </summary>
public static class RoomSets
{
    /// <summary>m of furniture either side of where the action starts; the wall runs on, plain, beyond.</summary>
    private const float Span = 12;

    public static void Dress(SetDresser d, SettingFamily family, Material wall)
    {
        var cx = d.Zone.CentreX;
        var (x0, x1) = (cx - Span, cx + Span);
        switch (family)
        {
            case SettingFamily.Kitchen:
                KitchenSet.Dress(d);
                break;
            case SettingFamily.LivingRoom:
            {
                var room = RoomShell.Build(d, 1.4f, wall);
                d.Put("furniture", HomeFurniture.Sofa, new Vector3(cx - 0.5f, 0, room.Wall + 0.55f), 0, 1, 0.05f);
                d.Put("furniture", HomeFurniture.Plant, new Vector3(cx - 2.3f, 0, room.Wall + 0.4f), 0.4f, 1.2f, 0.05f);
                d.Put("lamps", d.Dark ? HomeFurniture.FloorLampLit : HomeFurniture.FloorLamp, new Vector3(cx + 1.1f, 0, room.Wall + 0.35f), 0, 1, 0.05f);
                if (d.Dark) d.Light(HomeFurniture.LampLight(new Vector3(cx + 1.1f, 0, room.Wall + 0.35f) + HomeFurniture.FloorLampBulb));
                room.Row(d, "furniture", WorkFurniture.Bookcases[0], 1.0f, cx + 2.0f, cx + 4.0f, 0.17f);
                room.Row(d, "furniture", WorkFurniture.Bookcases[1], 1.0f, cx - 5.5f, cx - 3.5f, 0.17f);
                room.Hang(d, HomeFurniture.Picture(1.1f, 0.7f, 3), cx - 0.5f, 1.7f);
                room.Window(d, cx + 6, 1.8f);
                room.Window(d, cx - 7.5f, 1.8f);
                // The rug lies between the sofa and the action, never under it: the floor the plan names is the one a
                // dropped ball hits and is heard on.
                var (rugBack, rugFront) = (room.Wall + 1.05f, d.Zone.Back - 0.05f);
                if (rugFront - rugBack > 0.8f)
                    Rug(d, new Vector3(cx - 0.5f, 0, MathF.Max(rugBack, rugFront - 2.2f) / 2 + rugFront / 2), 3.2f, MathF.Min(2.2f, rugFront - rugBack), Paints.Srgb(140, 50, 45, 0.95f, 0, "rug"));
                d.Vista = room.Frame(cx - 3.1f, cx + 2.1f, room.Wall + 1.0f, 1.8f, 0.2f); // plant, sofa under its picture, lamp
                break;
            }
            case SettingFamily.Bedroom:
            {
                var room = RoomShell.Build(d, 1.8f, wall);
                d.Put("furniture", HomeFurniture.Bed, new Vector3(cx, 0, room.Wall + 0.85f), 0, 1, 0.05f);
                d.Put("furniture", HomeFurniture.Nightstand, new Vector3(cx - 1.35f, 0, room.Wall + 0.25f), 0, 1, 0.05f);
                d.Put("lamps", d.Dark ? HomeFurniture.FloorLampLit : HomeFurniture.FloorLamp, new Vector3(cx - 1.35f, 0.56f, room.Wall + 0.25f), 0, 0.45f, 0.05f);
                if (d.Dark) d.Light(HomeFurniture.LampLight(new Vector3(cx - 1.35f, 0.56f + 0.45f * 1.45f, room.Wall + 0.25f), 2));
                d.Put("furniture", HomeFurniture.Wardrobe, new Vector3(cx + 2.6f, 0, room.Wall + 0.32f), 0, 1, 0.05f);
                room.Hang(d, HomeFurniture.Picture(0.9f, 0.6f, 11), cx, 1.6f);
                room.Window(d, cx - 3.6f, 1.4f);
                room.Window(d, cx + 5.5f, 1.4f);
                d.Vista = room.Frame(cx - 2.4f, cx + 2.8f, room.Wall + 1.7f, 1.7f, 0.2f); // the bed, its nightstand and lamp, the wardrobe
                break;
            }
            case SettingFamily.Bathroom:
                BathroomSet.Dress(d);
                break;
            case SettingFamily.Office:
            {
                var room = RoomShell.Build(d, 1.5f, wall);
                room.Row(d, "desks", WorkFurniture.Desk, 1.8f, x0, x1, 0.45f);
                for (var x = x0 + 2.7f; x < x1; x += 7.2f) room.Window(d, x, 2.2f, 0.95f, 1.7f);
                CeilingLights(d, room, 0.75f, panel: true);
                d.Vista = room.Frame(cx - 2.7f, cx + 2.5f, room.Wall + 1.4f, 1.5f); // three desks with their screens and chairs
                break;
            }
            case SettingFamily.Classroom:
            {
                var room = RoomShell.Build(d, 4.2f, wall);
                d.Put("board", WorkFurniture.Chalkboard, new Vector3(cx, 0, room.Wall + 0.04f), 0, 1, 0.05f);
                d.Put("desks", WorkFurniture.Desk, new Vector3(cx + 3.2f, 0, room.Wall + 0.9f), MathF.PI, 1, 0.05f); // teacher's desk
                for (var row = 0; row < 2; row++)
                    for (var x = x0 + 0.6f; x < x1; x += 1.3f)
                        d.Put("desks", WorkFurniture.SchoolDesk, new Vector3(x, 0, room.Wall + 2.0f + row * 1.3f), 0, 1, 0.65f);
                room.Window(d, cx - 5, 1.8f);
                room.Window(d, cx + 6.5f, 1.8f);
                CeilingLights(d, room, 2.2f, panel: true);
                d.Vista = room.Frame(cx - 2.6f, cx + 2.6f, room.Wall + 3.8f, 2.0f); // the board over rows of desks
                break;
            }
            case SettingFamily.Library:
            {
                // Bookcases along the wall, reading tables with green lamps in front of them.
                var room = RoomShell.Build(d, 2.0f, wall);
                for (var x = x0 + 0.5f; x < x1; x += 1.0f)
                    d.Put("bookcases", WorkFurniture.Bookcases[d.Pick(3)], new Vector3(x, 0, room.Wall + 0.17f), 0, 1, 0.05f);
                for (var x = cx - 6.8f; x <= cx + 6.8f; x += 3.4f)
                {
                    var at = new Vector3(x, 0, room.Wall + 1.1f);
                    if (!d.Put("tables", d.Dark ? Places.PublicRooms.ReadingTable.Lit : Places.PublicRooms.ReadingTable.Unlit, at, 0, 1, 0.7f)) continue;
                    if (d.Dark) d.Light(HomeFurniture.LampLight(at + Places.PublicRooms.ReadingTable.Bulbs[0], 1.5f));
                }
                CeilingLights(d, room, 0.7f);
                d.Vista = room.Frame(cx - 2.6f, cx + 2.6f, room.Wall + 1.8f, 2.0f); // a table and its lamps before the books
                break;
            }
            case SettingFamily.Restaurant:
            {
                var room = RoomShell.Build(d, 3.2f, wall);
                for (var x = cx - 4; x <= cx + 4; x += 2.1f)
                    d.Put("bar", LeisureFurniture.Bar, new Vector3(x, 0, room.Wall + 0.45f), 0, 1, 0.05f);
                for (var x = x0 + 1.5f; x < x1; x += 2.6f)
                {
                    if (MathF.Abs(x - cx) < 5.2f) continue; // the bar's stools stand there
                    d.Put("tables", LeisureFurniture.CafeTable, new Vector3(x, 0, room.Wall + 2.0f), 0.3f, 1, 0.85f);
                }
                for (var x = cx - 3.6f; x <= cx + 3.6f; x += 1.8f)
                {
                    var foot = new Vector3(x, 0, room.Wall + 0.6f);
                    d.Put("pendants", LeisureFurniture.PendantLit, foot, 0, 1, 0.05f);
                    d.Light(HomeFurniture.LampLight(foot + LeisureFurniture.PendantBulb, d.Dark ? 2.5f : 1.2f));
                }
                d.Vista = room.Frame(cx - 2.6f, cx + 2.6f, room.Wall + 1.5f, 2.0f); // the bar under its pendants
                break;
            }
            case SettingFamily.Shop:
                ShopSet.Dress(d, wall);
                break;
            case SettingFamily.Gallery:
            {
                var room = RoomShell.Build(d, 2.0f, wall);
                var seed = 20;
                for (var x = x0 + 1.5f; x < x1; x += 3.0f)
                {
                    var w = d.Range(0.8f, 1.6f);
                    room.Hang(d, HomeFurniture.Picture(w, w * d.Range(0.6f, 1.1f), seed++), x, 1.6f);
                    // A picture light over each work.
                    d.Layer("pictures", x).Paint(Palette.LampGlow).Box(new Vector3(x, 2.45f, room.Wall + 0.15f), new Vector3(0.2f, 0.02f, 0.04f));
                }
                d.Put("benches", LeisureFurniture.GalleryBench, new Vector3(cx - 1, 0, room.Wall + 1.3f), 0, 1, 0.3f);
                d.Put("sculpture", LeisureFurniture.Plinth, new Vector3(cx + 3.2f, 0, room.Wall + 1.2f), 0.5f, 1, 0.3f);
                d.Vista = room.Frame(cx - 2.6f, cx + 2.6f, room.Wall + 1.6f, 2.0f); // two lit pictures over the bench
                for (var x = cx - 6f; x <= cx + 6; x += 3.0f)
                    d.Light(new LightSource(new Vector3(x + 0.5f, 2.9f, room.Wall + 1.6f), new Vector3(1, 0.92f, 0.8f) * 2.5f, 7)
                        { Direction = Vector3.Normalize(new Vector3(0, -0.6f, -1)), ConeDegrees = 35 });
                break;
            }
            case SettingFamily.Gym:
            {
                var mirror = Paints.Srgb(190, 195, 200, 0.03f, 1, "gymmirror");
                var room = RoomShell.Build(d, 2.6f, wall);
                d.Layer("walls", cx).Paint(mirror).Box(new Vector3(cx, 1.3f, room.Wall + 0.02f), new Vector3(Span, 1.0f, 0.01f));
                room.Row(d, "racks", LeisureFurniture.DumbbellRack, 2.0f, cx - 5, cx + 1, 0.25f);
                for (var x = cx + 2.5f; x < x1; x += 1.6f)
                    d.Put("machines", LeisureFurniture.Treadmill, new Vector3(x, 0, room.Wall + 1.3f), MathF.PI / 2, 1, 0.9f);
                for (var x = x0 + 1.5f; x < cx - 5.5f; x += 2.6f)
                    d.Put("machines", LeisureFurniture.WeightBench, new Vector3(x, 0, room.Wall + 1.2f), 0, 1, 0.5f);
                Rug(d, new Vector3(cx, 0, room.Wall + 1.3f), 2 * Span, 2.4f, Paints.Srgb(35, 35, 38, 0.95f, 0, "gymmat"));
                d.Vista = room.Frame(cx - 1.7f, cx + 3.5f, room.Wall + 2.2f, 1.8f); // racks before the mirror, a row of treadmills
                CeilingLights(d, room, 1.8f, panel: true);
                break;
            }
        }
    }

    /// <summary>A flat rug or mat centred at <paramref name="at"/>; it may lie under the action.</summary>
    internal static void Rug(SetDresser d, Vector3 at, float w, float depth, Material cloth) =>
        Landforms.Slab(d.Layer("rugs", at.X), cloth, at.X - w / 2, at.X + w / 2, at.Z - depth / 2, at.Z + depth / 2, 0.012f, 0.01f);

    /// <summary>
    /// Ceiling lights behind the action, every 3 m near the centre: glowing panels or globes hung just under the 3 m
    /// ceiling at <paramref name="out_"/> m from the wall; lit and giving light after dark only.
    /// </summary>
    internal static void CeilingLights(SetDresser d, RoomShell room, float out_, bool panel = false)
    {
        if (!d.Dark) return;
        // Never over the action itself: a fitting hanging into the band could cross the top of the frame.
        var reach = MathF.Min(out_, d.Zone.Back - room.Wall - 0.4f);
        for (var x = room.CentreX - 6; x <= room.CentreX + 6; x += 3)
        {
            var at = new Vector3(x, 2.9f, room.Wall + reach);
            var k = d.Layer("ceiling lights", x);
            if (panel) k.Paint(Palette.Glow(240, 245, 255, 2.5f, "panellight")).Box(at, new Vector3(0.6f, 0.02f, 0.3f));
            else k.Paint(Palette.LampGlow).Sphere(Matrix4x4.CreateScale(0.15f) * Matrix4x4.CreateTranslation(at), 8, 5);
            d.Light(new LightSource(at - new Vector3(0, 0.1f, 0), new Vector3(1, 0.85f, 0.65f) * (panel ? 4 : 3), 10));
        }
    }
}
