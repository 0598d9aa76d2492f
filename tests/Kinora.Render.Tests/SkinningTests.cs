using System.Numerics;
using Kinora.Render.OpenGL;
using Kinora.Render.Scene;

namespace Kinora.Render.Tests;

/// <summary>Skinned meshes bend with their rig in every pass, and a rig at rest renders as the mesh was built.</summary>
public sealed class SkinningTests
{
    private const int W = 640, H = 360;
    private static readonly Vector3 At = new(-0.6f, 1, 0);
    private static readonly Quaternion Bent = Quaternion.CreateFromAxisAngle(Vector3.UnitZ, MathF.PI / 2);

    [Fact]
    public void The_bent_bar_s_far_end_is_where_the_turned_elbow_puts_it()
    {
        var world = SkinnedBar.World(SkinnedBar.Mesh(skinned: true), SkinnedBar.Rig());
        var track = SkinnedBar.Track(At, (Quaternion.Identity, Quaternion.Identity), (Quaternion.Identity, Bent));
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(W, H));
        var rest = new ushort[W * H];
        var bent = new ushort[W * H];
        renderer.RenderObjectIds(track, 0, rest);
        renderer.RenderObjectIds(track, 1, bent);
        FrameDump.WriteIdsPng("skinning-rest-ids", rest, W, H);
        FrameDump.WriteIdsPng("skinning-bent-ids", bent, W, H);

        // Far end (0.1 m in from the tip): at rest along x; with the elbow turned 90° about z it points up.
        var restEnd = Pixel(At + new Vector3(SkinnedBar.Length - 0.1f, 0, 0));
        var bentEnd = Pixel(At + new Vector3(SkinnedBar.Length / 2, SkinnedBar.Length / 2 - 0.1f, 0));
        Assert.Equal(1, FramePixels.Id(rest, W, restEnd));
        Assert.Equal(0, FramePixels.Id(rest, W, bentEnd));
        Assert.Equal(1, FramePixels.Id(bent, W, bentEnd));
        Assert.Equal(0, FramePixels.Id(bent, W, restEnd));
        // The upper half has not moved: the root still holds it.
        var upper = Pixel(At + new Vector3(SkinnedBar.Length / 4, 0, 0));
        Assert.Equal(1, FramePixels.Id(bent, W, upper));
        // The bar kept its size: the same area of pixels (the bend folds a little away at the inner corner).
        Assert.InRange(FramePixels.Blob(bent, W, 1).Count, FramePixels.Blob(rest, W, 1).Count * 0.85f, FramePixels.Blob(rest, W, 1).Count * 1.05f);

        // The colour and normal passes agree: the turned end shows the bar's face, lit, towards the camera.
        var rgba = new byte[W * H * 4];
        renderer.RenderFrame(track, 1, rgba);
        FrameDump.WritePng("skinning-bent", rgba, W, H);
        var colour = FramePixels.MeanRgb(rgba, W, H, bentEnd, 2);
        Assert.True(colour.X > colour.Z + 40, $"bent end colour {colour}: should be the bar's red");
        var normals = new Vector3[W * H];
        renderer.RenderNormals(track, 1, normals);
        var n = normals[(int)bentEnd.Y * W + (int)bentEnd.X];
        Assert.True(n.Z > 0.95f, $"normal at the bent end {n}: the bar's front face");
    }

    [Fact]
    public void A_rig_at_rest_renders_exactly_as_the_rigid_mesh()
    {
        var rgbaRigid = Render(SkinnedBar.World(SkinnedBar.Mesh(skinned: false), null), SkinnedBar.Track(At, (Quaternion.Identity, Quaternion.Identity)));
        // Rotations given (all identity) take the skinned vertex path; none given take the rigid one.
        var rgbaRest = Render(SkinnedBar.World(SkinnedBar.Mesh(skinned: true), SkinnedBar.Rig()), SkinnedBar.Track(At, (Quaternion.Identity, Quaternion.Identity)));
        var rgbaNone = Render(SkinnedBar.World(SkinnedBar.Mesh(skinned: true), SkinnedBar.Rig()), SkinnedBar.Track(At, [null]));
        FrameDump.WritePng("skinning-rest", rgbaRest, W, H);
        Assert.Equal(0, Differing(rgbaRigid, rgbaNone));
        var differing = Differing(rgbaRigid, rgbaRest);
        Assert.True(differing == 0, $"{differing} pixels differ between the rigid bar and the rigged bar at rest");
    }

    [Fact]
    public void A_limb_swung_into_view_is_drawn_and_casts_its_shadow()
    {
        // The bar runs from x = −3.5 m to −5.1 m, out of view; turning the root half a turn about y swings it in.
        var mesh = SkinnedBar.Mesh(skinned: true, rootOnly: true, direction: -1);
        var world = SkinnedBar.World(mesh, SkinnedBar.Rig(direction: -1));
        var at = new Vector3(-3.5f, 1, 0);
        var swung = Quaternion.CreateFromAxisAngle(Vector3.UnitY, MathF.PI);
        var track = SkinnedBar.Track(at, (Quaternion.Identity, Quaternion.Identity), (swung, Quaternion.Identity));
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(W, H));
        var ids = new ushort[W * H];
        renderer.RenderObjectIds(track, 0, ids);
        Assert.Equal(0, FramePixels.Blob(ids, W, 1).Count);
        renderer.RenderObjectIds(track, 1, ids);
        Assert.Equal(1, FramePixels.Id(ids, W, Pixel(at + new Vector3(SkinnedBar.Length - 0.2f, 0, 0))));

        // Its shadow lies on the floor below it: darker than the same floor with the bar swung away.
        var rgba = new byte[W * H * 4];
        var floor = FloorUnderBar(world, at + new Vector3(SkinnedBar.Length / 2, 0, 0));
        renderer.RenderFrame(track, 0, rgba);
        var lit = FramePixels.Luma(FramePixels.MeanRgb(rgba, W, H, floor, 3));
        renderer.RenderFrame(track, 1, rgba);
        FrameDump.WritePng("skinning-swung", rgba, W, H);
        var shaded = FramePixels.Luma(FramePixels.MeanRgb(rgba, W, H, floor, 3));
        Assert.True(shaded < lit * 0.8f, $"floor under the swung bar: luma {shaded} with it, {lit} without");
    }

    [Fact]
    public void Bending_frames_render_without_allocating()
    {
        var world = SkinnedBar.World(SkinnedBar.Mesh(skinned: true), SkinnedBar.Rig());
        var frames = Enumerable.Range(0, 24)
            .Select(i => ((Quaternion Root, Quaternion Elbow)?)(Quaternion.CreateFromAxisAngle(Vector3.UnitY, i * 0.05f), Quaternion.CreateFromAxisAngle(Vector3.UnitZ, i * 0.06f)))
            .ToArray();
        var track = SkinnedBar.Track(At, frames);
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(160, 90));
        var rgba = new byte[160 * 90 * 4];
        var ids = new ushort[160 * 90];
        renderer.RenderFrame(track, 0, rgba);
        renderer.RenderObjectIds(track, 0, ids);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 1; i < frames.Length; i++)
        {
            renderer.RenderFrame(track, i, rgba);
            renderer.RenderObjectIds(track, i, ids);
        }
        var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(bytes < 1024, $"the bending frame loop allocated {bytes} bytes");
    }

    /// <summary>Where the sun drops the shadow of a point of the bar on the floor, in pixels.</summary>
    private static Vector2 FloorUnderBar(Kinora.Compose.World world, Vector3 point)
    {
        var sun = Vector3.Normalize(world.Environment.SunDirection);
        var onFloor = point - sun * (point.Y / sun.Y);
        return Pixel(onFloor);
    }

    private static Vector2 Pixel(Vector3 world)
    {
        Assert.True(CameraMath.Project(SkinnedBar.Camera, W, H, world, out var pixel));
        return pixel;
    }

    private static byte[] Render(Kinora.Compose.World world, Kinora.Motion.Track track)
    {
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(W, H));
        var rgba = new byte[W * H * 4];
        renderer.RenderFrame(track, 0, rgba);
        return rgba;
    }

    private static int Differing(byte[] a, byte[] b)
    {
        var n = 0;
        for (var i = 0; i < a.Length; i += 4)
            if (a[i] != b[i] || a[i + 1] != b[i + 1] || a[i + 2] != b[i + 2]) n++;
        return n;
    }
}
