using System.Numerics;
using Kinora.Compose;
using Kinora.Compose.Assets;
using Kinora.Compose.Environments;
using Kinora.Motion;
using Kinora.Plan;
using Kinora.Render.OpenGL;
using Kinora.Render.Scene;
using Xunit.Abstractions;

namespace Kinora.Render.Tests;

/// <summary>The lamp that lights the action casts shadows (LampShadow, LampShadowPass, lit.frag's LAMP_SHADOW).</summary>
public sealed class LampShadowTests(ITestOutputHelper output)
{
    private const int W = 480, H = 270;
    private static readonly CameraPose Camera = new(new Vector3(0, 3f, 7f), new Vector3(0, 0, 0), Vector3.UnitY, 0.9f);
    // A lamp low and to the left of a 60 cm box: its shadow runs along +x on the floor, from x = 0.3 to about 2.1.
    private static readonly LightSource Lamp = new(new Vector3(-1.5f, 1.2f, 0), new Vector3(3f, 2.6f, 2f), 8f);
    private static readonly Vector3 Behind = new(1.0f, 0, 0);
    // As far from the lamp's foot as Behind, 50° round from it: the lamp sees it past the box.
    private static readonly Vector3 Beside = new(-1.5f + 2.5f * MathF.Cos(0.873f), 0, 2.5f * MathF.Sin(0.873f));

    private static World Room(IReadOnlyList<LightSource> lights)
    {
        var spec = new WorldSpec { TimeOfDay = 23, Ground = "concrete", Setting = "street" };
        var env = EnvironmentBuilder.Build(spec) with { Lights = lights, Scenery = [] };
        var material = MaterialLibrary.Get("plastic");
        var box = new Entity
        {
            Id = "box1", CastId = "box1", Kind = "box", Shape = new BoxShape(new Vector3(0.3f)),
            Model = new Model([new ModelPart(Primitives.Cube, Matrix4x4.CreateScale(0.3f), material)]), Material = material,
        };
        return new World(new ScenePlan { World = spec, Seed = 3 }, env, [box]);
    }

    private static Track Track(params Vector3[] boxAt) =>
        new(24, boxAt.Length, ["box1"], [.. boxAt.Select(p => new Pose(p, Quaternion.Identity))], [.. boxAt.Select(_ => Camera)], []);

    private static float Luma(byte[] rgba, Vector3 world)
    {
        Assert.True(CameraMath.Project(Camera, W, H, world, out var pixel));
        return FramePixels.Luma(FramePixels.MeanRgb(rgba, W, H, pixel, 2));
    }

    [Fact]
    public void The_floor_behind_a_box_away_from_the_lamp_is_darker_than_beside_it()
    {
        var world = Room([Lamp]);
        var track = Track(new Vector3(0, 0.3f, 0), new Vector3(0, 0.3f, -3f));
        var shadowed = new byte[W * H * 4];
        var moved = new byte[W * H * 4];
        using (var renderer = OpenGlRenderer.Open(world, new RenderOptions(W, H)))
        {
            renderer.RenderFrame(track, 0, shadowed);
            renderer.RenderFrame(track, 1, moved);   // the box moved: the cube map's moving layer is redrawn
        }
        var plain = new byte[W * H * 4];
        using (var renderer = OpenGlRenderer.Open(world, new RenderOptions(W, H) { LampShadows = false }))
            renderer.RenderFrame(track, 0, plain);
        FrameDump.WritePng("lamp-shadow", shadowed, W, H);
        FrameDump.WritePng("lamp-shadow-off", plain, W, H);
        float behind = Luma(shadowed, Behind), beside = Luma(shadowed, Beside);
        float behindOff = Luma(plain, Behind), besideOff = Luma(plain, Beside), behindMoved = Luma(moved, Behind);
        output.WriteLine($"with the lamp's shadow: behind {behind:0}, beside {beside:0}; without: behind {behindOff:0}, beside {besideOff:0}; box moved away: behind {behindMoved:0}");
        Assert.True(behind < beside - 15, $"the box shades the floor behind it from the lamp: {behind:0} vs {beside:0} beside it");
        Assert.True(behind < behindOff - 15, $"darker than the same floor without lamp shadows: {behind:0} vs {behindOff:0}");
        Assert.True(MathF.Abs(beside - besideOff) < 4, $"the floor the lamp sees is as lit as without shadows: {beside:0} vs {besideOff:0}");
        Assert.True(behindMoved > behind + 15, $"the shadow goes with the box: {behindMoved:0} after it moved vs {behind:0}");
    }

    [Fact]
    public void A_caster_falls_only_in_the_cube_faces_it_reaches()
    {
        var lamp = new Vector3(0, 2, 0);
        Assert.Equal(1 << 3, LampShadow.Faces(lamp, new Vector4(0, 0.5f, 0, 0.3f), 8));          // straight below: −Y only
        Assert.Equal(1 << 0, LampShadow.Faces(lamp, new Vector4(3, 2, 0, 0.2f), 8));             // to +X
        Assert.Equal((1 << 0) | (1 << 3), LampShadow.Faces(lamp, new Vector4(2, 0, 0, 0.3f), 8)); // on the +X/−Y edge: both
        Assert.Equal(0, LampShadow.Faces(lamp, new Vector4(0, 2.1f, 0, 0.3f), 8));               // holds the lamp (its shade)
        Assert.Equal(0, LampShadow.Faces(lamp, new Vector4(20, 2, 0, 1), 8));                     // out of reach
    }

    [Fact]
    public void The_fixed_lamp_that_lights_the_target_most_is_picked_and_a_carried_one_never()
    {
        var near = new LightSource(new Vector3(0.5f, 2, 0), new Vector3(1f), 8);
        var far = new LightSource(new Vector3(5, 2, 0), new Vector3(2f), 8);
        var carried = new LightSource(new Vector3(0, 1, 0), new Vector3(50f), 8) { OwnerId = "box1" };
        var lights = new SceneLights(Room([far, near, carried]));
        Assert.Equal(1, LampShadow.Pick(lights, Track(new Vector3(0, 0.3f, 0))));
        Assert.Equal(-1, LampShadow.Pick(new SceneLights(Room([carried])), Track(new Vector3(0, 0.3f, 0))));
    }
}
