using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Tests;

public class AssetsTests
{
    private static readonly string[] Coco =
    [
        "person", "bicycle", "car", "motorcycle", "airplane", "bus", "train", "truck", "boat", "traffic light", "fire hydrant",
        "stop sign", "parking meter", "bench", "bird", "cat", "dog", "horse", "sheep", "cow", "elephant", "bear", "zebra",
        "giraffe", "backpack", "umbrella", "handbag", "tie", "suitcase", "frisbee", "skis", "snowboard", "sports ball", "kite",
        "baseball bat", "baseball glove", "skateboard", "surfboard", "tennis racket", "bottle", "wine glass", "cup", "fork",
        "knife", "spoon", "bowl", "banana", "apple", "sandwich", "orange", "broccoli", "carrot", "hot dog", "pizza", "donut",
        "cake", "chair", "couch", "potted plant", "bed", "dining table", "toilet", "tv", "laptop", "mouse", "remote",
        "keyboard", "cell phone", "microwave", "oven", "toaster", "sink", "refrigerator", "book", "clock", "vase", "scissors",
        "teddy bear", "hair drier", "toothbrush",
    ];

    public static TheoryData<string> ModelledKinds()
    {
        var data = new TheoryData<string>();
        foreach (var spec in AssetLibrary.ModelledKinds) data.Add(spec.Kind);
        return data;
    }

    private static (Shape Shape, Model Model, Material Material) Build(string kind, string? color = null, long seed = 7)
    {
        var random = new SeededRandom(seed, "test/" + kind);
        return AssetLibrary.Build(new CastMember { Id = "x", Kind = kind, Traits = new Traits { Color = color } }, ref random);
    }

    /// <summary>Bounds of a model in its entity frame (every vertex through its part transform).</summary>
    private static (Vector3 Min, Vector3 Max) Bounds(Model model)
    {
        var min = new Vector3(float.MaxValue);
        var max = new Vector3(float.MinValue);
        foreach (var part in model.Parts)
            foreach (var p in part.Mesh.Positions.Span)
            {
                var w = Vector3.Transform(p, part.Local);
                min = Vector3.Min(min, w);
                max = Vector3.Max(max, w);
            }
        return (min, max);
    }

    /// <summary>Signed volume by the divergence theorem: positive for closed shells wound counter-clockwise from outside.</summary>
    private static double SignedVolume(Mesh mesh)
    {
        var p = mesh.Positions.Span;
        var idx = mesh.Indices.Span;
        double v = 0;
        for (var t = 0; t < idx.Length; t += 3)
            v += Vector3.Dot(p[(int)idx[t]], Vector3.Cross(p[(int)idx[t + 1]], p[(int)idx[t + 2]])) / 6.0;
        return v;
    }

    /// <summary>Every edge (with vertices welded by position) is used exactly twice, in opposite directions.</summary>
    private static void AssertClosed(Mesh mesh)
    {
        var p = mesh.Positions.Span;
        var idx = mesh.Indices.Span;
        var key = new Dictionary<(int, int, int), int>();
        int Weld(Vector3 v)
        {
            var k = ((int)MathF.Round(v.X * 1e4f), (int)MathF.Round(v.Y * 1e4f), (int)MathF.Round(v.Z * 1e4f));
            if (!key.TryGetValue(k, out var id)) key[k] = id = key.Count;
            return id;
        }
        var edges = new Dictionary<(int, int), int>();
        for (var t = 0; t < idx.Length; t += 3)
        {
            var w = new[] { Weld(p[(int)idx[t]]), Weld(p[(int)idx[t + 1]]), Weld(p[(int)idx[t + 2]]) };
            if (w[0] == w[1] || w[1] == w[2] || w[0] == w[2]) continue; // degenerate pole triangle
            for (var e = 0; e < 3; e++)
            {
                var edge = (w[e], w[(e + 1) % 3]);
                edges[edge] = edges.GetValueOrDefault(edge) + 1;
            }
        }
        foreach (var ((a, b), n) in edges)
            Assert.True(edges.GetValueOrDefault((b, a)) == n, $"{mesh.Name}: edge {a}-{b} is not matched by its reverse");
    }

    [Fact]
    public void Every_coco_class_is_known()
    {
        Assert.All(Coco, kind => Assert.True(AssetLibrary.IsKnown(kind), $"{kind} has no asset"));
    }

    /// <summary>Kinds drawn with more than they collide as (ModelBuilder.CollideAs): a dining table's chairs.</summary>
    private static readonly HashSet<string> DrawnBeyondCollider = ["dining table"];

    [Theory]
    [MemberData(nameof(ModelledKinds))]
    public void Kind_has_its_typical_size_and_rests_on_the_ground(string kind)
    {
        var (shape, model, _) = Build(kind);
        Assert.NotEmpty(model.Parts);
        Assert.All(model.Parts, p => Assert.True(p.Mesh.TriangleCount > 0));
        var (min, max) = Bounds(model);
        var box = Assert.IsType<BoxShape>(shape);
        Assert.Equal(-shape.HalfHeight, min.Y, 0.01f);
        var typical = AssetLibrary.TypicalSize(kind);
        if (DrawnBeyondCollider.Contains(kind))
        {
            // The size is the collider's (the table's), and the drawing holds the whole collider box.
            var half = box.HalfExtents;
            Assert.InRange(2 * MathF.Max(half.X, MathF.Max(half.Y, half.Z)), typical * 0.9, typical * 1.1);
            var slack = new Vector3(1e-3f);
            Assert.True(Vector3.Min(min, -half + slack) == min && Vector3.Max(max, half - slack) == max, $"{kind}: model {min}..{max}, collider ±{half}");
            return;
        }
        var extent = max - min;
        var largest = MathF.Max(extent.X, MathF.Max(extent.Y, extent.Z));
        Assert.InRange(largest, typical * 0.9, typical * 1.1);
        Assert.Equal(box.HalfExtents.Y, max.Y, 0.01f);
        Assert.Equal(0, (min + max).X / 2, 0.01f); // centred on its collider
        Assert.Equal(0, (min + max).Z / 2, 0.01f);
    }

    [Theory]
    [MemberData(nameof(ModelledKinds))]
    public void Colour_trait_tints_the_main_surface(string kind)
    {
        Assert.True(ColorNames.TryGetLinear("green", out var green));
        var (_, model, material) = Build(kind, "green");
        Assert.Contains(model.Parts, p => p.Material.BaseColor == green);
        Assert.Equal(green, material.BaseColor);
        var (_, plain, _) = Build(kind);
        Assert.DoesNotContain(plain.Parts, p => p.Material.BaseColor == green);
    }

    [Theory]
    [MemberData(nameof(ModelledKinds))]
    public void Same_seed_same_mesh(string kind)
    {
        var (_, a, _) = Build(kind, seed: 11);
        var (_, b, _) = Build(kind, seed: 11);
        Assert.Equal(a.Parts.Count, b.Parts.Count);
        for (var i = 0; i < a.Parts.Count; i++)
        {
            Assert.Equal(a.Parts[i].Local, b.Parts[i].Local);
            Assert.True(a.Parts[i].Mesh.Positions.Span.SequenceEqual(b.Parts[i].Mesh.Positions.Span), $"{kind} part {i} differs");
            Assert.True(a.Parts[i].Mesh.Indices.Span.SequenceEqual(b.Parts[i].Mesh.Indices.Span));
        }
    }

    [Theory]
    [MemberData(nameof(ModelledKinds))]
    public void Model_meshes_face_outward_and_stay_light(string kind)
    {
        var (_, model, _) = Build(kind);
        foreach (var part in model.Parts)
        {
            Assert.True(SignedVolume(part.Mesh) > 0, $"{part.Mesh.Name} is inside out");
            Assert.Equal(part.Mesh.Positions.Length, part.Mesh.Normals.Length);
        }
        Assert.InRange(model.Parts.Sum(p => p.Mesh.TriangleCount), 1, 120_000);
    }

    public static TheoryData<string> Primitives() => ["sphere", "box", "cylinder", "cone", "lathe", "torus", "extrude", "capsule", "mirrored"];

    private static Mesh Primitive(string name) => name switch
    {
        "sphere" => new MeshBuilder().Sphere(Matrix4x4.CreateScale(2, 1, 0.5f)).Build(name),
        "box" => new MeshBuilder().Box(new Vector3(1, 2, 3), new Vector3(0.5f, 0.2f, 0.1f), 0.3f, 0.2f).Build(name),
        "cylinder" => new MeshBuilder().Cylinder(Matrix4x4.CreateScale(0.5f, 2, 0.5f)).Build(name),
        "cone" => new MeshBuilder().Rod(new Vector3(0, 0, 0), new Vector3(1, 1, 0), 0.3f, 0.0001f).Build(name),
        "lathe" => new MeshBuilder().Lathe([new(0, 0), new(1, 0), new(1.2f, 1), new(0.5f, 2), new(0, 2)], Matrix4x4.Identity).Build(name),
        "torus" => new MeshBuilder().Torus(1, 0.25f, Matrix4x4.CreateRotationX(1)).Build(name),
        "extrude" => new MeshBuilder().Extrude([new(0, 0), new(2, 0), new(2, 1), new(1, 0.4f), new(0, 1)], 0.5f, Matrix4x4.Identity).Build(name),
        "capsule" => new MeshBuilder().Capsule(new Vector3(0, 0, 0), new Vector3(0, 0, 1), 0.2f, 0.1f).Build(name),
        _ => new MeshBuilder().Cylinder(Matrix4x4.CreateScale(-1, 1, 1)).Build(name),
    };

    [Theory]
    [MemberData(nameof(Primitives))]
    public void Primitives_are_closed_and_outward_facing(string name)
    {
        var mesh = Primitive(name);
        AssertClosed(mesh);
        Assert.True(SignedVolume(mesh) > 0, $"{name} is inside out");
    }

    [Fact]
    public void Convex_primitives_face_away_from_their_centre()
    {
        // The check from ComposerTests, for the primitives that are star-shaped about the origin.
        foreach (var mesh in new[] { Primitive("sphere"), new MeshBuilder().Cylinder(Matrix4x4.Identity, 0.5f).Build("frustum"), new MeshBuilder().Box(Matrix4x4.Identity).Build("cube") })
        {
            var p = mesh.Positions.Span;
            var idx = mesh.Indices.Span;
            for (var t = 0; t < idx.Length; t += 3)
            {
                var (a, b, c) = (p[(int)idx[t]], p[(int)idx[t + 1]], p[(int)idx[t + 2]]);
                var n = Vector3.Cross(b - a, c - a);
                if (n.LengthSquared() < 1e-12f) continue;
                Assert.True(Vector3.Dot(n, (a + b + c) / 3) > 0, $"{mesh.Name} triangle {t / 3} faces inward");
            }
        }
    }

    [Fact]
    public void Volumes_match_the_analytic_shapes()
    {
        Assert.Equal(4.0 / 3 * Math.PI * 2 * 1 * 0.5, SignedVolume(Primitive("sphere")), 0.05 * 4.19);
        Assert.Equal(Math.PI * 0.25 * 4, SignedVolume(Primitive("cylinder")), 0.05 * 3.14);
        Assert.Equal(2 * Math.PI * Math.PI * 1 * 0.25 * 0.25, SignedVolume(Primitive("torus")), 0.08 * 1.23); // 12 sides: a polygon tube holds ~95% of the circle's area
        Assert.Equal(8 * 0.5 * 0.2 * 0.1, SignedVolume(Primitive("box")), 1e-4);
    }

    [Fact]
    public void Normals_point_the_same_way_as_the_faces()
    {
        foreach (var name in new[] { "sphere", "cylinder", "lathe", "torus", "mirrored" })
        {
            var mesh = Primitive(name);
            var p = mesh.Positions.Span;
            var nrm = mesh.Normals.Span;
            var idx = mesh.Indices.Span;
            var agree = 0; var total = 0;
            for (var t = 0; t < idx.Length; t += 3)
            {
                var face = Vector3.Cross(p[(int)idx[t + 1]] - p[(int)idx[t]], p[(int)idx[t + 2]] - p[(int)idx[t]]);
                if (face.LengthSquared() < 1e-12f) continue;
                total++;
                if (Vector3.Dot(face, nrm[(int)idx[t]] + nrm[(int)idx[t + 1]] + nrm[(int)idx[t + 2]]) > 0) agree++;
            }
            Assert.True(agree == total, $"{name}: {total - agree} of {total} faces disagree with their normals");
        }
    }

    [Fact]
    public void Material_trait_gives_the_body_its_look_and_physics()
    {
        var random = new SeededRandom(1, "m");
        var (_, model, material) = AssetLibrary.Build(new CastMember { Id = "c", Kind = "chair", Traits = new Traits { Material = "metal" } }, ref random);
        Assert.Equal("metal", material.Name);
        Assert.Contains(model.Parts, p => p.Material.Metallic == 1);
    }

    [Fact]
    public void Size_trait_sets_the_largest_extent()
    {
        var random = new SeededRandom(1, "s");
        var (shape, _, _) = AssetLibrary.Build(new CastMember { Id = "d", Kind = "dog", Traits = new Traits { Size = 2.0 } }, ref random);
        var half = ((BoxShape)shape).HalfExtents;
        Assert.Equal(1.0f, MathF.Max(half.X, MathF.Max(half.Y, half.Z)), 3);
    }

    [Fact]
    public void Plain_sports_ball_is_a_football_and_a_coloured_one_has_seams()
    {
        var random = new SeededRandom(1);
        var (shape, plain, _) = AssetLibrary.Build(new CastMember { Id = "b", Kind = "sports ball" }, ref random);
        Assert.IsType<SphereShape>(shape);
        var white = plain.Parts[0].Material.BaseColor;
        Assert.True(white.X > 0.6f && white.Y > 0.6f && white.Z > 0.6f, "a football is white");
        var panels = Assert.Single(plain.Parts, p => p.Mesh.Name.Contains("football"));
        Assert.True(panels.Material.BaseColor.X < 0.05f, "its pentagons are black");
        // Twelve pentagons, each five fans of 4 × 4 triangles, on (just above) the unit sphere.
        Assert.Equal(12 * 5 * 16, panels.Mesh.TriangleCount);
        foreach (var p in panels.Mesh.Positions.Span) Assert.InRange(p.Length(), 1.0f, 1.01f);

        var (_, orange, _) = AssetLibrary.Build(new CastMember { Id = "b", Kind = "sports ball", Traits = new Traits { Color = "orange" } }, ref random);
        Assert.Contains(orange.Parts, p => p.Mesh.Name.Contains("basketball"));
    }
}
