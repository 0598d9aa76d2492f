using System.Numerics;
using Kinora.Compose;
using Kinora.Engine.Pictures;
using Kinora.Picture.Analysis;
using Kinora.Picture.Decoding;
using Kinora.Picture.Fitting;
using Kinora.Plan;

namespace Kinora.Picture.Tests;

/// <summary>"As a painting on the wall" / "as the poster": the picture hangs on a real wall, framed and lit.</summary>
public sealed class SurfaceTests
{
    private static PreparedPicture Prepared(string use)
    {
        var rgba = new byte[64 * 48 * 4];
        for (var i = 0; i < rgba.Length; i++) rgba[i] = (byte)(i % 4 == 3 ? 255 : i * 7);
        var decoded = new DecodedPicture(64, 48, rgba, "PNG", []);
        var frame = PictureFit.Fit(decoded, 64, 48, FitMode.Crop);
        return new PreparedPicture(new PictureSpec { Path = "p.png", Use = use }, decoded, frame, PictureAnalysis.Analyze(frame));
    }

    private static World Compose(string setting, bool indoor, string use) => Composer.Compose(new ScenePlan
    {
        World = new WorldSpec { Setting = setting, Indoor = indoor },
        Cast = [new CastMember { Id = "dog1", Kind = "dog" }],
        Shots = [new ShotSpec { Seconds = 2 }],
        Picture = new PictureSpec { Path = "p.png", Use = use },
    });

    /// <summary>Z of the nearest wall face at full wall height among the "walls" scenery.</summary>
    private static float WallFront(World world) => world.Environment.Scenery.Where(p => p.Kind == "walls")
        .SelectMany(p => p.Model.Parts.SelectMany(part => part.Mesh.Positions.ToArray().Select(v => v + p.Position)))
        .Where(v => v.Y > 2.8f).Max(v => v.Z);

    [Fact]
    public void A_painting_hangs_framed_on_the_rooms_back_wall_under_a_picture_light()
    {
        var world = Compose("living room", true, "painting");
        var hung = PictureSurfaces.Hang(world, Prepared("painting"));
        var panel = hung.Entities.Single(e => e.Id == "picture.painting");

        Assert.InRange(panel.Position.Y, 1.3f, 1.7f);
        Assert.InRange(panel.Position.Z - WallFront(world), 0.001f, 0.1f); // on the wall, not in the room
        Assert.True(panel.Model.Parts.Count >= 2, "the painting has a frame");
        Assert.True(panel.InShot, "the camera frames the painting with the cast");
        var lamp = Assert.Single(hung.Environment.Lights.Except(world.Environment.Lights));
        var toPainting = Vector3.Normalize(panel.Position - lamp.Position);
        Assert.True(Vector3.Dot(toPainting, lamp.Direction!.Value) > 0.9f, "the picture light points at the painting");
    }

    [Fact]
    public void Outdoors_a_poster_gets_a_wall_of_its_own_behind_the_cast()
    {
        var world = Compose("park", false, "poster");
        Assert.DoesNotContain(world.Environment.Scenery, p => p.Kind == "walls");
        var hung = PictureSurfaces.Hang(world, Prepared("poster"));
        var panel = hung.Entities.Single(e => e.Id == "picture.poster");

        Assert.InRange(panel.Position.Z - WallFront(hung), 0.0005f, 0.02f); // flat on the wall
        Assert.True(panel.Position.Z < world.Entities.Min(e => e.Position.Z), "the wall stands behind the cast");
        Assert.InRange(panel.Position.Y, 1.3f, 1.7f);
    }
}
