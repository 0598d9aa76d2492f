using System.Numerics;
using Kinora.Compose;
using Kinora.Plan;

namespace Kinora.Motion.Tests.Animation;

/// <summary>
/// The real person model's lips take the voice's mouth shapes: pressed shut for m (no jaw, the lower lip up),
/// rounded for o and u (a narrower mouth than e and i at the same jaw opening), and at rest without cues. The lips'
/// vertices are skinned here exactly as the renderer skins them (Σ wᵢ·palette[jointᵢ]).
/// </summary>
public sealed class LipShapeTests
{
    private static World Person(double seconds, int fps)
    {
        var plan = new ScenePlan
        {
            Seed = 3,
            Format = new VideoFormat { Seconds = seconds, Fps = fps },
            World = new WorldSpec { Ground = "grass" },
            Cast = [new CastMember { Id = "a1", Kind = "person", Traits = new Traits { Sex = "female" } }],
            Shots = [new ShotSpec { Seconds = seconds, Actions = [new ActionSpec { Actor = "a1", Verb = "stand" }] }],
        };
        return Composer.Compose(plan);
    }

    /// <summary>The lips' model-space vertices at a frame: the upper lip's and the lower lip's (by their main joint).</summary>
    private static (Vector3[] Upper, Vector3[] Lower) Lips(Track track, World world, int frame, int body)
    {
        var model = world.Entities[body].Model;
        var rig = model.Rig!;
        var palette = new Matrix4x4[rig.Joints.Count];
        rig.Palette(track.JointsAt(frame, body), palette);
        var lower = rig.IndexOf(JointNames.LowerLip);
        var (up, low) = (new List<Vector3>(), new List<Vector3>());
        foreach (var part in model.Parts.Where(p => p.Material.Name == "lips"))
        {
            var pos = part.Mesh.Positions.Span;
            var joints = part.Mesh.SkinJoints.Span;
            var weights = part.Mesh.SkinWeights.Span;
            for (var i = 0; i < pos.Length; i++)
            {
                var p = Vector3.Transform(pos[i], part.Local);
                var skinned = weights[i].X * Vector3.Transform(p, palette[(int)joints[i].X]) + weights[i].Y * Vector3.Transform(p, palette[(int)joints[i].Y])
                    + weights[i].Z * Vector3.Transform(p, palette[(int)joints[i].Z]) + weights[i].W * Vector3.Transform(p, palette[(int)joints[i].W]);
                ((int)joints[i].X == lower ? low : up).Add(skinned);
            }
        }
        return ([.. up], [.. low]);
    }

    private static float Width(Vector3[] v) => v.Max(p => p.X) - v.Min(p => p.X);

    /// <summary>The top of the lower lip along the middle (the model faces +Z, its sides are ±X).</summary>
    private static float LowerTop(Vector3[] lower)
    {
        var mid = lower.Average(p => p.X);
        return lower.Where(p => MathF.Abs(p.X - mid) < 0.004f).Max(p => p.Y);
    }

    [Fact]
    public void M_presses_the_lips_shut_and_o_and_u_are_narrower_than_e()
    {
        const int fps = 50;
        var world = Person(2, fps);
        MouthCue[] cues =
        [
            new("a1", 0.3, 0.6, 0f, MouthShape.Closed),
            new("a1", 0.7, 1.0, 0.45f, MouthShape.Round),
            new("a1", 1.1, 1.4, 0.45f, MouthShape.Wide),
        ];
        var track = Simulator.Simulate(world, null, cues);
        var a = world.IndexOf("a1");
        Assert.True(world.Entities[a].Model.Rig!.IndexOf(JointNames.LipCornerR) >= 0, "the person has no lip joints");
        int F(double t) => (int)Math.Round(t * fps);
        var rest = Lips(track, world, F(0.2), a);
        var m = Lips(track, world, F(0.55), a);
        var o = Lips(track, world, F(0.95), a);
        var e = Lips(track, world, F(1.35), a);

        // m: the jaw stays shut and the lower lip rises against the upper one.
        var jaw = track.JointsAt(F(0.55), a)[world.Entities[a].Model.Rig!.IndexOf(JointNames.Jaw)];
        Assert.True(MathF.Abs(jaw.W) > MathF.Cos(0.25f * MathF.PI / 180), "the jaw opened on m");
        Assert.True(LowerTop(m.Lower) > LowerTop(rest.Lower) + 0.0005f, $"lower lip {LowerTop(m.Lower):F4} vs rest {LowerTop(rest.Lower):F4}");
        // o/u against e/i at the same opening: a rounder, narrower mouth.
        Assert.True(Width(o.Upper) < 0.88f * Width(e.Upper), $"o {Width(o.Upper):F4} m wide, e {Width(e.Upper):F4} m");
        Assert.True(Width(o.Lower) < 0.88f * Width(e.Lower));
        Assert.True(Width(o.Upper) < Width(rest.Upper) && Width(e.Upper) > Width(rest.Upper));
    }
}
