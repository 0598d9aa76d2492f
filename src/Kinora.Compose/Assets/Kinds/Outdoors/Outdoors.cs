using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Compose.Scenery;
using Kinora.Compose.Scenery.Props;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// Things that stand outdoors as the subject of a shot: trees and street lamps. The sets already dress these as
/// scenery (<see cref="Trees"/>, <see cref="StreetProps"/>); a prompt that names one ("a solitary oak tree", "an
/// ornate Victorian streetlamp") casts it, and a grey box in its place was what those prompts showed. A cast tree
/// reuses the scenery tree's geometry, so the tree in front looks like the trees behind it. Sizes are real ones: a
/// park tree ~8 m, a palm 7 m, a pine 9 m, a lamp post 4 m. Each rests on the ground as the box that holds it, heavy
/// enough (hundreds of kg to tonnes) that nothing in a scene pushes it over.
/// </summary>
public static class Outdoors
{
    public static IEnumerable<KindSpec> All =>
    [
        new("tree", 8, "wood", Palette.Leaves, Broadleaf)
        {
            Aliases = ["oak", "oak tree", "maple", "maple tree", "elm", "elm tree", "chestnut tree", "beech", "beech tree",
                "sycamore", "linden", "shade tree", "deciduous tree", "broadleaf tree"],
        },
        new("palm tree", 7, "wood", Palette.PalmFrond, Palm) { Aliases = ["palm", "coconut tree", "coconut palm", "date palm"] },
        new("pine", 9, "wood", Palette.Needles, Pine)
        {
            Aliases = ["pine tree", "conifer", "fir", "fir tree", "spruce", "spruce tree", "evergreen", "evergreen tree"],
        },
        new("willow", 9, "wood", Willow.Leaves, Willow.Build) { Aliases = ["weeping willow", "willow tree", "weeping willow tree"] },
        new("cherry tree", 6.5, "wood", Blossom, Cherry)
        {
            Aliases = ["cherry blossom tree", "cherry blossom", "sakura", "sakura tree", "weeping cherry", "weeping cherry tree", "blossom tree"],
        },
        new("bonsai", 0.5, "ceramic", Bonsai.Foliage, Bonsai.Build) { Aliases = ["bonsai tree"] },
        new("street lamp", 4, "iron", Lamppost.Iron, Lamppost.StreetLamp)
        {
            Aliases = ["streetlamp", "street light", "streetlight", "lamppost", "lamp post", "lamp-post", "gas lamp"],
        },
        new("lantern", 0.42, "metal", Lamppost.Iron, Lamppost.Lantern) { Aliases = ["gas lantern", "oil lantern", "hanging lantern", "hurricane lamp"] },
    ];

    /// <summary>Cherry blossom in full bloom: a pale pink, lighter than any leaf, the colour that names it.</summary>
    public static Material Blossom { get; } = Paints.Srgb(242, 178, 200, 0.8f, 0, "blossom");

    // Each tree is the set's prototype turned by seed, so a counted group ("palm trees round the pool") does not
    // read as clones; a palm keeps its lean across the frame, to the left or the right, where its curve shows.
    private static void Broadleaf(ModelBuilder m, ref SeededRandom r)
    {
        AddKit(m, Trees.Broadleaf, Palette.Leaves);
        m.Transform(Matrix4x4.CreateRotationY(r.RangeF(0, MathF.Tau)));
    }

    private static void Palm(ModelBuilder m, ref SeededRandom r)
    {
        AddKit(m, Trees.Palm, Palette.PalmFrond);
        m.Transform(Matrix4x4.CreateRotationY((r.NextDouble() < 0.5 ? 0 : MathF.PI) + r.RangeF(-0.5f, 0.5f)));
    }

    private static void Pine(ModelBuilder m, ref SeededRandom r)
    {
        AddKit(m, Trees.Conifer, Palette.Needles);
        m.Transform(Matrix4x4.CreateRotationY(r.RangeF(0, MathF.Tau)));
    }

    /// <summary>The park tree in bloom, with short sprays hanging from the crown's rim: a weeping cherry's outline.</summary>
    private static void Cherry(ModelBuilder m, ref SeededRandom r)
    {
        AddKit(m, Trees.Broadleaf, Palette.Leaves);
        Willow.Curtain([m.Body], Trees.BroadleafRadius * 0.95f, 3.9f, 2.3f, 3.0f, 30, ref r);
        m.Transform(Matrix4x4.CreateRotationY(r.RangeF(0, MathF.Tau)));
    }

    /// <summary>
    /// Copies a scenery kit's surfaces into the model, its <paramref name="crown"/> surface (the leaves) becoming the
    /// body, so a colour trait ("an autumn-red maple", "a white cherry tree") dyes the foliage, not the bark.
    /// </summary>
    public static void AddKit(ModelBuilder m, Kit kit, Material crown)
    {
        foreach (var part in kit.ToModel(m.Kind).Parts)
        {
            var mesh = part.Mesh;
            m.Paint(part.Material == crown ? m.BodyPaint : part.Material)
                .Triangles(mesh.Positions.ToArray(), mesh.Normals.ToArray(), mesh.Uvs.ToArray(), mesh.Indices.ToArray(), part.Local);
        }
    }
}
