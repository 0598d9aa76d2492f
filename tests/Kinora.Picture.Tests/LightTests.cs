using Kinora.Compose;
using Kinora.Engine.Pictures;
using Kinora.Motion;
using Kinora.Picture.Analysis;
using Kinora.Picture.Checks;
using Kinora.Picture.Fitting;
using Kinora.Picture.Scene;
using Kinora.Plan;
using Kinora.Render;
using Kinora.Render.OpenGL;

namespace Kinora.Picture.Tests;

/// <summary>The picture's light estimated, and a thing the prompt adds lit by it and shadowing the picture's ground.</summary>
public sealed class LightTests
{
    private const int Width = 640, Height = 360;

    [Theory]
    [InlineData(90)]
    [InlineData(550)]
    public void A_glow_in_the_sky_puts_the_sun_there_in_front_of_the_camera(int glowX)
    {
        var light = LightEstimate.Measure(PictureAnalysis.Analyze(Scenes.SunnyField(glowX)));
        Assert.True(glowX < Width / 2 ? light.Direction.X < -0.2f : light.Direction.X > 0.2f, $"sun towards {light.Direction}");
        Assert.True(light.Direction.Z < 0, $"sun towards {light.Direction}: the glow is in view, so the sun is ahead");
        Assert.True(light.Direction.Y > 0.1f, $"sun towards {light.Direction}");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_upright_thing_lit_on_one_side_puts_the_sun_on_that_side_behind_the_camera(bool fromRight)
    {
        var light = LightEstimate.Measure(PictureAnalysis.Analyze(Scenes.SideLitLandscape(fromRight)));
        Assert.True(fromRight ? light.Direction.X > 0.3f : light.Direction.X < -0.3f, $"sun towards {light.Direction}");
        Assert.True(light.Direction.Z > 0, $"sun towards {light.Direction}");
    }

    [Fact]
    public void An_added_box_casts_its_shadow_on_the_picture_ground_away_from_the_light()
    {
        // The sun glows in the sky's upper left, ahead of the camera: the box's shadow falls to its right and
        // towards the viewer, on the grass, and nothing darkens on its lit left.
        var picture = Scenes.SunnyField(90);
        var scene = PictureScene.Build(PictureAnalysis.Analyze(picture), "static", 12, 42);
        var plan = new ScenePlan
        {
            Format = new VideoFormat { Width = Width, Height = Height, Fps = 24, Seconds = 0.5 },
            Shots = [new ShotSpec { Seconds = 0.5 }],
            Cast = [new CastMember { Id = "box1", Kind = "box", Traits = new Traits { Size = 1 } }],
        };
        var composed = Composer.Compose(plan);
        var world = PictureWorld.Combine(composed, scene);
        var box = composed.Entities[0];
        var cast = new Track(24, 12, [box.Id], Enumerable.Repeat(new Pose(box.Position, box.Rotation), 12).ToArray(), scene.Camera, []);
        var track = PictureWorld.Combine(cast, scene);
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(Width, Height));
        var frame = new byte[Width * Height * 4];
        var ids = new ushort[Width * Height];
        renderer.RenderFrame(track, 0, frame);
        renderer.RenderObjectIds(track, 0, ids);

        // The box's footprint in the frame.
        var (x0, x1, bottom) = (Width, 0, 0);
        for (var i = 0; i < ids.Length; i++)
            if (ids[i] == 1) (x0, x1, bottom) = (Math.Min(x0, i % Width), Math.Max(x1, i % Width), Math.Max(bottom, i / Width));
        Assert.True(x1 > x0 + 5, "the box is in view");

        // Mean darkening (picture − frame, 0–255) in a band on the ground beside the box's foot.
        double Darkening(int from, int to, int y0, int y1)
        {
            double sum = 0;
            var n = 0;
            for (var y = Math.Max(y0, 0); y < Math.Min(y1, Height); y++)
                for (var x = Math.Max(from, 0); x < Math.Min(to, Width); x++)
                {
                    var i = y * Width + x;
                    if (ids[i] == 1) continue; // the box itself
                    for (var k = 0; k < 3; k++) sum += picture.Rgba[i * 4 + k] - frame[i * 4 + k];
                    n += 3;
                }
            return n == 0 ? 0 : sum / n;
        }
        var w = x1 - x0;
        var away = Darkening(x1 - w / 4, x1 + w / 2, bottom + 2, bottom + 22);
        var towards = Darkening(x0 - w, x0 - 4, bottom - 10, bottom + 22);
        Assert.True(away > 8, $"the ground right of the box darkened by {away:F1} levels");
        Assert.True(Math.Abs(towards) < 1.5, $"the ground left of the box changed by {towards:F1} levels");

        // Everywhere else the picture is untouched.
        var far = Darkening(0, Width, 150, 200);
        Assert.True(Math.Abs(far) < 1, $"the far grass changed by {far:F1} levels");
    }
}
