namespace Kinora.Plan;

/// <summary>Checks the rules JSON types cannot express: ranges, references between ids, known vocabularies.</summary>
public static class PlanValidator
{
    public static IReadOnlyList<PlanError> Validate(ScenePlan plan)
    {
        var errors = new List<PlanError>();
        void Fail(string field, string message) => errors.Add(new PlanError(field, message));

        if (plan.Version != PlanSchema.CurrentVersion)
            Fail("version", $"unsupported schema version {plan.Version} (this build reads version {PlanSchema.CurrentVersion})");

        var f = plan.Format ?? new VideoFormat();
        if (plan.Format is null) Fail("format", "missing");
        else
        {
            if (!PlanSchema.IsSupportedSize(f.Width, f.Height))
                Fail("format.width", $"size {f.Width}x{f.Height} is not supported (supported: {PlanSchema.SupportedSizesText})");
            if (f.Fps < PlanSchema.MinFps || f.Fps > PlanSchema.MaxFps)
                Fail("format.fps", $"{f.Fps} is out of range {PlanSchema.MinFps}–{PlanSchema.MaxFps}");
            if (!(f.Seconds >= PlanSchema.MinSeconds && f.Seconds <= PlanSchema.MaxSeconds))
                Fail("format.seconds", $"{f.Seconds} is out of range {PlanSchema.MinSeconds}–{PlanSchema.MaxSeconds}");
        }

        if (plan.World is null) Fail("world", "missing");
        else
        {
            if (!(plan.World.TimeOfDay is >= 0 and <= 24)) Fail("world.timeOfDay", "must be an hour between 0 and 24");
            if (!(plan.World.Gravity is >= 0 and <= 100)) Fail("world.gravity", "must be between 0 and 100 m/s²");
            if (plan.World.Particles is { } particles && !PlanSchema.Particles.Contains(particles))
                Fail("world.particles", $"'{particles}' is not one of: {string.Join(", ", PlanSchema.Particles)}");
        }
        if (plan.Look is null) Fail("look", "missing");
        if (plan.Picture is { } picture)
        {
            if (string.IsNullOrWhiteSpace(picture.Path)) Fail("picture.path", "missing");
            if (!PlanSchema.PictureFits.Contains(picture.Fit))
                Fail("picture.fit", $"'{picture.Fit}' is not one of: {string.Join(", ", PlanSchema.PictureFits)}");
            if (!PlanSchema.PictureUses.Contains(picture.Use))
                Fail("picture.use", $"'{picture.Use}' is not one of: {string.Join(", ", PlanSchema.PictureUses)}");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var cast = plan.Cast ?? [];
        for (var i = 0; i < cast.Count; i++)
        {
            var c = cast[i];
            var at = $"cast[{i}]";
            if (c is null) { Fail(at, "is null"); continue; }
            if (string.IsNullOrWhiteSpace(c.Id)) Fail($"{at}.id", "missing");
            else if (c.Id.Contains('.')) Fail($"{at}.id", "must not contain '.' (it separates the members of a counted entry)");
            else if (!ids.Add(c.Id)) Fail($"{at}.id", $"duplicate id '{c.Id}'");
            if (string.IsNullOrWhiteSpace(c.Kind)) Fail($"{at}.kind", "missing");
            if (c.Count is < 1 or > 200) Fail($"{at}.count", $"{c.Count} is out of range 1–200");
            if (c.Traits?.Size is { } s && !(s > 0 && s <= 100)) Fail($"{at}.traits.size", "must be between 0 and 100 metres");
            if (c.Traits?.Sex is { } sex && !PlanSchema.Sexes.Contains(sex)) Fail($"{at}.traits.sex", $"'{sex}' is not one of: {string.Join(", ", PlanSchema.Sexes)}");
            if (c.Traits?.Age is { } age && !PlanSchema.Ages.Contains(age)) Fail($"{at}.traits.age", $"'{age}' is not one of: {string.Join(", ", PlanSchema.Ages)}");
        }

        var relations = plan.Relations ?? [];
        for (var i = 0; i < relations.Count; i++)
        {
            var r = relations[i];
            if (r is null) { Fail($"relations[{i}]", "is null"); continue; }
            if (!ids.Contains(r.Subject)) Fail($"relations[{i}].subject", $"'{r.Subject}' is not a cast id");
            if (!ids.Contains(r.Object)) Fail($"relations[{i}].object", $"'{r.Object}' is not a cast id");
            if (!PlanSchema.Relations.Contains(r.Relation))
                Fail($"relations[{i}].relation", $"'{r.Relation}' is not one of: {string.Join(", ", PlanSchema.Relations)}");
            if (r.SecondObject is { } second && !ids.Contains(second))
                Fail($"relations[{i}].secondObject", $"'{second}' is not a cast id");
            if (r.SecondObject is not null && r.Relation != "between")
                Fail($"relations[{i}].secondObject", "only a 'between' relation has a second object");
        }

        var notes = plan.Interpretation ?? [];
        for (var i = 0; i < notes.Count; i++)
        {
            if (notes[i]?.Category is { } category && !PlanSchema.InterpretationCategories.Contains(category))
                Fail($"interpretation[{i}].category", $"'{category}' is not one of: {string.Join(", ", PlanSchema.InterpretationCategories)}");
            if (notes[i] is { Start: < 0 } or { Length: < 0 }) Fail($"interpretation[{i}]", "start and length must not be negative");
        }

        var shots = plan.Shots ?? [];
        if (shots.Count == 0) Fail("shots", "at least one shot is needed");
        for (var i = 0; i < shots.Count; i++)
        {
            var s = shots[i];
            var at = $"shots[{i}]";
            if (s is null) { Fail(at, "is null"); continue; }
            if (s.Start < 0) Fail($"{at}.start", "must not be negative");
            if (!(s.Seconds > 0)) Fail($"{at}.seconds", "must be positive");
            if (s.Camera is null) Fail($"{at}.camera", "missing");
            else if (!(s.Camera.LensMm is >= 8 and <= 600)) Fail($"{at}.camera.lensMm", "must be between 8 and 600 mm");
            else if (s.Camera.Target is { } t && !ids.Contains(t)) Fail($"{at}.camera.target", $"'{t}' is not a cast id");
            var actions = s.Actions ?? [];
            for (var j = 0; j < actions.Count; j++)
            {
                var a = actions[j];
                var aat = $"{at}.actions[{j}]";
                if (a is null) { Fail(aat, "is null"); continue; }
                if (!ids.Contains(a.Actor)) Fail($"{aat}.actor", $"'{a.Actor}' is not a cast id");
                if (string.IsNullOrWhiteSpace(a.Verb)) Fail($"{aat}.verb", "missing");
                if (a.Object is { } o && !ids.Contains(o)) Fail($"{aat}.object", $"'{o}' is not a cast id");
                if (a.Height is { } h && !(h >= 0 && h <= 1000)) Fail($"{aat}.height", "must be between 0 and 1000 metres");
            }
        }
        return errors;
    }

    public static void ThrowIfInvalid(ScenePlan plan)
    {
        var errors = Validate(plan);
        if (errors.Count > 0) throw new PlanException(errors);
    }
}
