using System.Numerics;
using Kinora.Compose;
using Kinora.Compose.Environments;
using Kinora.Motion;
using Kinora.Plan;

namespace Kinora.Render.Tests;

/// <summary>
/// A square bar along the model's x axis, cut into rings so it can bend, on a two-joint rig: "root" at the bar's
/// start and "elbow" halfway. Each vertex follows the root before the elbow and the elbow after it, blended over
/// 0.2 m around the elbow; with <c>rootOnly</c> every vertex follows the root. Seen by a level camera from +z.
/// </summary>
internal static class SkinnedBar
{
    public const float Length = 1.6f, Half = 0.1f, Blend = 0.2f;
    public static CameraPose Camera => new(new Vector3(0, 1, 5), new Vector3(0, 1, 0), Vector3.UnitY, 40f * MathF.PI / 180f);

    /// <summary>The bar running from x = 0 to <paramref name="direction"/> × Length; skinned or the same mesh rigid.</summary>
    public static Mesh Mesh(bool skinned, bool rootOnly = false, float direction = 1, int rings = 17)
    {
        var positions = new List<Vector3>();
        var normals = new List<Vector3>();
        var indices = new List<uint>();
        var x = Vector3.UnitX * direction;
        foreach (var n in new[] { Vector3.UnitY, -Vector3.UnitY, Vector3.UnitZ, -Vector3.UnitZ })
        {
            // t = n × x makes x × t = n: quads (A, B, C, D) below wind counter-clockwise seen from outside.
            var t = Vector3.Cross(n, x);
            var start = (uint)positions.Count;
            for (var k = 0; k < rings; k++)
            {
                var along = x * (Length * k / (rings - 1));
                positions.Add(along + n * Half - t * Half); normals.Add(n);
                positions.Add(along + n * Half + t * Half); normals.Add(n);
            }
            for (var k = 0u; k < rings - 1; k++)
            {
                uint a = start + 2 * k, d = a + 1, b = a + 2, c = a + 3;
                indices.AddRange([a, b, c, a, c, d]);
            }
        }
        Cap(Vector3.Zero, -x);
        Cap(x * Length, x);
        void Cap(Vector3 centre, Vector3 n)
        {
            var u = MathF.Abs(n.X) > 0.5f ? Vector3.UnitY * MathF.Sign(n.X) : Vector3.UnitX;
            var v = Vector3.Cross(n, u);   // u × v = n
            var start = (uint)positions.Count;
            foreach (var (su, sv) in new[] { (-1, -1), (1, -1), (1, 1), (-1, 1) })
            {
                positions.Add(centre + (u * su + v * sv) * Half);
                normals.Add(n);
            }
            indices.AddRange([start, start + 1, start + 2, start, start + 2, start + 3]);
        }
        var uvs = new Vector2[positions.Count];
        var mesh = new Mesh("bar", [.. positions], [.. normals], uvs, [.. indices]);
        if (!skinned) return mesh;
        var joints = new Vector4[positions.Count];
        var weights = new Vector4[positions.Count];
        for (var i = 0; i < positions.Count; i++)
        {
            var elbow = rootOnly ? 0 : Math.Clamp((MathF.Abs(positions[i].X) - (Length / 2 - Blend / 2)) / Blend, 0, 1);
            joints[i] = new Vector4(0, 1, 0, 0);
            weights[i] = new Vector4(1 - elbow, elbow, 0, 0);
        }
        return new Mesh("bar", [.. positions], [.. normals], uvs, [.. indices]) { SkinJoints = joints, SkinWeights = weights };
    }

    public static Rig Rig(float direction = 1) =>
        new([new Joint("root", -1, Vector3.Zero), new Joint("elbow", 0, Vector3.UnitX * direction * Length / 2)]);

    /// <summary>One bar entity (with the rig when the mesh is skinned) on a wooden floor at early afternoon.</summary>
    public static World World(Mesh mesh, Rig? rig)
    {
        var plan = new ScenePlan { World = new WorldSpec { TimeOfDay = 13, Ground = "wood", Setting = "studio" } };
        var material = MaterialLibrary.Get("plastic") with { BaseColor = new Vector3(0.7f, 0.2f, 0.1f) };
        var bar = new Entity
        {
            Id = "bar1", CastId = "bar1", Kind = "bar",
            Shape = new BoxShape(new Vector3(Length / 2, Half, Half)),
            Model = new Model([new ModelPart(mesh, Matrix4x4.Identity, material)]) { Rig = rig },
            Material = material,
        };
        return new World(plan, EnvironmentBuilder.Build(plan.World), [bar]);
    }

    /// <summary>Frames at <paramref name="at"/>, each with its joint rotations (root, elbow); null rotations: none given.</summary>
    public static Track Track(Vector3 at, params (Quaternion Root, Quaternion Elbow)?[] frames)
    {
        var poses = frames.Select(_ => new Pose(at, Quaternion.Identity)).ToArray();
        var cameras = frames.Select(_ => Camera).ToArray();
        var joints = new Dictionary<int, Quaternion[]>();
        if (frames.All(f => f is not null))
            joints[0] = frames.SelectMany(f => new[] { f!.Value.Root, f.Value.Elbow }).ToArray();
        return new Track(24, frames.Length, ["bar1"], poses, cameras, [], joints);
    }
}
