using System.Numerics;

namespace Kinora.Compose.Tests;

/// <summary>
/// A saloon's nose is a blunt front face under a long hood, its lamps set into the corners of that face: a hood
/// swept down to the bumper in one curve made a wedge that the detector named "truck" in every light colour.
/// </summary>
public class CarFrontTests
{
    private static Model Build() => AssetModels.Build("car", 42, "vehicles/car");

    private static List<Vector3> Points(Model model, string paint) =>
        [.. model.Parts.Where(p => p.Material.Name == paint).SelectMany(p => p.Mesh.Positions.ToArray().Select(v => Vector3.Transform(v, p.Local)))];

    [Fact]
    public void The_hood_stays_high_almost_to_the_front_face()
    {
        var model = Build();
        var (min, max) = AssetModels.Bounds(model.Parts);
        var length = max.X - min.X;
        var height = max.Y - min.Y;
        // 4% of the length behind the nose (18 cm on a 4.6 m car) the hood is still above half the car's height.
        var hood = AssetRays.TopAt(model, max.X - 0.04f * length, 0);
        Assert.NotNull(hood);
        Assert.True(hood > min.Y + 0.5f * height, $"hood at {hood:F2}, half height {min.Y + 0.5f * height:F2}");
    }

    [Fact]
    public void The_headlamps_sit_in_the_front_face_not_proud_of_it()
    {
        var model = Build();
        var (min, max) = AssetModels.Bounds(model.Parts);
        var lamps = Points(model, "headlight");
        Assert.NotEmpty(lamps);
        var length = max.X - min.X;
        // Set into the nose: the lamps reach no further forward than the bumper, and sit high on the front face.
        Assert.True(lamps.Max(v => v.X) < max.X, "lamps inside the body's front");
        Assert.True(lamps.Min(v => v.X) > max.X - 0.06f * length, "lamps on the front face, not up the hood");
        Assert.True(lamps.Average(v => v.Y) > min.Y + 0.35f * (max.Y - min.Y), "lamps high on the front face");
    }
}
