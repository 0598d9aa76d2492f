using System.Numerics;
using Kinora.Compose;
using Kinora.Motion.Behaviours;

namespace Kinora.Motion.Animation;

/// <summary>What the animator adds to a simulated track: joint rotations per rigged body, the footfalls its legs
/// make, and which bodies those footfalls replace the path runner's for.</summary>
public sealed record Articulation(IReadOnlyDictionary<int, Quaternion[]> Joints, IReadOnlyList<SimEvent> Footfalls, IReadOnlySet<string> Stepping);

/// <summary>
/// Articulates every body whose model has a <see cref="Rig"/>, after the simulation has moved the bodies: gaits
/// phase-locked to the distance each body actually covered (so planted feet hold still on the ground and each
/// footfall event is a foot landing), idle stances, gestures for the plan's action verbs, wings, and jaws that follow
/// the speech. It also sinks or lifts each articulated body's pose so bent legs keep the feet on the ground and a
/// jump leaves it. Deterministic: everything comes from the world, the poses and the cues.
/// </summary>
public static class Animator
{
    /// <param name="poses">frameCount × bodies, entity order; articulated bodies' heights are adjusted in place.</param>
    public static Articulation Animate(World world, Pose[] poses, int frameCount, int fps, IReadOnlyList<MouthCue> mouth)
    {
        var n = world.Entities.Count;
        var joints = new Dictionary<int, Quaternion[]>();
        var footfalls = new List<SimEvent>();
        var stepping = new HashSet<string>(StringComparer.Ordinal);
        if (frameCount == 0 || fps <= 0) return new Articulation(joints, footfalls, stepping);
        var dt = 1.0 / fps;
        for (var i = 0; i < n; i++)
        {
            var entity = world.Entities[i];
            if (BodyMotion.SkeletonOf(entity) is not { } skeleton) continue;
            var motion = new BodyMotion(world, i, skeleton, mouth);
            var swim = FishSwim.Of(skeleton, entity); // a fish's body wave, on top of whatever else it does
            var count = skeleton.Count;
            var rotations = new Quaternion[frameCount * count];
            var body = i;
            var frame = 0;
            var ground = world.Environment.Ground.Name;
            if (skeleton.Legs.Length > 0) stepping.Add(entity.Id);
            // One closure per body, not per frame: it turns a leg's landing into a footfall where that foot is.
            Action<int, double, float> touchdown = (leg, time, speed) =>
            {
                var pose = poses[frame * n + body];
                var at = pose.Position + Vector3.Transform(motion.TouchdownPoint(leg), pose.Rotation);
                footfalls.Add(new SimEvent
                {
                    Kind = EventKinds.Footfall, Time = time, A = entity.Id, B = "ground", MaterialB = ground,
                    Impulse = Locomotion.FootfallImpulse * Math.Min(1, speed / 4),
                    RelativeSpeed = 0.3, Position = at with { Y = 0 },
                });
            };
            var previous = poses[i].Position;
            for (frame = 0; frame < frameCount; frame++)
            {
                var at = poses[frame * n + i].Position;
                var moved = new Vector2(at.X - previous.X, at.Z - previous.Z).Length();
                previous = at;
                var raised = at.Y - entity.Shape.HalfHeight; // the model is centred on its box; the floor is y = 0
                if (motion.ReachObject >= 0)
                {
                    // The thing to pick up, where the simulation has it now: its top, in this body's model space.
                    var self = poses[frame * n + i];
                    var thing = poses[frame * n + motion.ReachObject];
                    var top = thing.Position + new Vector3(0, world.Entities[motion.ReachObject].Shape.HalfHeight, 0);
                    motion.Target = Vector3.Transform(top - self.Position, Quaternion.Inverse(self.Rotation));
                }
                var offset = motion.Frame(frame * dt, dt, moved, raised, rotations.AsSpan(frame * count, count), touchdown);
                swim?.Pose(dt, (float)(moved / dt), poses[frame * n + i].Rotation, rotations.AsSpan(frame * count, count));
                poses[frame * n + i] = poses[frame * n + i] with { Position = at + new Vector3(0, offset, 0) };
            }
            joints[i] = rotations;
        }
        footfalls.Sort((a, b) => a.Time.CompareTo(b.Time));
        return new Articulation(joints, footfalls, stepping);
    }
}
