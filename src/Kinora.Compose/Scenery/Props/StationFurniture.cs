using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Props;

/// <summary>
/// The furniture an activity is done at (see <see cref="Layout.Stations"/>), each in its station's frame: the user
/// at the origin facing +Z, the furniture ahead of them. A dining table laid with plates, glasses and cutlery and a
/// chair; a desk with an open laptop (its screen towards the user), a mug and papers; a kitchen island with a hob, a
/// pan and a chopping board; a washbasin under a mirror on a short wall; an armchair with an open book held in the
/// lap and a reading lamp; a barbell and dumbbells on a rubber mat. Heights are the usual ones: tables 0.75 m,
/// seats 0.46 m, worktops 0.9 m, basins 0.85 m.
/// </summary>
public static class StationFurniture
{
    /// <summary>m; a dining chair's or an office chair's seat.</summary>
    public const float SeatHeight = 0.46f;
    /// <summary>m; an armchair's cushion.</summary>
    public const float ArmchairSeat = 0.44f;
    /// <summary>m from the user to the near edge of a table or desk: the torso clears it, the forearms rest on it.</summary>
    public const float Reach = 0.22f;

    private static readonly Material Tabletop = Paints.Srgb(150, 100, 62, 0.5f, 0, "tabletop") with { Pattern = "wood" };
    private static readonly Material Cloth = Paints.Srgb(236, 232, 222, 0.9f, 0, "tablecloth");
    private static readonly Material China = Paints.Srgb(246, 246, 244, 0.2f, 0, "china");
    private static readonly Material Food = Paints.Srgb(190, 110, 50, 0.7f, 0, "plated food");
    private static readonly Material Greens = Paints.Srgb(70, 140, 50, 0.7f, 0, "salad");
    private static readonly Material Wine = Paints.Srgb(120, 20, 35, 0.1f, 0, "wine");
    private static readonly Material Laptop = Paints.Srgb(175, 178, 185, 0.3f, 0.8f, "laptop");
    private static readonly Material LaptopScreen = Palette.Glow(170, 200, 240, 0.6f, "laptopscreen");
    private static readonly Material Paper = Paints.Srgb(240, 240, 235, 0.9f, 0, "paper");
    private static readonly Material Island = Paints.Srgb(105, 130, 112, 0.45f, 0, "islanddoor");
    private static readonly Material Worktop = Paints.Srgb(225, 222, 215, 0.25f, 0, "islandtop");
    private static readonly Material Hob = Paints.Srgb(20, 20, 22, 0.1f, 0, "hob");
    private static readonly Material Board = Paints.Srgb(190, 150, 100, 0.6f, 0, "choppingboard");
    private static readonly Material Carrot = Paints.Srgb(235, 120, 30, 0.6f, 0, "carrot");
    private static readonly Material Tomato = Paints.Srgb(200, 30, 25, 0.3f, 0, "tomato");
    private static readonly Material Enamel = Paints.Srgb(245, 245, 243, 0.15f, 0, "basin");
    // A mirror as a viewer reads it: a pale, cool, glossy pane (a metal one mirrors the dark room behind the camera).
    private static readonly Material Mirror = Paints.Srgb(190, 212, 228, 0.08f, 0, "mirror");
    private static readonly Material Tiles = Paints.Srgb(205, 222, 226, 0.3f, 0, "washtiles") with { Pattern = "tiles" };
    private static readonly Material Upholstery = Paints.Srgb(150, 60, 45, 0.9f, 0, "armchair") with { Pattern = "fabric" };
    private static readonly Material Cover = Paints.Srgb(40, 80, 140, 0.7f, 0, "bookcover");
    private static readonly Material Iron = Paints.Srgb(35, 35, 38, 0.45f, 0.6f, "ironplate");
    private static readonly Material Mat = Paints.Srgb(35, 35, 38, 0.95f, 0, "rubbermat");

    /// <summary>A dining table <paramref name="length"/> × 0.8 m centred at the origin, laid for each place (a point
    /// on the floor where a diner sits, and the way they face), with a chair at each place.</summary>
    public static Kit DiningTable(float length, IReadOnlyList<(Vector3 At, float Yaw)> places)
    {
        var k = new Kit();
        var half = new Vector3(length / 2, 0, 0.4f);
        k.Paint(Tabletop).Box(new Vector3(0, 0.735f, 0), new Vector3(half.X, 0.025f, half.Z));
        k.Paint(Cloth).Box(new Vector3(0, 0.762f, 0), new Vector3(half.X * 0.45f, 0.002f, half.Z + 0.01f)); // a runner
        foreach (var sx in new[] { -1f, 1f })
            foreach (var sz in new[] { -1f, 1f })
                k.Paint(Paints.DarkWood).Box(new Vector3(sx * (half.X - 0.06f), 0.36f, sz * (half.Z - 0.06f)), new Vector3(0.03f, 0.36f, 0.03f));
        foreach (var (at, yaw) in places)
        {
            var face = new Vector3(MathF.Sin(yaw), 0, MathF.Cos(yaw));
            var side = new Vector3(face.Z, 0, -face.X);
            // The place setting lies on the table a hand's reach in from the edge nearest the diner.
            var plate = (at + face * (Reach + 0.2f)) with { Y = 0 };
            plate = new Vector3(Math.Clamp(plate.X, -half.X + 0.15f, half.X - 0.15f), 0, Math.Clamp(plate.Z, -half.Z + 0.15f, half.Z - 0.15f));
            k.Paint(China).Cylinder(Matrix4x4.CreateScale(0.13f, 0.008f, 0.13f) * Matrix4x4.CreateTranslation(plate + new Vector3(0, 0.77f, 0)), 1, 16);
            k.Paint(Food).Ellipsoid(plate + new Vector3(0.03f, 0.785f, 0), new Vector3(0.06f, 0.02f, 0.045f), 0, yaw, 8, 4);
            k.Paint(Greens).Ellipsoid(plate + new Vector3(-0.04f, 0.785f, 0.02f), new Vector3(0.04f, 0.02f, 0.04f), 0, 0, 6, 3);
            k.Paint(Paints.Chrome).Box(plate + side * 0.17f + new Vector3(0, 0.765f, 0), new Vector3(0.008f, 0.003f, 0.09f), 0, yaw);
            k.Paint(Paints.Chrome).Box(plate - side * 0.17f + new Vector3(0, 0.765f, 0), new Vector3(0.008f, 0.003f, 0.09f), 0, yaw);
            var glass = plate + side * 0.2f + face * 0.14f;
            k.Paint(Paints.Glass).Rod(glass + new Vector3(0, 0.76f, 0), glass + new Vector3(0, 0.9f, 0), 0.035f, 0.04f, 10);
            k.Paint(Wine).Cylinder(Matrix4x4.CreateScale(0.033f, 0.03f, 0.033f) * Matrix4x4.CreateTranslation(glass + new Vector3(0, 0.8f, 0)), 1, 10);
            k.Add(Chair(dining: true), Kit.At(at, yaw));
        }
        return k;
    }

    /// <summary>m; a bistro table's radius and the height of its top (a dining table's, so things laid on either
    /// lie at the same height).</summary>
    public const float BistroRadius = 0.32f, BistroTop = 0.76f;

    /// <summary>Where a user's saucer lies on a bistro table, from the user's place and facing.</summary>
    public static Vector3 SaucerSpot(Vector3 at, float yaw)
    {
        var face = new Vector3(MathF.Sin(yaw), 0, MathF.Cos(yaw));
        return (at + face * (Reach + 0.17f)) with { Y = 0 };
    }

    /// <summary>A café's round marble table on a cast-iron foot, centred at the origin, with a saucer at each place and
    /// a bentwood chair where <paramref name="chairs"/> says the user sits on one (people; an animal sits on the floor).</summary>
    public static Kit BistroTable(IReadOnlyList<(Vector3 At, float Yaw)> places, bool[]? chairs)
    {
        var k = new Kit();
        k.Paint(BistroMarble).Cylinder(Matrix4x4.CreateScale(BistroRadius, 0.015f, BistroRadius) * Matrix4x4.CreateTranslation(0, BistroTop - 0.015f, 0), 1, 20);
        k.Paint(Paints.Black).Rod(new Vector3(0, 0.05f, 0), new Vector3(0, BistroTop - 0.03f, 0), 0.03f, 0.025f, 8);
        for (var i = 0; i < 3; i++)
        {
            var a = i * MathF.Tau / 3 + 0.5f;
            k.Paint(Paints.Black).Rod(new Vector3(0, 0.08f, 0), new Vector3(MathF.Cos(a) * 0.26f, 0.01f, MathF.Sin(a) * 0.26f), 0.022f, 0.015f, 5);
        }
        for (var i = 0; i < places.Count; i++)
        {
            var (at, yaw) = places[i];
            k.Paint(China).Cylinder(Matrix4x4.CreateScale(0.075f, 0.004f, 0.075f) * Matrix4x4.CreateTranslation(SaucerSpot(at, yaw) + new Vector3(0, BistroTop + 0.004f, 0)), 1, 14);
            if (chairs is null || i >= chairs.Length || chairs[i]) k.Add(CafeFurniture.BistroChair, Kit.At(at, yaw));
        }
        return k;
    }

    private static readonly Material BistroMarble = Paints.Srgb(232, 230, 224, 0.25f, 0, "bistromarble") with { Pattern = "stone" };
    private static readonly Material Laminate = Paints.Srgb(200, 185, 160, 0.5f, 0, "desklaminate");

    /// <summary>A chair for a user at the origin facing +Z: the seat under the hips, the back behind them.</summary>
    public static Kit Chair(bool dining)
    {
        var k = new Kit();
        var wood = dining ? Paints.DarkWood : Paints.Black;
        var seat = dining ? Paints.DarkWood : Paints.Srgb(40, 42, 48, 0.9f, 0, "chairfabric");
        k.Paint(seat).Box(new Vector3(0, SeatHeight - 0.025f, 0), new Vector3(0.22f, 0.025f, 0.22f));
        k.Paint(seat).Box(new Vector3(0, SeatHeight + 0.27f, -0.25f), new Vector3(0.21f, 0.22f, 0.025f));
        if (dining)
        {
            foreach (var x in new[] { -0.19f, 0.19f })
                foreach (var z in new[] { -0.19f, 0.19f })
                    k.Paint(wood).Box(new Vector3(x, SeatHeight / 2, z), new Vector3(0.02f, SeatHeight / 2, 0.02f));
            foreach (var x in new[] { -0.19f, 0.19f }) k.Paint(wood).Box(new Vector3(x, SeatHeight + 0.1f, -0.24f), new Vector3(0.02f, 0.1f, 0.02f));
        }
        else
        {
            k.Paint(wood).Rod(new Vector3(0, 0.06f, 0), new Vector3(0, SeatHeight - 0.05f, 0), 0.025f, 0.025f, 6);
            for (var i = 0; i < 5; i++)
            {
                var a = i * MathF.Tau / 5;
                k.Paint(wood).Rod(new Vector3(0, 0.06f, 0), new Vector3(MathF.Cos(a) * 0.3f, 0.03f, MathF.Sin(a) * 0.3f), 0.02f, 0.015f, 5);
            }
        }
        return k;
    }

    /// <summary>A 1.2 × 0.65 m desk whose near edge is <see cref="Reach"/> ahead of the user, an open laptop on it
    /// facing them, a mug, papers and a desk lamp, and an office chair under them. An <paramref name="office"/> desk
    /// is the office's own kind (<see cref="WorkFurniture.Desk"/>): a pale laminate top and no lamp, so the typist sits at one more desk of the room, not at furniture from another house.</summary>
    public static Kit Desk(bool office = false)
    {
        var k = new Kit();
        var z = Reach + 0.325f;
        k.Paint(office ? Laminate : Tabletop).Box(new Vector3(0, 0.73f, z), new Vector3(0.6f, 0.02f, 0.325f));
        foreach (var x in new[] { -0.56f, 0.56f }) k.Paint(Paints.Steel).Box(new Vector3(x, 0.36f, z), new Vector3(0.02f, 0.36f, 0.3f));
        k.Paint(Paints.Steel).Box(new Vector3(0, 0.45f, z + 0.29f), new Vector3(0.56f, 0.2f, 0.01f)); // modesty panel
        // The laptop: a base on the desk, the lid up and tilted back, its screen towards the user.
        var lz = Reach + 0.25f;
        k.Paint(Laptop).Box(new Vector3(0, 0.757f, lz), new Vector3(0.17f, 0.007f, 0.12f));
        k.Paint(Paints.Black).Box(new Vector3(0, 0.765f, lz - 0.02f), new Vector3(0.15f, 0.002f, 0.07f)); // keys
        var tilt = Matrix4x4.CreateRotationX(0.3f) * Matrix4x4.CreateTranslation(0, 0.765f, lz + 0.12f);
        k.Paint(Laptop).Box(Matrix4x4.CreateScale(0.17f, 0.12f, 0.006f) * Matrix4x4.CreateTranslation(0, 0.12f, 0) * tilt);
        k.Paint(LaptopScreen).Box(Matrix4x4.CreateScale(0.155f, 0.105f, 0.002f) * Matrix4x4.CreateTranslation(0, 0.12f, -0.007f) * tilt);
        k.Paint(Paper).Box(new Vector3(-0.36f, 0.753f, lz), new Vector3(0.1f, 0.002f, 0.14f), 0, 0.2f);
        k.Paint(China).Rod(new Vector3(0.33f, 0.75f, lz - 0.05f), new Vector3(0.33f, 0.85f, lz - 0.05f), 0.04f, 0.04f, 10);
        // The office's desks carry no lamp; nor a monitor here, whose back would stand between the lens and the face.
        if (!office)
        {
            k.Paint(Paints.Black).Cylinder(Matrix4x4.CreateScale(0.08f, 0.01f, 0.08f) * Matrix4x4.CreateTranslation(0.48f, 0.76f, z + 0.18f), 1, 10);
            k.Paint(Paints.Black).Rod(new Vector3(0.48f, 0.76f, z + 0.18f), new Vector3(0.42f, 1.12f, z + 0.12f), 0.012f, 0.012f, 5);
            k.Paint(Palette.LampGlow).Cylinder(Matrix4x4.CreateScale(0.08f, 0.06f, 0.08f) * Matrix4x4.CreateTranslation(0.36f, 1.1f, z + 0.06f), 0.5f, 10);
        }
        k.Add(Chair(dining: false), Matrix4x4.Identity);
        return k;
    }

    /// <summary>A 1.5 × 0.7 m kitchen island, its worktop 0.9 m high and its near edge <see cref="Reach"/> ahead: a
    /// glass hob with a pan and a pot on it, a chopping board with a knife, a carrot and tomatoes.</summary>
    public static Kit KitchenIsland()
    {
        var k = new Kit();
        var z = Reach + 0.35f;
        k.Paint(Island).Box(new Vector3(0, 0.44f, z), new Vector3(0.73f, 0.42f, 0.33f));
        k.Paint(Paints.Black).Box(new Vector3(0, 0.04f, z), new Vector3(0.7f, 0.04f, 0.3f));
        k.Paint(Worktop).Box(new Vector3(0, 0.885f, z), new Vector3(0.76f, 0.025f, 0.36f));
        foreach (var x in new[] { -0.37f, 0.37f }) k.Paint(Paints.Chrome).Box(new Vector3(x, 0.78f, z + 0.335f), new Vector3(0.12f, 0.01f, 0.012f));
        k.Paint(Hob).Box(new Vector3(-0.3f, 0.912f, z), new Vector3(0.3f, 0.003f, 0.25f));
        // A frying pan at the front ring with its handle towards the user, a pot behind it.
        k.Paint(Paints.Black).Cylinder(Matrix4x4.CreateScale(0.13f, 0.025f, 0.13f) * Matrix4x4.CreateTranslation(-0.3f, 0.94f, z - 0.08f), 1.1f, 16);
        k.Paint(Paints.Black).Rod(new Vector3(-0.3f, 0.95f, z - 0.2f), new Vector3(-0.3f, 0.96f, z - 0.38f), 0.012f, 0.012f, 6);
        k.Paint(Food).Ellipsoid(new Vector3(-0.3f, 0.955f, z - 0.08f), new Vector3(0.09f, 0.015f, 0.09f), 0, 0, 10, 3);
        k.Paint(Paints.Steel).Cylinder(Matrix4x4.CreateScale(0.12f, 0.09f, 0.12f) * Matrix4x4.CreateTranslation(-0.45f, 1.005f, z + 0.13f), 1, 16);
        k.Paint(Paints.Steel).Cylinder(Matrix4x4.CreateScale(0.125f, 0.008f, 0.125f) * Matrix4x4.CreateTranslation(-0.45f, 1.1f, z + 0.13f), 1, 16);
        k.Paint(Board).Box(new Vector3(0.35f, 0.92f, z - 0.05f), new Vector3(0.2f, 0.012f, 0.13f));
        k.Paint(Paints.Chrome).Box(new Vector3(0.35f, 0.935f, z - 0.12f), new Vector3(0.1f, 0.002f, 0.015f));
        k.Paint(Carrot).Capsule(new Vector3(0.25f, 0.945f, z), new Vector3(0.42f, 0.945f, z + 0.02f), 0.02f, 0.008f, 8);
        foreach (var (x, dz) in new[] { (0.55f, 0.12f), (0.62f, 0.05f) })
            k.Paint(Tomato).Sphere(Matrix4x4.CreateScale(0.035f) * Matrix4x4.CreateTranslation(x, 0.935f, z + dz), 10, 6);
        return k;
    }

    /// <summary>A washbasin on a cabinet under a mirror, its near edge <see cref="Reach"/> ahead, on a tiled wall
    /// stub 1.6 m wide and 2.3 m high behind it, with a toothbrush mug and a towel.</summary>
    public static Kit Washbasin()
    {
        var k = new Kit();
        var z = Reach + 0.25f;
        k.Paint(Paints.Wood).Box(new Vector3(0, 0.4f, z), new Vector3(0.4f, 0.4f, 0.23f));
        k.Paint(Enamel).Box(new Vector3(0, 0.83f, z), new Vector3(0.42f, 0.04f, 0.25f));
        k.Paint(Paints.Srgb(200, 205, 210, 0.1f, 0, "basinbowl")).Box(new Vector3(0, 0.87f, z - 0.02f), new Vector3(0.26f, 0.002f, 0.15f));
        k.Paint(Paints.Chrome).Rod(new Vector3(0, 0.87f, z + 0.2f), new Vector3(0, 1.02f, z + 0.13f), 0.015f, 0.015f, 6);
        k.Paint(Tiles).Box(new Vector3(0, 1.15f, z + 0.29f), new Vector3(0.8f, 1.15f, 0.04f));
        k.Paint(Paints.Srgb(230, 230, 230, 0.4f, 0, "mirrorframe")).Box(new Vector3(0, 1.55f, z + 0.24f), new Vector3(0.36f, 0.42f, 0.012f));
        k.Paint(Mirror).Box(new Vector3(0, 1.55f, z + 0.226f), new Vector3(0.33f, 0.39f, 0.004f));
        k.Paint(Paints.Srgb(90, 170, 200, 0.3f, 0, "toothmug")).Rod(new Vector3(0.3f, 0.87f, z + 0.12f), new Vector3(0.3f, 0.97f, z + 0.12f), 0.03f, 0.032f, 10);
        k.Paint(Paints.Srgb(230, 60, 60, 0.4f, 0, "toothbrush")).Rod(new Vector3(0.3f, 0.9f, z + 0.12f), new Vector3(0.32f, 1.05f, z + 0.1f), 0.006f, 0.006f, 5);
        k.Paint(Paints.Srgb(70, 130, 160, 0.9f, 0, "towel")).Box(new Vector3(0.62f, 1.0f, z + 0.22f), new Vector3(0.12f, 0.22f, 0.02f));
        return k;
    }

    /// <summary>An armchair under a user at the origin facing +Z, an open book in their lap at hand height, a side
    /// table with a reading lamp at their right.</summary>
    public static Kit Armchair()
    {
        var k = new Kit();
        var u = k.Paint(Upholstery);
        u.Box(new Vector3(0, ArmchairSeat - 0.1f, 0.02f), new Vector3(0.32f, 0.1f, 0.3f));
        u.Box(new Vector3(0, 0.17f, 0.02f), new Vector3(0.36f, 0.15f, 0.34f));
        u.Box(new Vector3(0, ArmchairSeat + 0.3f, -0.3f), new Vector3(0.36f, 0.45f, 0.08f), 0, 0);
        foreach (var x in new[] { -0.33f, 0.33f }) u.Box(new Vector3(x, ArmchairSeat + 0.08f, 0.0f), new Vector3(0.06f, 0.14f, 0.33f));
        foreach (var x in new[] { -0.3f, 0.3f })
            foreach (var z in new[] { -0.28f, 0.32f })
                k.Paint(Paints.DarkWood).Box(new Vector3(x, 0.02f, z), new Vector3(0.025f, 0.02f, 0.025f));
        // The open book, held tilted towards the reader above the knees.
        var book = Matrix4x4.CreateRotationX(-0.9f) * Matrix4x4.CreateTranslation(0, ArmchairSeat + 0.32f, 0.36f);
        k.Paint(Cover).Box(Matrix4x4.CreateScale(0.16f, 0.012f, 0.115f) * book);
        foreach (var s in new[] { -1f, 1f })
            k.Paint(Paper).Box(Matrix4x4.CreateScale(0.075f, 0.01f, 0.105f) * Matrix4x4.CreateRotationZ(s * -0.12f) * Matrix4x4.CreateTranslation(s * 0.077f, 0.016f, 0) * book);
        var t = new Vector3(0.65f, 0, -0.05f);
        k.Paint(Paints.Wood).Cylinder(Matrix4x4.CreateScale(0.22f, 0.02f, 0.22f) * Matrix4x4.CreateTranslation(t + new Vector3(0, 0.58f, 0)), 1, 14);
        k.Paint(Paints.DarkWood).Rod(t, t + new Vector3(0, 0.57f, 0), 0.03f, 0.03f, 6);
        k.Paint(Paints.Black).Rod(t + new Vector3(0, 0.6f, 0), t + new Vector3(0, 1.0f, 0), 0.012f, 0.012f, 5);
        k.Paint(Palette.Glow(255, 215, 150, 1.2f, "readinglamp")).Cylinder(Matrix4x4.CreateScale(0.14f, 0.11f, 0.14f) * Matrix4x4.CreateTranslation(t + new Vector3(0, 1.05f, 0)), 0.65f, 12);
        return k;
    }

    /// <summary>A pair of 1.7 m skis under the feet of a user at the origin, pointing the way they face (+Z), tips
    /// turned up, and two poles planted either side.</summary>
    public static Kit Skis()
    {
        var k = new Kit();
        foreach (var x in new[] { -0.12f, 0.12f })
        {
            k.Paint(SkiPaint).Box(new Vector3(x, 0.012f, 0), new Vector3(0.045f, 0.012f, 0.8f));
            k.Paint(SkiPaint).Box(Matrix4x4.CreateScale(0.045f, 0.01f, 0.1f) * Matrix4x4.CreateRotationX(-0.45f) * Matrix4x4.CreateTranslation(x, 0.05f, 0.88f));
            k.Paint(Paints.Black).Box(new Vector3(x, 0.04f, -0.02f), new Vector3(0.05f, 0.02f, 0.14f)); // binding
        }
        foreach (var s in new[] { -1f, 1f })
        {
            k.Paint(Paints.Steel).Rod(new Vector3(s * 0.42f, 0, 0.2f), new Vector3(s * 0.3f, 0.95f, 0.12f), 0.009f, 0.009f, 5);
            k.Paint(Paints.Black).Cylinder(Matrix4x4.CreateScale(0.05f, 0.005f, 0.05f) * Matrix4x4.CreateTranslation(s * 0.415f, 0.05f, 0.2f), 1, 8);
        }
        return k;
    }

    private static readonly Material SkiPaint = Paints.Srgb(210, 40, 40, 0.3f, 0, "skipaint");

    /// <summary>A loaded Olympic barbell on the floor 0.35 m ahead (plates 0.45 m across) and two dumbbells, on a mat.</summary>
    public static Kit Barbell()
    {
        var k = new Kit();
        k.Paint(Mat).Box(new Vector3(0, 0.006f, 0.25f), new Vector3(1.2f, 0.006f, 0.75f));
        var z = 0.35f;
        k.Paint(Paints.Chrome).Rod(new Vector3(-1.1f, 0.225f, z), new Vector3(1.1f, 0.225f, z), 0.014f, 0.014f, 8);
        foreach (var s in new[] { -1f, 1f })
        {
            foreach (var (x, r) in new[] { (0.78f, 0.225f), (0.84f, 0.19f) })
                k.Paint(Iron).Cylinder(Matrix4x4.CreateScale(r, 0.025f, r) * Matrix4x4.CreateRotationZ(MathF.PI / 2) * Matrix4x4.CreateTranslation(s * x, 0.225f, z), 1, 18);
            k.Paint(Paints.Chrome).Cylinder(Matrix4x4.CreateScale(0.03f, 0.02f, 0.03f) * Matrix4x4.CreateRotationZ(MathF.PI / 2) * Matrix4x4.CreateTranslation(s * 0.72f, 0.225f, z), 1, 10);
        }
        foreach (var x in new[] { -0.75f, 0.75f })
        {
            var d = new Vector3(x, 0.06f, -0.25f);
            k.Paint(Paints.Chrome).Rod(d - new Vector3(0, 0, 0.1f), d + new Vector3(0, 0, 0.1f), 0.015f, 0.015f, 6);
            foreach (var e in new[] { -0.1f, 0.1f })
                k.Paint(Iron).Cylinder(Matrix4x4.CreateScale(0.06f, 0.03f, 0.06f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(d + new Vector3(0, 0, e)), 1, 6);
        }
        return k;
    }
}
