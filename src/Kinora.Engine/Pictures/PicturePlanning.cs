using Kinora.Picture.Analysis;
using Kinora.Picture.Scene;
using Kinora.Plan;

namespace Kinora.Engine.Pictures;

/// <summary>
/// What an input image changes in a plan, written into the plan so the user sees it: <c>plan.picture</c> when the
/// planner did not set it, the fit and what the decoder did, the camera move, and ambience words for what the
/// picture shows. Applying it twice changes nothing.
/// </summary>
public static class PicturePlanning
{
    /// <summary>Sets <c>plan.picture</c> from an image path when the planner left it unset.</summary>
    public static ScenePlan WithPicture(ScenePlan plan, string? imagePath, string? fit = null)
    {
        if (string.IsNullOrWhiteSpace(imagePath)) return plan;
        var picture = plan.Picture ?? new PictureSpec { Path = imagePath };
        picture = picture with { Path = string.IsNullOrWhiteSpace(picture.Path) ? imagePath : picture.Path };
        if (fit is not null) picture = picture with { Fit = fit };
        return plan with { Picture = picture };
    }

    /// <summary>
    /// The cast that joins a picture scene: only what the prompt makes act ("a red umbrella drifts across"). A
    /// cast member that only names what the picture already shows ("horses in a field") is left to the picture.
    /// </summary>
    public static ScenePlan CastForPicture(ScenePlan plan)
    {
        var acting = plan.Shots.SelectMany(s => s.Actions).SelectMany(a => new[] { a.Actor, a.Object })
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        var cast = plan.Cast.Where(c => acting.Contains(c.Id)).ToList();
        if (cast.Count == plan.Cast.Count) return plan;
        var kept = cast.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var relations = plan.Relations.Where(r => r.Relation != "between" && kept.Contains(r.Subject) && kept.Contains(r.Object)).ToList();
        var shots = plan.Shots.Select(s => s.Camera.Target is { } t && !kept.Contains(t) ? s with { Camera = s.Camera with { Target = null } } : s).ToList();
        return plan with { Cast = cast, Relations = relations, Shots = shots };
    }

    /// <summary>Words the planner may turn into a cast member that is really the input picture itself ("the image
    /// as a poster" → a painting and a poster to place).</summary>
    private static readonly HashSet<string> PictureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "painting", "poster", "picture", "image", "photo", "photograph", "print", "canvas",
    };

    /// <summary>
    /// A picture hung in a generated scene: cast members that only name the picture (a painting nobody acts on,
    /// when the picture is the painting) are the picture, so they go; and a camera left to its own choice holds
    /// the whole set-up rather than following the cast, so the picture on the wall stays in view.
    /// </summary>
    private static ScenePlan ForSurface(ScenePlan plan)
    {
        var acting = plan.Shots.SelectMany(s => s.Actions).SelectMany(a => new[] { a.Actor, a.Object })
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        var cast = plan.Cast.Where(c => acting.Contains(c.Id) || !PictureWords.Contains(c.Kind)).ToList();
        var kept = cast.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var shots = plan.Shots.Select(s =>
        {
            var camera = s.Camera;
            if (camera.Target is { } t && !kept.Contains(t)) camera = camera with { Target = null };
            if (camera.Move.Equals("auto", StringComparison.OrdinalIgnoreCase)) camera = camera with { Move = "static" };
            return s with { Camera = camera };
        }).ToList();
        var gone = plan.Cast.Select(c => c.Id).Where(id => !kept.Contains(id)).ToHashSet(StringComparer.Ordinal);
        var relations = plan.Relations.Where(r => !gone.Contains(r.Subject) && !gone.Contains(r.Object) && (r.SecondObject is null || !gone.Contains(r.SecondObject))).ToList();
        return plan with { Cast = cast, Shots = shots, Relations = relations };
    }

    /// <summary>The plan with the picture's notes and sound cues added.</summary>
    public static ScenePlan Describe(ScenePlan plan, PreparedPicture picture)
    {
        var notes = new List<string>(picture.Decoded.Notes);
        var ambience = plan.Audio.Ambience.ToList();
        var world = plan.World;
        if (PreparedPicture.IsScene(picture.Spec))
        {
            var a = picture.Analysis;
            notes.Insert(0, picture.Frame.Note);
            var move = plan.Shots.Count > 0 ? plan.Shots[0].Camera.Move : null;
            notes.Add($"camera: {CameraPath.Describe(move)}");
            var light = LightEstimate.Measure(a);
            var elevation = MathF.Asin(light.Direction.Y) * 180 / MathF.PI;
            notes.Add($"light read from the picture: sun {elevation:F0}° up, {(light.Direction.Z < 0 ? "ahead of" : "behind")} the camera ({light.Evidence}); what the prompt adds is lit by it and shadows the picture's ground");
            var left = plan.Cast.Count - CastForPicture(plan).Cast.Count;
            if (left > 0) notes.Add($"not added: {left} thing{(left == 1 ? "" : "s")} the prompt names without setting {(left == 1 ? "it" : "them")} moving (the picture shows {(left == 1 ? "it" : "them")})");
            if (a.Vanishing is { } vp)
                notes.Add($"converging lines meet at ({vp.Point.X:F0}, {vp.Point.Y:F0}) ({vp.Support:P0} of the slanted edges): the horizon's height, and the surfaces along them recede");
            notes.Add(a.HorizonRow >= 0
                ? $"picture read as {(a.Cues.Outdoors ? "outdoors" : "indoors")}: sky {a.Cues.SkyShare:P0}, horizon at row {a.HorizonRow:F0}"
                : $"picture read as {(a.Cues.Outdoors ? "outdoors" : "indoors")}: no sky, seen from above its ground");
            foreach (var word in a.Cues.AmbienceWords())
                if (!ambience.Contains(word, StringComparer.OrdinalIgnoreCase)) ambience.Add(word);
            // Only when the prompt named no place: the picture is the place.
            if (!a.Cues.Outdoors && world.Setting == new WorldSpec().Setting) world = world with { Indoor = true };
        }
        else
        {
            notes.Insert(0, $"picture shown whole as the {picture.Spec.Use}");
            plan = ForSurface(plan);
        }

        var interpretation = plan.Interpretation.ToList();
        foreach (var note in notes)
            if (!interpretation.Any(n => n.Text == "image" && n.As == note))
                interpretation.Add(new InterpretationNote { Text = "image", As = note });
        return plan with { Interpretation = interpretation, Audio = plan.Audio with { Ambience = ambience }, World = world };
    }
}
