using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// Things a person makes, wields, pushes or plays with in an everyday action prompt ("a person is making a snowman",
/// "sword fighting", "throwing an axe", "pushing a cart", "playing chess", "washing the dishes"). Each was a grey box
/// before; each is built here in real sizes with the one silhouette that names it, turned so the camera (looking
/// along −Z) sees that silhouette: a sword's flat and an axe's head in the XY plane, a cart from the side, a
/// snowman's face towards +Z.
/// </summary>
public static class Props
{
    public static IEnumerable<KindSpec> All =>
    [
        new("snowman", 1.6, "snow", Paints.Srgb(238, 242, 248, 0.85f, 0, "snow"), Snowman) { Front = Vector3.UnitZ, Aliases = ["snow man", "snowmen"] },
        new("sword", 1.0, "steel", Paints.Srgb(205, 208, 214, 0.18f, 1, "blade"), Sword) { Aliases = ["longsword", "broadsword", "katana", "sabre", "saber"] },
        new("axe", 0.8, "wood", Paints.Srgb(150, 100, 55, 0.6f, 0, "haft") with { Pattern = "wood" }, Axe) { Aliases = ["hatchet", "throwing axe", "ax"] },
        new("cart", 1.0, "steel", Paints.Srgb(200, 30, 35, 0.35f, 0, "handle"), Cart) { Aliases = ["shopping cart", "trolley", "shopping trolley", "grocery cart"] },
        new("chess", 0.45, "wood", Paints.Srgb(120, 72, 40, 0.45f, 0, "board") with { Pattern = "wood" }, Chess) { Aliases = ["chessboard", "chess board", "chess set", "chess pieces"] },
        new("dish", 0.27, "porcelain", Paints.Srgb(246, 246, 244, 0.15f, 0, "porcelain"), Dishes) { Aliases = ["dishes", "plate", "plates", "stack of plates"] },
    ];

    /// <summary>
    /// A snowman (1.6 m to the top of its hat-less head) facing +Z: three packed snow balls, each smaller and sunk a
    /// little into the one below, coal eyes, a smile and buttons, a carrot nose, a red scarf and two twig arms.
    /// </summary>
    private static void Snowman(ModelBuilder m, ref SeededRandom r)
    {
        var coal = m.Paint(Paints.Srgb(20, 20, 22, 0.9f, 0, "coal"));
        var twig = m.Paint(Paints.DarkWood);
        (Vector3 Centre, float Radius)[] balls = [(new(0, 0.4f, 0), 0.42f), (new(0, 1.0f, 0), 0.29f), (new(0, 1.4f, 0), 0.2f)];
        foreach (var (c, rad) in balls) m.Body.Sphere(Matrix4x4.CreateScale(rad) * Matrix4x4.CreateTranslation(c), 28, 16);
        // A point on a ball's front surface, so features sit on the snow wherever the ball is.
        static Vector3 OnFront((Vector3 Centre, float Radius) ball, float x, float y) =>
            ball.Centre + new Vector3(x, y, MathF.Sqrt(MathF.Max(0, ball.Radius * ball.Radius - x * x - y * y)));
        var head = balls[2];
        foreach (var s in new[] { -1f, 1f }) coal.Sphere(Matrix4x4.CreateScale(0.022f) * Matrix4x4.CreateTranslation(OnFront(head, s * 0.07f, 0.05f)), 10, 6);
        for (var i = -2; i <= 2; i++)
            coal.Sphere(Matrix4x4.CreateScale(0.012f) * Matrix4x4.CreateTranslation(OnFront(head, i * 0.035f, -0.08f + 0.006f * i * i)), 8, 5);
        var nose = OnFront(head, 0, -0.01f);
        m.Paint(Paints.Srgb(235, 110, 20, 0.6f, 0, "carrot")).Rod(nose - new Vector3(0, 0, 0.03f), nose + new Vector3(0, -0.015f, 0.17f), 0.028f, 0.004f, 12);
        foreach (var y in new[] { 0.1f, 0f, -0.1f })
            coal.Sphere(Matrix4x4.CreateScale(0.025f) * Matrix4x4.CreateTranslation(OnFront(balls[1], 0, y)), 10, 6);
        // Scarf at the neck: a bright colour against white snow is what tells the head from the body at a glance.
        var scarf = m.Paint(Paints.Srgb(190, 25, 35, 0.9f, 0, "scarf") with { Pattern = "fabric" });
        scarf.Torus(0.19f, 0.045f, Matrix4x4.CreateScale(1, 0.8f, 1) * Matrix4x4.CreateTranslation(0, 1.23f, 0), 28, 10);
        scarf.Box(new Vector3(0.1f, 1.08f, 0.2f), new Vector3(0.045f, 0.13f, 0.015f), 0.15f);
        foreach (var s in new[] { -1f, 1f })
        {
            var shoulder = balls[1].Centre + new Vector3(s * 0.24f, 0.08f, 0);
            var hand = shoulder + new Vector3(s * 0.42f, r.RangeF(0.12f, 0.3f), 0);
            twig.Rod(shoulder, hand, 0.016f, 0.009f, 6);
            var fork = Vector3.Lerp(shoulder, hand, 0.75f);
            twig.Rod(fork, fork + new Vector3(s * 0.08f, 0.1f, 0), 0.008f, 0.004f, 5);
            twig.Rod(hand, hand + new Vector3(s * 0.07f, -0.04f, 0), 0.007f, 0.003f, 5);
        }
    }

    /// <summary>
    /// A long straight sword (1 m): a tapering double-edged blade with a darker fuller down its middle, a wide
    /// crossguard, a leather-wrapped grip and a round pommel. Lying along X with its flat to the camera.
    /// </summary>
    private static void Sword(ModelBuilder m, ref SeededRandom r)
    {
        const float y = 0.11f; // the blade's centre line: half the crossguard's span above the ground
        m.Body.Extrude([new(0.22f, y - 0.025f), new(0.88f, y - 0.019f), new(0.98f, y), new(0.88f, y + 0.019f), new(0.22f, y + 0.025f)], 0.007f, Matrix4x4.Identity);
        m.Paint(Paints.Srgb(120, 122, 128, 0.3f, 1, "fuller")).Box(new Vector3(0.52f, y, 0), new Vector3(0.28f, 0.006f, 0.0045f));
        var brass = m.Paint(Paints.Srgb(180, 140, 60, 0.35f, 1, "brass"));
        brass.Box(new Vector3(0.21f, y, 0), new Vector3(0.014f, 0.11f, 0.014f));
        foreach (var s in new[] { -1f, 1f }) brass.Sphere(Matrix4x4.CreateScale(0.018f) * Matrix4x4.CreateTranslation(0.21f, y + s * 0.11f, 0), 10, 6);
        m.Paint(Paints.Srgb(70, 40, 25, 0.85f, 0, "grip") with { Pattern = "leather" }).Rod(new Vector3(0.03f, y, 0), new Vector3(0.2f, y, 0), 0.017f, 0.015f, 12);
        brass.Sphere(Matrix4x4.CreateScale(0.03f, 0.03f, 0.022f) * Matrix4x4.CreateTranslation(0.01f, y, 0), 14, 8);
    }

    /// <summary>
    /// An axe (0.8 m) stood on the end of its haft: a straight wooden haft and, at the top, a steel head whose bit
    /// flares forward (+X) to a bright ground edge, the poll behind. Upright, the classic axe silhouette.
    /// </summary>
    private static void Axe(ModelBuilder m, ref SeededRandom r)
    {
        m.Body.Rod(new Vector3(0, 0, 0), new Vector3(0, 0.8f, 0), 0.02f, 0.016f, 12);
        m.Body.Sphere(Matrix4x4.CreateScale(0.024f, 0.02f, 0.024f) * Matrix4x4.CreateTranslation(0, 0.02f, 0), 12, 6); // swell of the knob
        var steel = m.Paint(Paints.Srgb(70, 72, 78, 0.45f, 1, "axehead"));
        steel.Box(new Vector3(-0.005f, 0.74f, 0), new Vector3(0.045f, 0.035f, 0.024f));
        steel.Extrude([new(0.03f, 0.715f), new(0.16f, 0.65f), new(0.175f, 0.74f), new(0.16f, 0.83f), new(0.03f, 0.77f)], 0.018f, Matrix4x4.Identity);
        // The honed edge shines where the rest of the head is dark forged steel: that bright crescent reads as "blade".
        m.Paint(Paints.Srgb(215, 218, 222, 0.15f, 1, "edge")).Extrude([new(0.152f, 0.655f), new(0.162f, 0.65f), new(0.178f, 0.74f), new(0.162f, 0.83f), new(0.152f, 0.825f), new(0.166f, 0.74f)], 0.02f, Matrix4x4.Identity);
    }

    /// <summary>
    /// A supermarket shopping cart (1 m long, 1 m to the handle) seen from the side: a chrome wire basket that
    /// widens and slopes back towards the top (so carts nest), a coloured plastic handle bar, a chassis with a
    /// lower tray and four black castors.
    /// </summary>
    private static void Cart(ModelBuilder m, ref SeededRandom r)
    {
        var wire = m.Paint(Paints.Srgb(200, 202, 208, 0.25f, 1, "wire"));
        var rubber = m.Paint(Paints.Rubber);
        // A point of the basket: u from back (0) to front (1), v from bottom (0) to top (1), w across (−1 to 1).
        static Vector3 Basket(float u, float v, float w)
        {
            var x = float.Lerp(float.Lerp(-0.3f, 0.42f, u), float.Lerp(-0.46f, 0.5f, u), v);
            return new Vector3(x, float.Lerp(0.48f, 0.98f, v), w * float.Lerp(0.22f, 0.27f, v));
        }
        const float thin = 0.0045f, frame = 0.009f;
        foreach (var w in new[] { -1f, 1f })
        {
            for (var i = 0; i <= 14; i++) wire.Rod(Basket(i / 14f, 0, w), Basket(i / 14f, 1, w), thin, thin, 4);
            for (var j = 1; j < 5; j++) wire.Rod(Basket(0, j / 5f, w), Basket(1, j / 5f, w), thin, thin, 4);
            wire.Rod(Basket(0, 1, w), Basket(1, 1, w), frame, frame, 6);
            wire.Rod(Basket(0, 0, w), Basket(1, 0, w), frame, frame, 6);
        }
        foreach (var u in new[] { 0f, 1f })
        {
            for (var k = -4; k <= 4; k++) wire.Rod(Basket(u, 0, k / 4f), Basket(u, 1, k / 4f), thin, thin, 4);
            for (var j = 1; j < 5; j++) wire.Rod(Basket(u, j / 5f, -1), Basket(u, j / 5f, 1), thin, thin, 4);
            wire.Rod(Basket(u, 1, -1), Basket(u, 1, 1), frame, frame, 6);
        }
        for (var k = -4; k <= 4; k++) wire.Rod(Basket(0, 0, k / 4f), Basket(1, 0, k / 4f), thin, thin, 4);
        // The handle bar behind the basket's top, on two short arms; the one part in the body colour (red, blue).
        m.Body.Capsule(new Vector3(-0.54f, 1.03f, -0.27f), new Vector3(-0.54f, 1.03f, 0.27f), 0.02f, 0.02f, 12);
        const float chassis = 0.13f;
        foreach (var z in new[] { -0.22f, 0.22f })
        {
            wire.Rod(new Vector3(-0.54f, 1.03f, z), Basket(0, 1, z / 0.27f), frame, frame, 6);
            wire.Rod(new Vector3(-0.5f, 0.98f, z), new Vector3(-0.38f, chassis, z), frame, frame, 6); // back legs
            wire.Rod(Basket(1, 0, z / 0.22f), new Vector3(0.42f, chassis, z), frame, frame, 6); // front legs
            wire.Rod(new Vector3(-0.38f, chassis, z), new Vector3(0.42f, chassis, z), frame, frame, 6);
        }
        for (var i = 0; i <= 6; i++) wire.Rod(new Vector3(float.Lerp(-0.34f, 0.4f, i / 6f), chassis + 0.05f, -0.2f), new Vector3(float.Lerp(-0.34f, 0.4f, i / 6f), chassis + 0.05f, 0.2f), thin, thin, 4);
        foreach (var x in new[] { -0.36f, 0.4f })
            foreach (var z in new[] { -0.22f, 0.22f })
            {
                wire.Box(new Vector3(x, 0.095f, z), new Vector3(0.012f, 0.035f, 0.014f));
                rubber.Cylinder(Matrix4x4.CreateScale(0.05f, 0.012f, 0.05f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(x + 0.02f, 0.05f, z), 1, 18);
            }
    }

    /// <summary>
    /// A wooden chessboard (45 cm, 5 cm squares inside a border) with a game in its opening: both sides' 32 pieces
    /// turned on a lathe (pawns, rooks with a crenellated top, knights with a head, bishops' mitres, queens' crowns,
    /// kings' crosses) and, by seed, a few pawns already advanced.
    /// </summary>
    private static void Chess(ModelBuilder m, ref SeededRandom r)
    {
        const float square = 0.05f, top = 0.024f;
        m.Body.Box(new Vector3(0, top / 2, 0), new Vector3(0.225f, top / 2, 0.225f));
        var light = m.Paint(Paints.Srgb(225, 200, 160, 0.4f, 0, "lightsquare"));
        var dark = m.Paint(Paints.Srgb(75, 45, 28, 0.4f, 0, "darksquare"));
        for (var file = 0; file < 8; file++)
            for (var rank = 0; rank < 8; rank++)
                ((file + rank) % 2 == 0 ? dark : light).Box(Square(file, rank, top + 0.001f), new Vector3(square / 2, 0.001f, square / 2));
        var white = m.Paint(Paints.Srgb(235, 225, 205, 0.35f, 0, "whitepieces"));
        var black = m.Paint(Paints.Srgb(30, 28, 28, 0.3f, 0, "blackpieces"));
        string[] backRank = ["rook", "knight", "bishop", "queen", "king", "bishop", "knight", "rook"];
        for (var file = 0; file < 8; file++)
        {
            Piece(white, backRank[file], Square(file, 0, top + 0.002f), 1);
            Piece(black, backRank[file], Square(file, 7, top + 0.002f), -1);
            Piece(white, "pawn", Square(file, r.NextDouble() < 0.25 ? 3 : 1, top + 0.002f), 1);
            Piece(black, "pawn", Square(file, r.NextDouble() < 0.25 ? 4 : 6, top + 0.002f), -1);
        }
        static Vector3 Square(int file, int rank, float y) => new((file - 3.5f) * square, y, (3.5f - rank) * square);
    }

    /// <summary>One Staunton-style piece standing at <paramref name="at"/>; a knight looks towards its opponent (<paramref name="side"/>: +1 white, −1 black).</summary>
    private static void Piece(MeshBuilder paint, string name, Vector3 at, int side)
    {
        var place = Matrix4x4.CreateTranslation(at);
        var (height, crown) = name switch
        {
            "pawn" => (0.032f, 0.009f), "rook" => (0.04f, 0.012f), "knight" => (0.042f, 0.009f),
            "bishop" => (0.05f, 0.009f), "queen" => (0.06f, 0.011f), _ => (0.068f, 0.011f),
        };
        // Base, waist and collar; the crown that names each piece goes on top.
        paint.Lathe([new(0.016f, 0), new(0.016f, 0.005f), new(0.011f, 0.008f), new(0.006f, 0.6f * height), new(crown, 0.72f * height), new(0.005f, 0.76f * height), new(0, 0.76f * height)], place, 16);
        var head = at + new Vector3(0, 0.76f * height, 0);
        switch (name)
        {
            case "pawn": paint.Sphere(Matrix4x4.CreateScale(0.009f) * Matrix4x4.CreateTranslation(head + new Vector3(0, 0.007f, 0)), 12, 8); break;
            case "rook":
                paint.Cylinder(Matrix4x4.CreateScale(0.012f, 0.006f, 0.012f) * Matrix4x4.CreateTranslation(head + new Vector3(0, 0.006f, 0)), 1, 16);
                for (var i = 0; i < 4; i++)
                {
                    var a = i * MathF.PI / 2;
                    paint.Box(head + new Vector3(MathF.Cos(a) * 0.009f, 0.014f, MathF.Sin(a) * 0.009f), new Vector3(0.003f, 0.003f, 0.003f), 0, a);
                }
                break;
            case "knight":
                paint.Box(head + new Vector3(0, 0.008f, 0), new Vector3(0.006f, 0.011f, 0.005f), 0.2f * side);
                paint.Box(head + new Vector3(0, 0.014f, side * 0.007f), new Vector3(0.005f, 0.005f, 0.009f));
                break;
            case "bishop":
                paint.Ellipsoid(head + new Vector3(0, 0.008f, 0), new Vector3(0.008f, 0.012f, 0.008f), 0, 0, 12, 8);
                paint.Sphere(Matrix4x4.CreateScale(0.003f) * Matrix4x4.CreateTranslation(head + new Vector3(0, 0.022f, 0)), 8, 5);
                break;
            case "queen":
                paint.Cylinder(Matrix4x4.CreateScale(0.008f, 0.006f, 0.008f) * Matrix4x4.CreateTranslation(head + new Vector3(0, 0.006f, 0)), 1.4f, 16);
                paint.Sphere(Matrix4x4.CreateScale(0.004f) * Matrix4x4.CreateTranslation(head + new Vector3(0, 0.015f, 0)), 8, 5);
                break;
            default:
                paint.Cylinder(Matrix4x4.CreateScale(0.008f, 0.006f, 0.008f) * Matrix4x4.CreateTranslation(head + new Vector3(0, 0.006f, 0)), 1.2f, 16);
                paint.Box(head + new Vector3(0, 0.018f, 0), new Vector3(0.0018f, 0.006f, 0.0018f));
                paint.Box(head + new Vector3(0, 0.019f, 0), new Vector3(0.0045f, 0.0018f, 0.0018f));
                break;
        }
    }

    /// <summary>
    /// A stack of three dinner plates (27 cm): each a flat well and a sloped rim, nested 1.2 cm above the one
    /// below, with a thin blue band on the rim so white plates still show against a white counter.
    /// </summary>
    private static void Dishes(ModelBuilder m, ref SeededRandom r)
    {
        const float rim = 0.135f;
        var band = m.Paint(Paints.Srgb(40, 70, 150, 0.3f, 0, "band"));
        for (var i = 0; i < 3; i++)
        {
            var lift = Matrix4x4.CreateTranslation(0, i * 0.012f, 0);
            m.Body.Lathe([new(0, 0), new(0.55f * rim, 0), new(0.6f * rim, 0.004f), new(0.62f * rim, 0.008f), new(0.97f * rim, 0.017f),
                new(rim, 0.02f), new(0.985f * rim, 0.022f), new(0.62f * rim, 0.011f), new(0, 0.011f)], lift, 48);
            band.Torus(0.95f * rim, 0.0022f, Matrix4x4.CreateTranslation(0, 0.0185f, 0) * lift, 48, 6);
        }
    }
}
