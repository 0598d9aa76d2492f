using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Assets.Meshes;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Landmarks;

/// <summary>
/// A Dutch tower mill: an eight-sided tapering body of dark weatherboard on a brick base, a railed stage round it,
/// a boat-shaped cap and four lattice sails facing the camera that turn (a spinner of their own); bands of tulips
/// in front, a ditch of water and pollard willows along it, a farmhouse and trees beyond.
/// </summary>
internal static class WindmillSet
{
    private static readonly Material Boards = Paints.Srgb(70, 68, 62, 0.85f, 0, "millboards");
    private static readonly Material Cap = Paints.Srgb(45, 70, 60, 0.7f, 0, "millcap");
    private static readonly Material SailWood = Paints.Srgb(120, 40, 30, 0.7f, 0, "sailwood");
    private static readonly Material Canvas = Paints.Srgb(225, 215, 190, 0.9f, 0, "sailcloth");
    private static readonly Material[] Tulips =
    [
        Paints.Srgb(210, 30, 40, 0.7f, 0, "tulipred"), Paints.Srgb(240, 200, 40, 0.7f, 0, "tulipyellow"),
        Paints.Srgb(230, 110, 170, 0.7f, 0, "tulippink"), Paints.Srgb(240, 120, 30, 0.7f, 0, "tuliporange"),
    ];
    private static readonly Material Stalks = Paints.Srgb(60, 110, 45, 0.85f, 0, "tulipleaves");

    /// <summary>m: the cap's height, where the sails' hub turns.</summary>
    public const float BodyHeight = 15;
    private const float SailLength = 12;

    /// <summary>s per turn of the sails: a working mill in a fresh breeze turns ten or so times a minute (tips at
    /// about 12 m/s).</summary>
    public const float SailPeriod = 6;
    /// <summary>Where the sails' hub sits relative to the mill's foot (the shaft's end, out of the cap's nose).</summary>
    public static readonly Vector3 SailHub = new(0, BodyHeight + 0.6f, 4.3f);
    /// <summary>rad/s about world axes: about +Z, anticlockwise as the camera (in front) sees it, as Dutch sails turn
    /// (the lattice is on each sail's trailing side for that turn).</summary>
    public static Vector3 SailSpin => new(0, 0, MathF.Tau / SailPeriod);

    private static readonly Kit Mill = MakeMill();
    /// <summary>The four sails built round their hub at the origin: a spinner of their own.</summary>
    internal static readonly Kit Sails = MakeSails();

    public static void Dress(SetDresser d, PlaceContext ctx)
    {
        var cx = d.Zone.CentreX + 3;
        var at = new Vector3(cx, 0, d.Zone.Back - Masonry.Setback(ctx, 20, BodyHeight + SailLength));
        if (d.Put("windmill", Mill, at, 0, 1, 6.5f))
            d.Spinner("windmill", new Kit().Add(Sails, Matrix4x4.Identity), at + SailHub, SailSpin);
        // Tulip field: long bands of one colour each, between the action and the mill, leaving a path to its door.
        var field = d.Layer("tulips", cx);
        var band = 0;
        for (var z = d.Zone.Back - 1.0f; z > at.Z + 9; z -= 1.3f, band++)
            foreach (var (x0, x1) in new[] { (cx - 40f, cx - 1.2f), (cx + 1.2f, cx + 40f) })
            {
                field.Paint(Stalks).Box(new Vector3((x0 + x1) / 2, 0.15f, z), new Vector3((x1 - x0) / 2, 0.15f, 0.45f));
                field.Paint(Tulips[band % Tulips.Length]).Box(new Vector3((x0 + x1) / 2, 0.36f, z), new Vector3((x1 - x0) / 2, 0.07f, 0.4f));
            }
        Landforms.Slab(d.Layer("path"), Masonry.Gravel, cx - 1.1f, cx + 1.1f, at.Z + 5, d.Zone.Back - 0.2f, 0.02f, 0.04f);
        // A ditch of still water behind the mill with willows along it, a farmhouse, then trees.
        Landforms.Slab(d.Layer("ditch"), Palette.Sea with { Name = "ditchwater", Roughness = 0.05f }, d.Left - 40, d.Right + 40, at.Z - 12, at.Z - 9, 0.01f, 0.02f);
        for (var x = d.Left; x < d.Right; x += d.Range(7, 11))
            d.Put("willows", Trees.BroadleafDark, new Vector3(x, 0, at.Z - 14), d.Range(0, MathF.Tau), d.Range(0.8f, 1.1f), Trees.BroadleafRadius);
        var farm = new Kit();
        Masonry.Block(farm, Masonry.Brick, 0, 0, 5, 3.5f, 4);
        Masonry.Gable(farm, Masonry.Brick, Masonry.Tiles, 0, 0, 10, 8, 3.5f, 4.5f, ridgeAlongX: false, 0.4f);
        Masonry.Windows(farm, d.Dark, 0, 1.8f, 4, 3, 2.6f, 1.0f, 1.2f);
        d.Put("farmhouse", farm, new Vector3(cx - 22, 0, at.Z - 4), 0.3f, 1, 5);
        d.Scatter("trees", [Trees.Broadleaf, Trees.BroadleafDark], 30, d.Left - 20, d.Right + 20, at.Z - 25, at.Z - 60, 1.1f, 1.6f, Trees.BroadleafRadius);
        d.Vista = Masonry.Around(cx - 12, cx + 12, BodyHeight + SailLength - 1, at.Z - 3, at.Z + 10);
        // Behind a walker the mill and its turning sails stay whole in the frame, the cast small before them.
        d.Backdrop = Masonry.Around(at.X - SailLength, at.X + SailLength, SailHub.Y + SailLength, at.Z - 4, at.Z + SailHub.Z + 1);
    }

    /// <summary>The mill, its foot centred on the origin, the sails on its front (+Z).</summary>
    private static Kit MakeMill()
    {
        var k = new Kit();
        // The body: eight flat sides, 4.4 m across at the foot and 2.9 m under the cap; a brick base 4 m high.
        k.Paint(Masonry.Brick).Lathe([new(4.6f, 0), new(4.4f, 4)], Matrix4x4.CreateRotationY(MathF.PI / 8), 8);
        k.Paint(Boards).Lathe([new(4.2f, 4), new(2.9f, BodyHeight)], Matrix4x4.CreateRotationY(MathF.PI / 8), 8);
        k.Paint(Masonry.Dark).Box(new Vector3(0, 1.2f, 4.5f), new Vector3(0.7f, 1.2f, 0.1f)); // the door
        foreach (var y in new[] { 7.5f, 11.5f })
            Masonry.Windows(k, false, 0, y, 4.2f - 1.3f * (y - 4) / (BodyHeight - 4) - 0.02f, 1, 1, 0.7f, 0.9f);
        // The stage: a railed wooden deck round the body at 5 m.
        var deck = k.Paint(Paints.DarkWood);
        deck.Lathe([new(6.5f, 4.9f), new(6.5f, 5.1f)], Matrix4x4.CreateRotationY(MathF.PI / 8), 8);
        for (var i = 0; i < 16; i++)
        {
            var a = i * MathF.Tau / 16;
            var p = new Vector3(6.4f * MathF.Cos(a), 5.1f, 6.4f * MathF.Sin(a));
            deck.Rod(p, p + new Vector3(0, 1.0f, 0), 0.05f, 0.05f, 4);
            deck.Rod(p - new Vector3(0, 4.9f, 0), p, 0.08f, 0.08f, 4); // struts down to the ground
        }
        deck.Torus(6.4f, 0.05f, Matrix4x4.CreateTranslation(0, 6.1f, 0), 16, 4);
        // The cap: an upturned boat over the top, its nose to the front where the shaft comes out.
        k.Paint(Cap).Ellipsoid(new Vector3(0, BodyHeight, 0.3f), new Vector3(3.2f, 2.3f, 3.9f), 0, 0, 16, 8);
        k.Paint(Paints.Black).Rod(new Vector3(0, BodyHeight + 0.4f, 2.5f), SailHub, 0.45f, 0.4f, 10);
        return k;
    }

    /// <summary>Four sails in an X round the origin (the hub), in the XY plane, a boss over their crossing.</summary>
    private static Kit MakeSails()
    {
        var k = new Kit();
        foreach (var a in new[] { MathF.PI / 4, 3 * MathF.PI / 4, 5 * MathF.PI / 4, 7 * MathF.PI / 4 })
            Sail(k, Vector3.Zero, a);
        k.Paint(Paints.Black).Cylinder(Matrix4x4.CreateScale(0.5f, 0.3f, 0.5f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(0, 0, 0.3f), 1, 10);
        return k;
    }

    /// <summary>One sail: a stock out from the hub at angle <paramref name="a"/> in the XY plane, a lattice of bars
    /// on its trailing side with canvas furled along half its length.</summary>
    private static void Sail(Kit k, Vector3 hub, float a)
    {
        var along = new Vector3(MathF.Cos(a), MathF.Sin(a), 0);
        var side = new Vector3(-MathF.Sin(a), MathF.Cos(a), 0); // the trailing side for a turn anticlockwise
        var wood = k.Paint(SailWood);
        wood.Box(Frame(hub + along * SailLength / 2 + new Vector3(0, 0, 0.2f), along, new Vector3(SailLength / 2, 0.16f, 0.12f)));
        const float inner = 2.4f, width = 2.3f;
        foreach (var o in new[] { 0.35f, width })
            wood.Box(Frame(hub + along * (inner + SailLength) / 2 + side * o + new Vector3(0, 0, 0.25f), along, new Vector3((SailLength - inner) / 2, 0.05f, 0.05f)));
        for (var r = inner; r <= SailLength + 0.01f; r += 0.75f)
            wood.Box(Frame(hub + along * r + side * (width / 2 + 0.18f) + new Vector3(0, 0, 0.25f), side, new Vector3(width / 2, 0.04f, 0.04f)));
        k.Paint(Canvas).Box(Frame(hub + along * (inner + SailLength) / 2 + side * (width / 2 + 0.18f) + new Vector3(0, 0, 0.18f), along, new Vector3((SailLength - inner) / 2, width / 2 - 0.1f, 0.02f)));
    }

    /// <summary>A box's placement with its local X along <paramref name="x"/> (in the XY plane) and half sizes <paramref name="half"/>.</summary>
    private static Matrix4x4 Frame(Vector3 centre, Vector3 x, Vector3 half) =>
        Matrix4x4.CreateScale(half) * Matrix4x4.CreateRotationZ(MathF.Atan2(x.Y, x.X)) * Matrix4x4.CreateTranslation(centre);
}
