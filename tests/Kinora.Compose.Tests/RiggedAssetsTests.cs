using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Assets.Meshes;

namespace Kinora.Compose.Tests;

/// <summary>
/// Rigged people and animals: the joints motion looks up exist and sit where anatomy puts them, every vertex is
/// weighted (weights sum to 1), the rest pose is the model as built, and turning one joint moves what hangs from it
/// and nothing else. Skinning is done here on the CPU exactly as the contract says: q = Σ wᵢ · (p·Local)·palette[jᵢ].
/// </summary>
public class RiggedAssetsTests
{
    private static Model Build(string kind, long seed = 5) => AssetModels.Build(kind, seed, "test/rig/" + kind);

    /// <summary>Model-space positions of every vertex of every part, skinned with the given joint rotations.</summary>
    private static List<Vector3[]> Pose(Model model, params (string Joint, Quaternion Turn)[] turns)
    {
        var rig = model.Rig!;
        var rotations = new Quaternion[rig.Joints.Count];
        Array.Fill(rotations, Quaternion.Identity);
        foreach (var (joint, turn) in turns)
        {
            var j = rig.IndexOf(joint);
            Assert.True(j >= 0, $"no joint {joint}");
            rotations[j] = turn;
        }
        var palette = new Matrix4x4[rig.Joints.Count];
        rig.Palette(rotations, palette);
        var posed = new List<Vector3[]>();
        foreach (var part in model.Parts)
        {
            var p = part.Mesh.Positions.Span;
            var joints = part.Mesh.SkinJoints.Span;
            var weights = part.Mesh.SkinWeights.Span;
            var q = new Vector3[p.Length];
            for (var i = 0; i < p.Length; i++)
            {
                var local = Vector3.Transform(p[i], part.Local);
                q[i] = weights[i].X * Vector3.Transform(local, palette[(int)joints[i].X])
                    + weights[i].Y * Vector3.Transform(local, palette[(int)joints[i].Y])
                    + weights[i].Z * Vector3.Transform(local, palette[(int)joints[i].Z])
                    + weights[i].W * Vector3.Transform(local, palette[(int)joints[i].W]);
            }
            posed.Add(q);
        }
        return posed;
    }

    private static Vector3 Pivot(Model model, string joint) => model.Rig!.Joints[model.Rig.IndexOf(joint)].Pivot;

    public static TheoryData<string> RiggedKinds() => ["person", "dog", "cat", "horse", "cow", "zebra", "sheep", "giraffe", "elephant", "bear", "bird"];

    [Theory]
    [MemberData(nameof(RiggedKinds))]
    public void Every_vertex_is_skinned_with_weights_that_sum_to_one_and_the_rest_pose_is_as_built(string kind)
    {
        var model = Build(kind);
        Assert.NotNull(model.Rig);
        var rest = Pose(model);
        for (var k = 0; k < model.Parts.Count; k++)
        {
            var mesh = model.Parts[k].Mesh;
            Assert.True(mesh.IsSkinned, $"{kind}: part {mesh.Name} has no skin");
            var joints = mesh.SkinJoints.Span;
            var weights = mesh.SkinWeights.Span;
            var p = mesh.Positions.Span;
            for (var i = 0; i < p.Length; i++)
            {
                var w = weights[i];
                Assert.InRange(w.X + w.Y + w.Z + w.W, 0.999f, 1.001f);
                Assert.True(w.X >= 0 && w.Y >= 0 && w.Z >= 0 && w.W >= 0);
                var j = joints[i];
                Assert.True(j.X >= 0 && j.W < model.Rig!.Joints.Count && j.Y < model.Rig.Joints.Count && j.Z < model.Rig.Joints.Count && j.X < model.Rig.Joints.Count);
                Assert.True(Vector3.Distance(rest[k][i], Vector3.Transform(p[i], model.Parts[k].Local)) < 1e-4f, $"{kind}: vertex {i} of {mesh.Name} moved at rest");
            }
        }
    }

    [Fact]
    public void A_person_has_the_named_joints_where_anatomy_puts_them()
    {
        var model = Build("person");
        string[] names =
        [
            JointNames.Pelvis, JointNames.Spine, JointNames.Neck, JointNames.Head, JointNames.Jaw,
            JointNames.UpperArmL, JointNames.ForearmL, JointNames.UpperArmR, JointNames.ForearmR,
            JointNames.ThighL, JointNames.ShinL, JointNames.FootL, JointNames.ThighR, JointNames.ShinR, JointNames.FootR,
        ];
        foreach (var name in names) Assert.True(model.Rig!.IndexOf(name) >= 0, $"no {name}");
        var (min, max) = AssetModels.Bounds(model.Parts);
        foreach (var joint in model.Rig!.Joints)
            Assert.True(joint.Pivot.X > min.X && joint.Pivot.X < max.X && joint.Pivot.Y > min.Y && joint.Pivot.Y < max.Y && joint.Pivot.Z > min.Z && joint.Pivot.Z < max.Z, $"{joint.Name} outside the body");
        float Y(string j) => Pivot(model, j).Y;
        // Head over neck over chest over pelvis; hip over knee over ankle; shoulder over elbow.
        Assert.True(Y(JointNames.Head) > Y(JointNames.Neck) && Y(JointNames.Neck) > Y(JointNames.Spine) && Y(JointNames.Spine) > Y(JointNames.Pelvis));
        Assert.True(Y(JointNames.ThighL) > Y(JointNames.ShinL) && Y(JointNames.ShinL) > Y(JointNames.FootL));
        Assert.True(Y(JointNames.UpperArmR) > Y(JointNames.ForearmR) && Y(JointNames.UpperArmR) > Y(JointNames.Neck) - 0.1f * (max.Y - min.Y));
        // Knees near half the hip height above the sole; the model faces +Z, so its own left is +X.
        Assert.InRange((Y(JointNames.ShinL) - min.Y) / (Y(JointNames.ThighL) - min.Y), 0.4f, 0.65f);
        Assert.True(Pivot(model, JointNames.ThighL).X > 0 && Pivot(model, JointNames.ThighR).X < 0);
        Assert.True(Pivot(model, JointNames.UpperArmL).X > Pivot(model, JointNames.ThighL).X);
        Assert.Equal(JointNames.Head, model.Rig.Joints[model.Rig.Joints[model.Rig.IndexOf(JointNames.Jaw)].Parent].Name);
    }

    [Fact]
    public void A_bent_knee_moves_only_the_shin_and_foot()
    {
        var model = Build("person");
        var rest = Pose(model);
        var bent = Pose(model, (JointNames.ShinL, Quaternion.CreateFromAxisAngle(Vector3.UnitX, 1.2f)));
        var knee = Pivot(model, JointNames.ShinL);
        var hip = Pivot(model, JointNames.ThighL);
        var movedBelow = 0f;
        for (var k = 0; k < rest.Count; k++)
            for (var i = 0; i < rest[k].Length; i++)
            {
                var d = Vector3.Distance(rest[k][i], bent[k][i]);
                if (rest[k][i].Y > knee.Y + 0.1f * (hip.Y - knee.Y) + 0.05f) Assert.True(d < 1e-5f, $"a vertex above the knee moved by {d}");
                if (rest[k][i].X < 0) Assert.True(d < 1e-5f, "the right leg moved with the left knee");
                if (rest[k][i].Y < knee.Y - 0.2f && rest[k][i].X > 0) movedBelow = MathF.Max(movedBelow, d);
            }
        Assert.True(movedBelow > 0.2f, $"the left foot moved only {movedBelow} m");
    }

    [Fact]
    public void A_raised_arm_carries_the_hand()
    {
        var model = Build("person");
        var rest = Pose(model);
        // Swing the left arm forward and up (about X towards +Z).
        var raised = Pose(model, (JointNames.UpperArmL, Quaternion.CreateFromAxisAngle(Vector3.UnitX, -MathF.PI / 2)));
        var shoulder = Pivot(model, JointNames.UpperArmL);
        var skinPart = model.Parts.Select((p, k) => (p, k)).First(x => x.p.Material.Name == "skin").k;
        // The lowest skin vertex that the left forearm carries is the hand (bare legs under a skirt are skin too): it
        // rises to about shoulder height.
        var forearm = model.Rig!.IndexOf(JointNames.ForearmL);
        var joints = model.Parts[skinPart].Mesh.SkinJoints.Span.ToArray();
        var hand = Enumerable.Range(0, rest[skinPart].Length).Where(i => (int)joints[i].X == forearm).MinBy(i => rest[skinPart][i].Y);
        Assert.True(rest[skinPart][hand].Y < shoulder.Y - 0.4f);
        Assert.InRange(raised[skinPart][hand].Y, shoulder.Y - 0.15f, shoulder.Y + 0.15f);
        Assert.True(raised[skinPart][hand].Z > shoulder.Z + 0.4f, "the hand does not reach forward");
    }

    [Fact]
    public void An_open_jaw_parts_the_lips_and_shows_the_mouth()
    {
        var model = Build("person");
        var rest = Pose(model);
        var open = Pose(model, (JointNames.Jaw, Quaternion.CreateFromAxisAngle(Vector3.UnitX, 15 * MathF.PI / 180)));
        var lips = model.Parts.Select((p, k) => (p, k)).Single(x => x.p.Material.Name == "lips").k;
        Assert.Contains(model.Parts, p => p.Material.Name == "mouth");
        var centre = rest[lips].Aggregate(Vector3.Zero, (a, b) => a + b) / rest[lips].Length;
        // The upper lip stays, the lower lip drops by centimetres (at a 1.7 m person's scale).
        var upperMoved = Enumerable.Range(0, rest[lips].Length).Where(i => rest[lips][i].Y > centre.Y + 0.003f).Max(i => Vector3.Distance(rest[lips][i], open[lips][i]));
        // The corners drop about half as far as the middle, so the open mouth is an oval rather than a box.
        var lower = Enumerable.Range(0, rest[lips].Length).Where(i => rest[lips][i].Y < centre.Y - 0.003f).Select(i => rest[lips][i].Y - open[lips][i].Y).ToList();
        Assert.True(upperMoved < 1e-5f);
        Assert.InRange(lower.Max(), 0.012f, 0.05f);
        Assert.True(lower.Min() > 0.004f, $"a lower-lip vertex drops only {lower.Min():F4} m");
        // The jaw opens downwards for a positive turn about up × front (+X for a model facing +Z).
        var chin = Pose(model, (JointNames.Jaw, Quaternion.CreateFromAxisAngle(Vector3.UnitX, 0.3f)));
        Assert.True(chin[lips].Sum(p => p.Y) < rest[lips].Sum(p => p.Y));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(11)]
    [InlineData(42)]
    public void A_shut_mouth_shows_its_lips_in_front_of_the_chin(long seed)
    {
        // At rest the lips were level with the chin's surface, which covered them: a face with no mouth.
        var model = Build("person", seed);
        var rest = Pose(model);
        var lips = model.Parts.Select((p, k) => (p, k)).Single(x => x.p.Material.Name == "lips").k;
        var (lo, hi) = (rest[lips].Min(p => p.Y), rest[lips].Max(p => p.Y));
        var centre = rest[lips].Aggregate(Vector3.Zero, (a, b) => a + b) / rest[lips].Length;
        // The lower lip's band, below the nose; the person faces +Z.
        var (bandLo, bandHi) = (lo, (lo + hi) / 2 - 0.002f);
        var lipFront = rest[lips].Where(p => p.Y >= bandLo && p.Y <= bandHi).Max(p => p.Z);
        var otherFront = float.MinValue;
        for (var k = 0; k < rest.Count; k++)
        {
            if (model.Parts[k].Material.Name is "lips" or "mouth" or "teeth") continue;
            foreach (var p in rest[k])
                if (p.Y >= bandLo && p.Y <= bandHi && MathF.Abs(p.X - centre.X) < 0.02f) otherFront = MathF.Max(otherFront, p.Z);
        }
        Assert.True(lipFront > otherFront + 0.003f, $"the lower lip's front {lipFront:F4} is not ahead of the chin's {otherFront:F4}");
    }

    public static TheoryData<string> Quadrupeds() => ["dog", "cat", "horse", "cow", "zebra", "sheep", "giraffe", "elephant", "bear"];

    [Theory]
    [MemberData(nameof(Quadrupeds))]
    public void A_four_legged_animal_bends_a_knee_without_moving_its_body_or_tearing(string kind)
    {
        var model = Build(kind);
        string[] names = [JointNames.Body, JointNames.Neck, JointNames.Head, JointNames.Tail, JointNames.ThighFL, JointNames.ShinFL, JointNames.ThighFR, JointNames.ShinFR, JointNames.ThighBL, JointNames.ShinBL, JointNames.ThighBR, JointNames.ShinBR];
        foreach (var name in names) Assert.True(model.Rig!.IndexOf(name) >= 0, $"{kind}: no {name}");
        // Legs: the knee under the leg's top, on the animal's right (+Z) for R; the head in front of the body.
        var midline = Pivot(model, JointNames.Body).Z;
        Assert.True(Pivot(model, JointNames.ShinFR).Y < Pivot(model, JointNames.ThighFR).Y && Pivot(model, JointNames.ShinFR).Z > midline && Pivot(model, JointNames.ShinBL).Z < midline);
        Assert.True(Pivot(model, JointNames.Head).X > Pivot(model, JointNames.Body).X && Pivot(model, JointNames.Tail).X < Pivot(model, JointNames.Body).X);

        var rest = Pose(model);
        var bent = Pose(model, (JointNames.ShinFR, Quaternion.CreateFromAxisAngle(Vector3.UnitZ, 1.0f)));
        var (min, max) = AssetModels.Bounds(model.Parts);
        var body = Pivot(model, JointNames.Body);
        var knee = Pivot(model, JointNames.ShinFR);
        var hoof = 0f;
        for (var k = 0; k < rest.Count; k++)
        {
            for (var i = 0; i < rest[k].Length; i++)
            {
                var d = Vector3.Distance(rest[k][i], bent[k][i]);
                // The back, the far side and the rump stay where they were (sides from the body's midline: a head
                // turned to the camera makes the model's box lopsided).
                if (rest[k][i].Y > body.Y || rest[k][i].Z < body.Z - 0.02f * (max.Z - min.Z) || rest[k][i].X < body.X)
                    Assert.True(d < 1e-4f * (max.X - min.X), $"{kind}: a vertex of the body at {rest[k][i]} ({model.Parts[k].Mesh.Name}) moved by {d} with the right fore shin; body {body}, knee {knee}");
                if (rest[k][i].Y < min.Y + 0.3f * (knee.Y - min.Y) && rest[k][i].Z > body.Z && rest[k][i].X > body.X) hoof = MathF.Max(hoof, d);
            }
            // No tearing: a smooth surface's edges stretch a little at the knee, never by many times.
            var mesh = model.Parts[k].Mesh;
            if (mesh.TriangleCount < 5000) continue; // the soft surface; closed primitives are rigid pieces
            var idx = mesh.Indices.Span;
            for (var t = 0; t < idx.Length; t += 3)
                for (var e = 0; e < 3; e++)
                {
                    var (a, b) = ((int)idx[t + e], (int)idx[t + (e + 1) % 3]);
                    var before = Vector3.Distance(rest[k][a], rest[k][b]);
                    var after = Vector3.Distance(bent[k][a], bent[k][b]);
                    Assert.True(after < before * 4 + 0.004f * (max.X - min.X), $"{kind}: an edge tore from {before} to {after}");
                }
        }
        Assert.True(hoof > 0.1f * (knee.Y - min.Y), $"{kind}: the fore foot moved only {hoof}");
    }

    public static TheoryData<string, string, float> SwungThighs() => new()
    {
        { "horse", JointNames.ThighBR, -35 }, { "horse", JointNames.ThighBR, 35 }, { "horse", JointNames.ThighFL, 35 }, { "horse", JointNames.ThighFL, -35 },
        { "cow", JointNames.ThighBL, -35 }, { "cow", JointNames.ThighBL, 35 }, { "cow", JointNames.ThighFR, 35 }, { "cow", JointNames.ThighFR, -35 },
    };

    /// <summary>
    /// A galloping horse's thigh swings about ±35°. Nothing that hangs low on the leg's side may stay behind (a
    /// haunch or shoulder mass left on the body hangs bare as a lump when the leg swings away), and what swings
    /// with the thigh must stay within the trunk's length at the trunk's height (a thick thigh top poking out behind
    /// the rump or before the chest). Below the belly the leg is free to reach, and it must still carry the foot.
    /// </summary>
    [Theory]
    [MemberData(nameof(SwungThighs))]
    public void A_swung_thigh_carries_its_haunch_and_keeps_inside_the_trunk(string kind, string thigh, float degrees)
    {
        var model = Build(kind);
        var rig = model.Rig!;
        var root = rig.IndexOf(JointNames.Body);
        var body = Pivot(model, JointNames.Body);
        var j = rig.IndexOf(thigh);
        var rest = Pose(model);
        var swung = Pose(model, (thigh, Quaternion.CreateFromAxisAngle(Vector3.UnitZ, degrees * MathF.PI / 180)));
        // The trunk: every vertex that follows the body alone, at rest.
        var (min, max) = (new Vector3(float.MaxValue), new Vector3(float.MinValue));
        for (var k = 0; k < rest.Count; k++)
        {
            var joints = model.Parts[k].Mesh.SkinJoints.Span;
            var weights = model.Parts[k].Mesh.SkinWeights.Span;
            for (var i = 0; i < rest[k].Length; i++)
                if ((int)joints[i].X == root && weights[i].X > 0.9999f) (min, max) = (Vector3.Min(min, rest[k][i]), Vector3.Max(max, rest[k][i]));
        }
        // The belly line: halfway from the body's pivot down to the stifle or knee; "low": the leg's lower 40% up to its top.
        var top = rig.Joints[j].Pivot;
        var knee = rig.Joints.First(x => x.Parent == j).Pivot;
        var belly = (body.Y + knee.Y) / 2;
        var low = knee.Y + 0.4f * (top.Y - knee.Y);
        var turn = Matrix4x4.CreateTranslation(-top) * Matrix4x4.CreateRotationZ(degrees * MathF.PI / 180) * Matrix4x4.CreateTranslation(top);
        var left = 0f;
        var slack = 0.02f * (max.X - min.X);
        var (worst, reach) = (0f, 0f);
        for (var k = 0; k < rest.Count; k++)
        {
            var joints = model.Parts[k].Mesh.SkinJoints.Span;
            var weights = model.Parts[k].Mesh.SkinWeights.Span;
            for (var i = 0; i < rest[k].Length; i++)
            {
                // Low on the leg's outer side, by the leg (not the other leg on that side), a vertex moves at least a quarter as far as the thigh would carry it.
                var p = rest[k][i];
                if (p.Y < low && MathF.Abs(p.X - top.X) < 0.5f * (top.Y - knee.Y) && (p.Z - body.Z) * (top.Z - body.Z) > 0 && MathF.Abs(p.Z - body.Z) > MathF.Abs(top.Z - body.Z))
                    left = MathF.Max(left, 0.25f * Vector3.Distance(p, Vector3.Transform(p, turn)) - Vector3.Distance(p, swung[k][i]));
                var w = ((int)joints[i].X == j ? weights[i].X : 0) + ((int)joints[i].Y == j ? weights[i].Y : 0) + ((int)joints[i].Z == j ? weights[i].Z : 0) + ((int)joints[i].W == j ? weights[i].W : 0);
                if (w <= 0) continue;
                reach = MathF.Max(reach, Vector3.Distance(rest[k][i], swung[k][i]));
                var q = swung[k][i];
                if (q.Y > belly) worst = MathF.Max(worst, MathF.Max(min.X - q.X, q.X - max.X));
            }
        }
        Assert.True(left <= 1e-4f, $"{kind}: {thigh} at {degrees}° left a piece of the leg's side hanging, {left:F3} m short of following");
        Assert.True(worst < slack, $"{kind}: {thigh} at {degrees}° pokes {worst:F3} m out of the trunk (slack {slack:F3})");
        Assert.True(reach > 0.15f * (max.X - min.X), $"{kind}: {thigh} at {degrees}° moved the leg only {reach:F3} m");
    }

    [Fact]
    public void A_bird_has_wings_that_lift()
    {
        var model = Build("bird");
        var rest = Pose(model);
        var flap = Pose(model, (JointNames.WingR, Quaternion.CreateFromAxisAngle(Vector3.UnitX, -1.0f)));
        Assert.True(model.Rig!.IndexOf(JointNames.WingL) >= 0);
        var moved = rest.Zip(flap).Sum(x => x.First.Zip(x.Second).Count(v => Vector3.Distance(v.First, v.Second) > 1e-4f));
        Assert.True(moved > 50, "the right wing did not move");
    }

    [Fact]
    public void A_model_without_joints_is_built_exactly_as_before()
    {
        // The same primitives through a bare MeshBuilder and through a ModelBuilder that declares no joint.
        var bare = new MeshBuilder().Sphere(Matrix4x4.CreateScale(0.3f)).Capsule(new(0, 0, 0), new(0, 1, 0), 0.1f, 0.08f).Build("bare");
        var builder = new ModelBuilder("thing", Paints.White);
        builder.Body.Sphere(Matrix4x4.CreateScale(0.3f)).Capsule(new(0, 0, 0), new(0, 1, 0), 0.1f, 0.08f);
        var (_, model) = builder.Finish(1);
        Assert.Null(model.Rig);
        var mesh = Assert.Single(model.Parts).Mesh;
        Assert.False(mesh.IsSkinned);
        Assert.Equal(0, mesh.SkinJoints.Length);
        Assert.True(bare.Positions.Span.SequenceEqual(mesh.Positions.Span));
        Assert.True(bare.Normals.Span.SequenceEqual(mesh.Normals.Span));
        Assert.True(bare.Indices.Span.SequenceEqual(mesh.Indices.Span));
        // And a modelled rigid kind from the library carries no skin.
        var chair = Build("chair");
        Assert.Null(chair.Rig);
        Assert.All(chair.Parts, p => Assert.False(p.Mesh.IsSkinned));
    }

    [Fact]
    public void Paints_still_merge_into_one_mesh_each_on_a_rigged_model()
    {
        var model = Build("person");
        Assert.Equal(model.Parts.Count, model.Parts.Select(p => p.Material).Distinct().Count());
        Assert.True(model.Parts.Count <= 14, $"{model.Parts.Count} draws for a person");
    }
}
