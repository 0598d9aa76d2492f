using System.Numerics;

namespace Kinora.Compose.Scenarios;

/// <summary>
/// A "ramp" (slope, incline) in the cast becomes a static plank tilted <see cref="AngleDeg"/>, high end at −X,
/// its low end on the floor. Whatever rolls or slides (down it, on it, or anywhere in a scene with a ramp) starts
/// at rest near its top and is let go, so it runs down the slope and out across the floor.
/// </summary>
public static class Ramp
{
    public const float AngleDeg = 20;
    public const float DefaultLength = 2;
    private const float Thickness = 0.03f, HalfWidth = 0.3f;

    public static bool Claims(string kind) => CastEntities.Is(kind, "ramp", "slope", "incline", "inclined plane", "chute");

    internal static void Apply(CastEntities cast)
    {
        var member = cast.Members.FirstOrDefault(m => Claims(m.Kind));
        if (member is null) return;
        var first = cast[member.Id][0];
        var length = (float)Math.Clamp(member.Traits.Size ?? DefaultLength, 0.5, 10);
        var angle = AngleDeg * MathF.PI / 180;
        var rotation = Quaternion.CreateFromAxisAngle(Vector3.UnitZ, -angle); // +X end down
        var down = Vector3.Transform(Vector3.UnitX, rotation);
        var normal = Vector3.Transform(Vector3.UnitY, rotation);
        var lowEnd = first.Position.X + length * MathF.Cos(angle) / 2;
        var centreY = length / 2 * MathF.Sin(angle) + Thickness / 2 * MathF.Cos(angle);
        var centre = new Vector3(lowEnd - length / 2 * MathF.Cos(angle), centreY, first.Position.Z);
        var material = MaterialLibrary.Get(member.Traits.Material ?? "wood");
        var half = new Vector3(length / 2, Thickness / 2, HalfWidth);
        cast.Replace(member.Id,
        [
            first with
            {
                Kind = "ramp", IsStatic = true, Shape = new BoxShape(half), Material = material, Position = centre, Rotation = rotation,
                LinearVelocity = Vector3.Zero, AngularVelocity = Vector3.Zero,
                Model = new Model([SimpleModels.Box(Vector3.Zero, half, material)]),
            },
        ]);

        var top = centre - down * (length / 2 - 0.15f) + normal * (Thickness / 2);
        var riders = cast.Members.Where(m => m.Id != member.Id && cast[m.Id].All(e => !e.IsStatic)
            && (CastEntities.Is(cast.ActionOf(m.Id)?.Verb, "roll", "slide", "move", "travel", "tumble")
                || cast.RelatedTo(m.Id, "on", "down", "above") == member.Id)).ToList();
        var lane = 0;
        foreach (var rider in riders)
        {
            var list = cast[rider.Id];
            for (var i = 0; i < list.Count; i++, lane++)
            {
                var e = list[i];
                var z = (lane % 3 - 1) * HalfWidth * 0.6f;
                // Sitting on the slope: a box turned with it, a ball touching it at one point.
                var lift = e.Shape is SphereShape ? e.Shape.HalfHeight : e.Shape.HalfHeight + 0.001f;
                list[i] = e with
                {
                    Position = top + normal * lift + down * (lane / 3 * e.Shape.BoundingRadius * 2.5f) + new Vector3(0, 0, z),
                    Rotation = e.Shape is SphereShape ? Quaternion.Identity : rotation,
                    LinearVelocity = Vector3.Zero, AngularVelocity = Vector3.Zero,
                };
            }
        }
    }
}
