using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Plan;

namespace Kinora.Compose.Tests;

/// <summary>Vehicles, street furniture, sports gear and household things: each builds to its size, the same seed
/// gives the same model, and road vehicles show their wheels from the side instead of hiding them behind a panel.</summary>
public class ObjectKindsTests
{
    public static TheoryData<string> Kinds => new()
    {
        "car", "bus", "train", "truck", "bicycle", "motorcycle", "airplane", "boat", "traffic light", "fire hydrant",
        "stop sign", "parking meter", "skateboard", "surfboard", "kite", "frisbee", "skis", "snowboard", "tennis racket",
        "baseball bat", "baseball glove", "sports ball", "umbrella", "clock", "book", "teddy bear", "suitcase", "backpack",
        "handbag", "tie", "scissors", "toothbrush", "hair drier",
    };

    private static Model Build(string kind, long seed = 42) => AssetModels.Build(kind, seed, "objects/" + kind);

    private static (Vector3 Min, Vector3 Max) Bounds(IEnumerable<ModelPart> parts) => AssetModels.Bounds(parts);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Builds_to_its_typical_size_and_the_same_seed_gives_the_same_model(string kind)
    {
        var model = Build(kind);
        Assert.NotEmpty(model.Parts);
        var (min, max) = Bounds(model.Parts);
        var largest = MathF.Max(max.X - min.X, MathF.Max(max.Y - min.Y, max.Z - min.Z));
        // ±5% seeded size; a ball's panels and seams stand a little proud of its sphere.
        Assert.InRange(largest, AssetLibrary.TypicalSize(kind) * 0.94, AssetLibrary.TypicalSize(kind) * 1.08);
        var again = Build(kind);
        Assert.Equal(model.Parts.Count, again.Parts.Count);
        for (var i = 0; i < model.Parts.Count; i++)
            Assert.True(model.Parts[i].Mesh.Positions.Span.SequenceEqual(again.Parts[i].Mesh.Positions.Span), $"{kind} part {i} differs");
    }

    [Theory]
    [InlineData("car")]
    [InlineData("bus")]
    [InlineData("truck")]
    public void Wheels_show_through_their_arches(string kind)
    {
        // Look at the front kerb-side wheel from the side (+Z), two thirds of the way up from its axle: a body whose
        // sill runs straight over the wheels is hit there first; an arched body lets the ray reach the tyre or rim.
        var model = Build(kind);
        var tyres = model.Parts.Where(p => p.Material.Name == "tyre").ToList();
        Assert.NotEmpty(tyres);
        var points = tyres.SelectMany(p => p.Mesh.Positions.ToArray().Select(v => Vector3.Transform(v, p.Local))).Where(v => v.Z > 0).ToList();
        var frontX = points.Max(v => v.X);
        var wheel = points.Where(v => v.X > frontX - 1.2f * (points.Max(q => q.Y) - points.Min(q => q.Y))).ToList();
        var centre = new Vector3((wheel.Min(v => v.X) + wheel.Max(v => v.X)) / 2, (wheel.Min(v => v.Y) + wheel.Max(v => v.Y)) / 2, 0);
        var radius = (wheel.Max(v => v.Y) - wheel.Min(v => v.Y)) / 2;
        var origin = new Vector3(centre.X, centre.Y + 0.65f * radius, 100);
        var hit = AssetRays.FirstHit(model, origin, -Vector3.UnitZ);
        Assert.NotNull(hit);
        Assert.Contains(hit!.Material.Name, new[] { "tyre", "rim", "alloy" });
    }

    [Fact]
    public void A_bus_is_long_tall_and_has_a_row_of_windows()
    {
        var model = Build("bus");
        var (min, max) = Bounds(model.Parts);
        Assert.InRange(max.X - min.X, 11.4f, 12.6f);
        Assert.InRange((max.Y - min.Y) / (max.X - min.X), 0.25f, 0.32f);
        var (gMin, gMax) = Bounds(model.Parts.Where(p => p.Material.Name == "glass"));
        Assert.True(gMax.X - gMin.X > 0.9f * (max.X - min.X), "glazing runs the length of the bus");
    }
}
