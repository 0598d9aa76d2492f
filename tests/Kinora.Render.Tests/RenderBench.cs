using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Text;
using Kinora.Compose;
using Kinora.Compose.Assets;
using Kinora.Compose.Environments;
using Kinora.Motion;
using Kinora.Plan;
using Kinora.Render.OpenGL;
using Kinora.Render.Scene;
using Xunit.Abstractions;

namespace Kinora.Render.Tests;

/// <summary>
/// The renderer's speed table (bench/render/results.md, written by bench/render/run.sh): ms per pass and per frame
/// at 1280×720 for a ~200k-triangle scene and the simple test scene, for each antialiasing choice. Asserts
/// nothing about time (machines differ); it only checks that the frames are not empty.
/// </summary>
[Trait("Category", "RenderBench")]
[Collection("RenderBench")]   // one at a time: benches running side by side would time each other
public sealed class RenderBench(ITestOutputHelper output)
{
    private const int W = 1280, H = 720, Frames = 12;

    /// <summary>48 spheres of 4096 triangles plus boxes on a wooden floor in a ring, patterns mixed:
    /// 196k triangles, all casting shadows, the camera circling slowly.</summary>
    public static (World, Track) HeavyScene(int frames) => HeavyScene(frames, night: false);

    /// <summary>The heavy scene; at <paramref name="night"/> it is 22:00 in the rain with 24 lamps on posts in a ring
    /// around the bodies (point lights, bloom, wet ground, rain and splashes all at work).</summary>
    /// <param name="skinned">Every sphere bent by a two-joint rig (its upper half nodding about the centre, a
    /// little more each frame): the cost of skinning against the same triangles drawn rigid.</param>
    /// <param name="bending">How many of the 48 spheres bend (the rest keep their rig at rest and draw rigid).</param>
    public static (World, Track) HeavyScene(int frames, bool night, bool skinned = false, int bending = 48)
    {
        var plan = new ScenePlan { World = new WorldSpec { TimeOfDay = night ? 22 : 15, Ground = "wood", Setting = "park", Weather = night ? "rain" : "clear" } };
        var environment = EnvironmentBuilder.Build(plan.World);
        if (night)
            environment = environment with
            {
                Lights = [.. Enumerable.Range(0, 24).Select(i => new LightSource(
                    new Vector3(MathF.Cos(i * 0.2618f) * 6, 4, MathF.Sin(i * 0.2618f) * 6), new Vector3(10f, 8f, 5.5f), 16))],
            };
        string[] patterns = ["none", "wood", "fur", "fabric", "stone", "leather", "brushed", "skin"];
        var entities = new List<Entity>();
        var poses = new List<Pose>();
        var sphereMesh = skinned ? SkinnedSphere() : Primitives.Sphere;
        var rig = skinned ? new Rig([new Joint("root", -1, Vector3.Zero), new Joint("top", 0, Vector3.Zero)]) : null;
        for (var i = 0; i < 54; i++)
        {
            var sphere = i < 48;
            var material = MaterialLibrary.Get("plastic") with
            {
                Name = "m" + i, Pattern = patterns[i % patterns.Length],
                BaseColor = new Vector3(0.3f + 0.5f * (i % 3) / 2f, 0.25f + 0.5f * (i % 5) / 4f, 0.2f + 0.6f * (i % 7) / 6f),
            };
            var radius = 0.25f + 0.1f * (i % 4);
            entities.Add(new Entity
            {
                Id = "body" + i, CastId = "body" + i, Kind = sphere ? "ball" : "box", Material = material,
                Shape = sphere ? new SphereShape(radius) : new BoxShape(new Vector3(radius)),
                Model = new Model([new ModelPart(sphere ? sphereMesh : Primitives.Cube, Matrix4x4.CreateScale(radius), material)]) { Rig = sphere ? rig : null },
            });
            var angle = i * 2.39996f;                  // golden-angle spiral: an even, unordered spread
            var distance = 0.8f + 0.55f * MathF.Sqrt(i);
            poses.Add(new Pose(new Vector3(MathF.Cos(angle) * distance, radius, MathF.Sin(angle) * distance), Quaternion.Identity));
        }
        var allPoses = Enumerable.Range(0, frames).SelectMany(_ => poses).ToArray();
        var cameras = Enumerable.Range(0, frames).Select(f =>
        {
            var a = 0.4f + f * 0.01f;
            return new CameraPose(new Vector3(MathF.Sin(a) * 7.5f, 3.2f, MathF.Cos(a) * 7.5f), new Vector3(0, 0.4f, 0), Vector3.UnitY, 0.9f);
        }).ToArray();
        var joints = new Dictionary<int, Quaternion[]>();
        if (skinned)
            for (var i = 0; i < bending; i++)
                joints[i] = [.. Enumerable.Range(0, frames).SelectMany(f => new[] { Quaternion.Identity, Quaternion.CreateFromAxisAngle(Vector3.UnitX, 0.05f * (f + 1)) })];
        return (new World(plan, environment, entities), new Track(24, frames, entities.Select(e => e.Id).ToArray(), allPoses, cameras, [], joints));
    }

    /// <summary>The unit sphere with its upper half on joint 1 and its lower half on joint 0, blended across the equator.</summary>
    private static Mesh SkinnedSphere()
    {
        var m = Primitives.Sphere;
        var positions = m.Positions.Span;
        var joints = new Vector4[positions.Length];
        var weights = new Vector4[positions.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            var top = Math.Clamp(positions[i].Y * 2 + 0.5f, 0, 1);
            joints[i] = new Vector4(0, 1, 0, 0);
            weights[i] = new Vector4(1 - top, top, 0, 0);
        }
        return new Mesh("skinned sphere", m.Positions.ToArray(), m.Normals.ToArray(), m.Uvs.ToArray(), m.Indices.ToArray())
        {
            SkinJoints = joints, SkinWeights = weights,
        };
    }

    internal sealed record Row(string Scene, string Setup, int Triangles, double Shadow, double SceneMs, double Post, double Readback,
        double ProfiledTotal, double Wall, double Cpu, string CpuPasses);

    /// <summary>One row of a table: a world and track drawn with some options (and the profiling bench's defines).</summary>
    internal sealed record Setup(string Scene, World World, Track Track, string Name, RenderOptions Options, string ShaderDefines = "");

    /// <summary>Rounds of unprofiled frames per setup; the row keeps its least disturbed round.</summary>
    private const int Rounds = 3, FramesPerRound = 4;

    /// <summary>
    /// Measures every setup with all their renderers open at once, taking turns: each round renders
    /// <see cref="FramesPerRound"/> frames of every setup in order, so a burst of load from another process (or the
    /// machine settling after a build) falls on every row of a round rather than on whichever rows happened to run
    /// then. Measured one after another, the profile's first row read 397 CPU ms where the speed table read 194 for
    /// the same frame (bench/render/results.md, 22:39): the same frame's CPU time varies 2–3× with the machine's load
    /// here, so a row's CPU is the mean of its least disturbed round and its wall time the best frame of all rounds.
    /// Then one profiled round per setup (each pass bracketed by glFinish): per-pass minimum wall and mean CPU.
    /// </summary>
    internal static List<Row> Measure(IReadOnlyList<Setup> setups)
    {
        var renderers = new SceneRenderer[setups.Count];
        var backends = new GlBackend[setups.Count];
        try
        {
            for (var i = 0; i < setups.Count; i++)
            {
                var s = setups[i];
                backends[i] = GlBackend.Create(s.Options.Width, s.Options.Height, s.Options.Samples, SceneRenderer.ShadowMapSize, s.Options.PostAntialias, s.ShaderDefines);
                renderers[i] = new SceneRenderer(s.World, s.Options, backends[i]);   // owns it: its shadow maps stay cached
                var rgba0 = new byte[s.Options.Width * s.Options.Height * 4];
                renderers[i].RenderFrame(s.Track, 0, rgba0);           // compiles the programs
                Assert.True(rgba0.Where((_, k) => k % 4 == 0).Distinct().Count() > 16, $"{s.Scene}, {s.Name}: the frame is nearly empty");
            }
            var buffers = setups.Select(s => new byte[s.Options.Width * s.Options.Height * 4]).ToArray();
            var cpu = setups.Select(_ => double.MaxValue).ToArray();
            var best = setups.Select(_ => double.MaxValue).ToArray();
            for (var round = 0; round < Rounds; round++)
                for (var i = 0; i < setups.Count; i++)
                {
                    var track = setups[i].Track;
                    var cpuStart = Environment.CpuUsage.TotalTime;
                    for (var k = 0; k < FramesPerRound; k++)
                    {
                        var sw = Stopwatch.StartNew();
                        renderers[i].RenderFrame(track, (round * FramesPerRound + k) % track.FrameCount, buffers[i]);
                        best[i] = Math.Min(best[i], sw.Elapsed.TotalMilliseconds);
                    }
                    cpu[i] = Math.Min(cpu[i], (Environment.CpuUsage.TotalTime - cpuStart).TotalMilliseconds / FramesPerRound);
                }

            var rows = new List<Row>(setups.Count);
            var passes = Enum.GetValues<RenderPass>();
            for (var i = 0; i < setups.Count; i++)
            {
                var s = setups[i];
                var profiler = backends[i].EnableProfiling();
                var min = passes.ToDictionary(p => p, _ => double.MaxValue);
                var cpuSum = passes.ToDictionary(p => p, _ => 0.0);
                var total = double.MaxValue;
                for (var f = 0; f < FramesPerRound; f++)
                {
                    profiler.Reset();
                    renderers[i].RenderFrame(s.Track, f % s.Track.FrameCount, buffers[i]);
                    foreach (var p in passes)
                    {
                        min[p] = Math.Min(min[p], profiler.Milliseconds(p));
                        cpuSum[p] += profiler.CpuMilliseconds(p) / FramesPerRound;
                    }
                    total = Math.Min(total, passes.Sum(profiler.Milliseconds));
                }
                var triangles = s.World.Entities.Sum(e => e.Model.Parts.Sum(p => p.Mesh.TriangleCount)) + 2;
                rows.Add(new Row(s.Scene, s.Name, triangles, min[RenderPass.Shadow], min[RenderPass.Scene], min[RenderPass.Post],
                    min[RenderPass.Readback], total, best[i], cpu[i],
                    string.Join(" / ", new[] { RenderPass.Shadow, RenderPass.Scene, RenderPass.Post, RenderPass.Readback }
                        .Select(p => cpuSum[p].ToString("F0", CultureInfo.InvariantCulture)))));
            }
            return rows;
        }
        finally
        {
            for (var i = 0; i < setups.Count; i++)
                if (renderers[i] is { } r) r.Dispose();
                else backends[i]?.Dispose();
        }
    }

    [Fact]
    public void Measures_ms_per_pass_at_720p()
    {
        var (heavy, heavyTrack) = HeavyScene(Frames);
        var (night, nightTrack) = HeavyScene(Frames, night: true);
        var simple = TestScenes.BallAndBoxes();
        var simpleTrack = TestScenes.Track(simple, Enumerable.Range(0, Frames).Select(i => new Vector3(0, 0.3f + i * 0.05f, 0)).ToArray());
        var options = new (string Name, RenderOptions Options)[]
        {
            ("4x MSAA (old default)", new RenderOptions(W, H) { Samples = 4, PostAntialias = false }),
            ("no AA", new RenderOptions(W, H) { Samples = 1, PostAntialias = false }),
            ("FXAA (default)", new RenderOptions(W, H)),
            ("FXAA, cinematic look", new RenderOptions(W, H) { Look = Backend.LookStyle.Cinematic }),
        };
        var setups = new List<Setup>();
        foreach (var (name, o) in options)
        {
            setups.Add(new("200k triangles", heavy, heavyTrack, name, o));
            setups.Add(new("ball and boxes", simple, simpleTrack, name, o));
        }
        setups.Add(new("200k triangles, rainy night, 24 lamps", night, nightTrack, "FXAA + bloom (default)", new RenderOptions(W, H)));
        var (bent, bentTrack) = HeavyScene(Frames, night: false, skinned: true);
        setups.Add(new("200k triangles, 48 spheres skinned and bending", bent, bentTrack, "FXAA (default)", new RenderOptions(W, H)));
        var (one, oneTrack) = HeavyScene(Frames, night: false, skinned: true, bending: 1);
        setups.Add(new("200k triangles, 1 of 48 spheres bending", one, oneTrack, "FXAA (default)", new RenderOptions(W, H)));
        var rows = Measure(setups);

        var device = OpenGlDeviceName();
        var table = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        table.AppendLine(c, $"Device: {device}; {Environment.ProcessorCount} CPU cores; LP_NUM_THREADS={Environment.GetEnvironmentVariable("LP_NUM_THREADS") ?? "unset"}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        table.AppendLine();
        table.AppendLine("| scene | setup | triangles | shadow ms | scene ms | post ms | readback ms | sum of passes ms | frame ms (best, unprofiled) | CPU ms/frame | CPU ms per pass (shadow / scene / post / readback) |");
        table.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in rows)
            table.AppendLine(c, $"| {r.Scene} | {r.Setup} | {r.Triangles} | {r.Shadow:F1} | {r.SceneMs:F1} | {r.Post:F1} | {r.Readback:F1} | {r.ProfiledTotal:F1} | {r.Wall:F1} | {r.Cpu:F1} | {r.CpuPasses} |");
        output.WriteLine(table.ToString());
        var target = Environment.GetEnvironmentVariable("KINORA_BENCH_WRITE");
        if (!string.IsNullOrEmpty(target)) File.AppendAllText(target, table.ToString());   // run.sh starts the file empty
    }

    private static string OpenGlDeviceName()
    {
        using var backend = GlBackend.Create(16, 16, 1, 16);
        return backend.DeviceName;
    }
}

/// <summary>
/// Memory over a long render (bench/render/results.md): the rainy-night heavy scene for 240 frames (10 s) at 640×360,
/// the process's managed allocations and resident set sampled every 40 frames. A renderer that allocates per frame or
/// leaks GL objects shows a rising column; a flat one is what the issue asks for.
/// </summary>
[Trait("Category", "RenderBench")]
[Collection("RenderBench")]
public sealed class RenderMemoryBench(ITestOutputHelper output)
{
    private const int W = 640, H = 360, Frames = 240, Every = 40;

    [Fact]
    public void Memory_stays_flat_over_a_long_render()
    {
        var (world, track) = RenderBench.HeavyScene(Frames, night: true);
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(W, H));
        var rgba = new byte[W * H * 4];
        var table = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        table.AppendLine(c, $"Memory over {Frames} frames at {W}x{H}, rainy night heavy scene; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        table.AppendLine();
        table.AppendLine("| frame | managed bytes allocated since frame 0 (this thread) | resident set MiB |");
        table.AppendLine("| ---: | ---: | ---: |");
        renderer.RenderFrame(track, 0, rgba);
        var start = GC.GetAllocatedBytesForCurrentThread();
        var process = Process.GetCurrentProcess();
        var residentAt = new List<double>(Frames / Every + 1);
        var probe = 0L;   // what the sampling itself allocates (reading /proc, formatting), left out of the column
        for (var f = 1; f < Frames; f++)
        {
            renderer.RenderFrame(track, f, rgba);
            if (f % Every != 0) continue;
            var sampleStart = GC.GetAllocatedBytesForCurrentThread();
            var allocated = sampleStart - start - probe;
            process.Refresh();
            var resident = process.WorkingSet64 / (1024.0 * 1024.0);
            residentAt.Add(resident);
            table.AppendLine(c, $"| {f} | {allocated} | {resident:F0} |");
            probe += GC.GetAllocatedBytesForCurrentThread() - sampleStart;
        }
        output.WriteLine(table.ToString());
        var target = Environment.GetEnvironmentVariable("KINORA_BENCH_WRITE");
        if (!string.IsNullOrEmpty(target)) File.AppendAllText(target, "\n" + table);
        // Generous: the first samples still include lazily made programs; growth per frame would be ~MB per sample.
        Assert.True(residentAt[^1] - residentAt[0] < 64, $"resident set grew from {residentAt[0]:F0} to {residentAt[^1]:F0} MiB");
    }
}
