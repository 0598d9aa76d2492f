using System.Numerics;

namespace Kinora.Compose.Scenarios;

/// <summary>
/// Starting velocities for things that are thrown or run into each other:
/// <list type="bullet">
/// <item>throw (toss, launch, fling, hurl): the thing leaves from the action's height (else 1 m) at
/// <see cref="ThrowAngleDeg"/> above +X at the action's speed (else 5 m/s): a projectile.</item>
/// <item>collide (crash, smash into, hit, knock, knock over): the actor runs at its object along +X at the action's
/// speed (else 3 m/s) from 1.5 m away; two or more of one kind colliding with nothing named meet head-on.</item>
/// </list>
/// People and animals are not thrown: they walk (Motion's locomotion), so only loose things are set moving here.
/// </summary>
public static class Launches
{
    public const float ThrowAngleDeg = 40;
    public const float DefaultThrowSpeed = 5;
    public const float DefaultThrowHeight = 1;
    public const float DefaultCollideSpeed = 3;
    private const float Approach = 1.5f;

    private static readonly string[] ThrowVerbs = ["throw", "toss", "launch", "fling", "hurl", "shoot", "kick"];
    private static readonly string[] CollideVerbs = ["collide", "crash", "smash", "hit", "strike", "knock", "knock over", "bump", "ram"];

    internal static void Apply(CastEntities cast)
    {
        foreach (var a in cast.Actions.ToList())
        {
            if (!cast.Has(a.Actor) || cast[a.Actor].Any(e => e.IsStatic)) continue;
            if (CastEntities.Is(a.Verb, ThrowVerbs))
            {
                // "A man throws a ball": the ball flies; "a ball is thrown": the actor is the ball.
                var thrown = a.Object is not null && cast.Has(a.Object) && !IsMover(cast, a.Actor) ? a.Object : a.Actor;
                if (IsMover(cast, thrown)) continue;
                var speed = (float)(a.Speed ?? DefaultThrowSpeed);
                var angle = ThrowAngleDeg * MathF.PI / 180;
                var velocity = new Vector3(speed * MathF.Cos(angle), speed * MathF.Sin(angle), 0);
                var from = thrown == a.Actor ? cast[a.Actor][0].Position.X - 1.5f : cast[a.Actor][0].Position.X + 0.4f;
                var list = cast[thrown];
                for (var i = 0; i < list.Count; i++)
                    list[i] = list[i] with
                    {
                        Position = new Vector3(from - i * 0.3f, (float)(a.Height ?? DefaultThrowHeight) + list[i].Shape.HalfHeight, list[i].Position.Z),
                        LinearVelocity = velocity, AngularVelocity = new Vector3(0, 0, -3),
                    };
            }
            else if (CastEntities.Is(a.Verb, CollideVerbs) && !IsMover(cast, a.Actor))
            {
                var speed = (float)(a.Speed ?? DefaultCollideSpeed);
                var actor = cast[a.Actor];
                if (a.Object is not null && cast.Has(a.Object) && a.Object != a.Actor)
                {
                    var target = cast[a.Object];
                    var front = target.Min(t => t.Position.X - t.Shape.BoundingRadius);
                    for (var i = 0; i < actor.Count; i++)
                    {
                        var e = actor[i];
                        actor[i] = e with
                        {
                            Position = new Vector3(front - Approach - e.Shape.BoundingRadius - i * 2.5f * e.Shape.BoundingRadius, e.Shape.HalfHeight, target[0].Position.Z),
                            LinearVelocity = new Vector3(speed, 0, 0),
                            AngularVelocity = e.Shape is SphereShape s ? new Vector3(0, 0, -speed / s.Radius) : Vector3.Zero,
                        };
                    }
                }
                else if (actor.Count >= 2)
                {
                    // Head-on: the first from the left, the second from the right, meeting in the middle.
                    var centre = actor.Average(e => e.Position.X);
                    for (var i = 0; i < 2; i++)
                    {
                        var e = actor[i];
                        var side = i == 0 ? -1 : 1;
                        actor[i] = e with
                        {
                            Position = new Vector3((float)centre + side * (Approach / 2 + e.Shape.BoundingRadius), e.Shape.HalfHeight, actor[0].Position.Z),
                            LinearVelocity = new Vector3(-side * speed / 2, 0, 0), AngularVelocity = Vector3.Zero,
                        };
                    }
                }
            }
        }
    }

    /// <summary>Self-propelled actors (people, animals, vehicles) that Motion drives along paths.</summary>
    private static bool IsMover(CastEntities cast, string castId)
    {
        var kind = cast.Plan.Cast.FirstOrDefault(c => c.Id == castId)?.Kind ?? "";
        return Assets.Kinds.Animals.IsOtherAnimal(kind) || CastEntities.Is(kind, "person", "man", "woman", "child", "dog", "cat", "horse", "cow", "sheep", "elephant", "bear", "zebra", "giraffe", "bird",
            "car", "truck", "bus", "motorcycle", "bicycle", "train");
    }
}
