using System.Numerics;
using Kinora.Compose;
using Kinora.Plan;

namespace Kinora.Motion.Tests.Animation;

/// <summary>
/// Small rigged stand-ins for the people and animals the asset library will rig: the same joint names, pivots where
/// anatomy puts them, one tiny mesh so the model has a ground. Pivots are given standing on y = 0 and shifted to the
/// entity's centred model space (the library centres every model on its box).
/// </summary>
public static class TestRigs
{
    /// <summary>A 1.72 m person facing +Z (the library's person front); its left is +X.</summary>
    public static Rig Person(float halfHeight)
    {
        var d = new Vector3(0, -halfHeight, 0);
        Joint J(string name, int parent, float x, float y, float z) => new(name, parent, new Vector3(x, y, z) + d);
        return new Rig([
            J(JointNames.Pelvis, -1, 0, 0.95f, 0),       // 0
            J(JointNames.Spine, 0, 0, 1.05f, 0),         // 1
            J(JointNames.Neck, 1, 0, 1.45f, 0),          // 2
            J(JointNames.Head, 2, 0, 1.56f, 0),          // 3
            J(JointNames.Jaw, 3, 0, 1.6f, 0.02f),        // 4
            J(JointNames.UpperArmL, 1, 0.2f, 1.41f, 0),  // 5
            J(JointNames.ForearmL, 5, 0.25f, 1.13f, 0),  // 6
            J(JointNames.UpperArmR, 1, -0.2f, 1.41f, 0), // 7
            J(JointNames.ForearmR, 7, -0.25f, 1.13f, 0), // 8
            J(JointNames.ThighL, 0, 0.1f, 0.92f, 0),     // 9
            J(JointNames.ShinL, 9, 0.1f, 0.5f, 0.012f),  // 10
            J(JointNames.FootL, 10, 0.1f, 0.09f, -0.005f), // 11
            J(JointNames.ThighR, 0, -0.1f, 0.92f, 0),    // 12
            J(JointNames.ShinR, 12, -0.1f, 0.5f, 0.012f),
            J(JointNames.FootR, 13, -0.1f, 0.09f, -0.005f),
        ]);
    }

    /// <summary>A dog-sized quadruped facing +X: hips 0.45 m up.</summary>
    public static Rig Quadruped(float halfHeight)
    {
        var d = new Vector3(0, -halfHeight, 0);
        Joint J(string name, int parent, float x, float y, float z) => new(name, parent, new Vector3(x, y, z) + d);
        return new Rig([
            J(JointNames.Body, -1, 0, 0.5f, 0),
            J(JointNames.Neck, 0, 0.3f, 0.55f, 0),
            J(JointNames.Head, 1, 0.42f, 0.7f, 0),
            J(JointNames.Tail, 0, -0.32f, 0.55f, 0),
            J(JointNames.ThighFL, 0, 0.25f, 0.45f, 0.1f),
            J(JointNames.ShinFL, 4, 0.26f, 0.22f, 0.1f),
            J(JointNames.ThighFR, 0, 0.25f, 0.45f, -0.1f),
            J(JointNames.ShinFR, 6, 0.26f, 0.22f, -0.1f),
            J(JointNames.ThighBL, 0, -0.25f, 0.45f, 0.1f),
            J(JointNames.ShinBL, 8, -0.27f, 0.22f, 0.1f),
            J(JointNames.ThighBR, 0, -0.25f, 0.45f, -0.1f),
            J(JointNames.ShinBR, 10, -0.27f, 0.22f, -0.1f),
        ]);
    }

    /// <summary>A small bird facing +X with its wings folded back along its sides (left is −Z).</summary>
    public static Rig Bird(float halfHeight)
    {
        var d = new Vector3(0, -halfHeight, 0);
        return new Rig([
            new(JointNames.Body, -1, new Vector3(0, 0.1f, 0) + d),
            new(JointNames.Tail, 0, new Vector3(-0.055f, 0.095f, 0) + d),
            new(JointNames.WingL, 0, new Vector3(0.03f, 0.125f, -0.03f) + d),
            new(JointNames.WingR, 0, new Vector3(0.03f, 0.125f, 0.03f) + d),
        ]);
    }

    /// <summary>A one-triangle model whose lowest point is the ground under the rig.</summary>
    public static Model Rigged(Rig rig, float halfHeight) =>
        new([new ModelPart(new Mesh("test/rigged",
            [new(0, -halfHeight, 0), new(0.1f, -halfHeight, 0), new(0, halfHeight, 0)], [Vector3.UnitZ, Vector3.UnitZ, Vector3.UnitZ],
            [Vector2.Zero, Vector2.Zero, Vector2.Zero], [0, 1, 2]), Matrix4x4.Identity, MaterialLibrary.Get("fabric"))]) { Rig = rig };

    /// <summary>A composed world of one actor doing one verb, its model swapped for a rigged stand-in.</summary>
    public static World World(string kind, string verb, double seconds = 4, int fps = 24, double? speed = null, string? obj = null,
        IReadOnlyList<SpokenLine>? lines = null)
    {
        var cast = new List<CastMember> { new() { Id = "a1", Kind = kind } };
        if (obj is not null) cast.Add(new CastMember { Id = "o1", Kind = obj });
        var plan = new ScenePlan
        {
            Format = new VideoFormat { Seconds = seconds, Fps = fps },
            World = new WorldSpec { Ground = "grass" },
            Cast = cast,
            Shots = [new ShotSpec { Seconds = seconds, Actions = [new ActionSpec { Actor = "a1", Verb = verb, Speed = speed, Object = obj is null ? null : "o1" }] }],
        };
        var world = Composer.Compose(plan);
        var i = world.IndexOf("a1");
        var e = world.Entities[i];
        var h = e.Shape.HalfHeight;
        var rig = kind switch { "person" => Person(h), "bird" => Bird(h), _ => Quadruped(h) };
        var entities = world.Entities.ToArray();
        entities[i] = e with { Model = Rigged(rig, h) };
        return world with { Entities = entities };
    }

    /// <summary>World position at a frame of a model-space point carried by a joint (its pivot when none is given).</summary>
    public static Vector3 WorldPoint(Track track, World world, int frame, int body, int joint, Vector3? point = null)
    {
        var rig = world.Entities[body].Model.Rig!;
        var palette = new Matrix4x4[rig.Joints.Count];
        rig.Palette(track.JointsAt(frame, body), palette);
        var model = Vector3.Transform(point ?? rig.Joints[joint].Pivot, palette[joint]);
        var pose = track.PoseOf(frame, body);
        return pose.Position + Vector3.Transform(model, pose.Rotation);
    }
}
