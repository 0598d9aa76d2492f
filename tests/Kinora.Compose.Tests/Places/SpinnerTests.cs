using System.Numerics;
using Kinora.Compose.Scenery;
using Kinora.Plan;

namespace Kinora.Compose.Tests.Places;

/// <summary>
/// Scenery that turns (<see cref="SceneryPiece.Spin"/>): the Ferris wheel about a level axle at a ride's pace, the
/// carousel about its pole, the windmill's sails about their shaft; the rest of each set stands still, and nothing
/// that turns sweeps through the ground or into a walker's band at any angle.
/// </summary>
public class SpinnerTests
{
    private static World Compose(string setting, bool cast, double hour = 14) => LeisurePlacesTests.Compose(setting, cast, hour);

    private static SceneryPiece Spinner(World world, string kind) =>
        Assert.Single(world.Environment.Scenery, p => p.Kind == kind && p.Spin != Vector3.Zero);

    private static float Period(SceneryPiece piece) => MathF.Tau / piece.Spin.Length();

    /// <summary>Every vertex of the piece turned by <paramref name="angle"/> about its spin axis through its pivot.</summary>
    private static IEnumerable<Vector3> Turned(SceneryPiece piece, float angle)
    {
        var place = Matrix4x4.CreateScale(piece.Scale) * Matrix4x4.CreateFromQuaternion(piece.Rotation)
                    * Matrix4x4.CreateFromAxisAngle(Vector3.Normalize(piece.Spin), angle) * Matrix4x4.CreateTranslation(piece.Position);
        foreach (var part in piece.Model.Parts)
            for (var i = 0; i < part.Mesh.Positions.Length; i++)
                yield return Vector3.Transform(part.Mesh.Positions.Span[i], part.Local * place);
    }

    private static IEnumerable<float> Angles => Enumerable.Range(0, 24).Select(i => i * MathF.Tau / 24);

    [Fact]
    public void The_ferris_wheel_turns_about_a_level_axle_every_half_minute_or_so()
    {
        var wheel = Spinner(Compose("amusement park", cast: false), "ferris wheel");
        var axis = Vector3.Normalize(wheel.Spin);
        Assert.True(MathF.Abs(axis.Y) < 1e-3f, $"axle {axis} is not level");
        Assert.True(MathF.Abs(axis.Z) > 0.99f, "the wheel faces the camera (turns about Z)");
        Assert.InRange(Period(wheel), 20f, 60f);
        Assert.InRange(wheel.Position.Y, 14f, 20f);   // the pivot is the hub, high on the legs
        // Round the whole turn its lowest cabin clears the ground (and the boarding platform under it).
        var lowest = Angles.Min(a => Turned(wheel, a).Min(v => v.Y));
        Assert.True(lowest > 0.3f, $"the wheel sweeps down to {lowest:F2} m");
    }

    [Fact]
    public void The_carousel_turns_about_its_pole_and_the_windmills_sails_about_their_shaft()
    {
        var carousel = Spinner(Compose("carousel", cast: false), "carousel");
        Assert.True(Vector3.Normalize(carousel.Spin).Y > 0.999f, "anticlockwise from above, the way the horses face");
        Assert.InRange(Period(carousel), 8f, 20f);
        var sails = Spinner(Compose("windmill", cast: false), "windmill");
        Assert.True(MathF.Abs(Vector3.Normalize(sails.Spin).Z) > 0.999f, "the sails face the camera");
        Assert.InRange(Period(sails), 3f, 15f);
        Assert.InRange(sails.Position.Y, 12f, 20f);   // at the cap
        var reach = Turned(sails, 0).Max(v => Vector3.Distance(v, sails.Position));
        Assert.True(sails.Position.Y - reach > 1, "the sails' tips clear the ground");
    }

    [Theory]
    [InlineData("amusement park", "ferris wheel")]
    [InlineData("carousel", "carousel")]
    [InlineData("windmill", "windmill")]
    public void Only_the_ride_turns_and_it_never_sweeps_into_a_walker(string setting, string kind)
    {
        var world = Compose(setting, cast: true);
        var spinners = world.Environment.Scenery.Where(p => p.Spin != Vector3.Zero).ToList();
        Assert.True(spinners.Count > 0 && spinners.TrueForAll(p => p.Kind == kind), string.Join(", ", spinners.Select(p => p.Kind)));
        var band = Corridor.Around(world.Entities);
        foreach (var piece in spinners)
            foreach (var angle in Angles)
                foreach (var v in Turned(piece, angle))
                    if (v.Z > band.Back + 1e-3f) Assert.True(v.Y < 0.3f, $"{piece.Kind} turned {angle:F2} reaches {v} (band from {band.Back:F2})");
    }
}
