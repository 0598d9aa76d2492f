using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Environments;
using Kinora.Compose.Scenery;
using Kinora.Compose.Scenery.Props;
using Kinora.Plan;

namespace Kinora.Compose.Layout;

/// <summary>What an activity is done at: the furniture it uses and how the person is placed at it.</summary>
public enum StationKind { None, Table, Desk, Counter, Basin, Armchair, Weights, Skis }

/// <summary>How a station's furniture matches the room it stands in, so the room reads as one room: a café's small
/// round marble table rather than a laid dining table, an office's laminate desk with a screen like its others.</summary>
public enum StationStyle { Usual, Bistro, Office }

/// <summary>
/// People doing things in their places: eating happens seated at a laid table, typing and writing seated at a desk,
/// cooking standing at a hob, brushing teeth standing at a basin facing its mirror, reading seated in an armchair,
/// lifting weights over a barbell, skiing standing on skis. A person whose first action is one of these verbs gets the station's furniture
/// (<see cref="StationFurniture"/>) built round where the layout stood them, and is moved to use it: seated or
/// standing within reach, facing it. People sharing an activity share one station (a couple at one table, at its
/// ends, facing each other). The station is turned a little off the camera's axis so the shot is not flat-on; a
/// basin a little past side-on, so the face is seen in profile beside its mirror rather than hidden behind it; the
/// turn's side is chosen by the seed. Bodies at a
/// station hold still (static): the activity is done in place, and a seated body must not drop off its seat.
/// The furniture is a static entity the camera frames with the person (<see cref="Entity.InShot"/>), so the shot
/// shows the activity, not a figure in an empty room. The Understand stage adds a "sit" action for the seated ones.
/// </summary>
public static class Stations
{
    private static readonly Dictionary<string, StationKind> ByVerb = new(StringComparer.OrdinalIgnoreCase);

    static Stations()
    {
        void Map(StationKind kind, params string[] verbs) { foreach (var v in verbs) ByVerb[v] = kind; }
        Map(StationKind.Table, "eat", "dine", "drink", "sip", "have", "lunch", "breakfast", "dinner", "feast", "taste");
        Map(StationKind.Desk, "type", "work", "write", "study", "draw", "code", "program", "email", "sketch", "do homework", "use");
        Map(StationKind.Counter, "cook", "chop", "stir", "fry", "bake", "slice", "dice", "prepare", "peel", "knead", "grill", "saute");
        Map(StationKind.Basin, "brush", "shave", "wash", "floss", "rinse", "comb");
        Map(StationKind.Armchair, "read", "knit");
        Map(StationKind.Weights, "lift", "weightlift", "deadlift", "bench press", "pump");
        Map(StationKind.Skis, "ski", "snowboard");
    }

    /// <summary>The station a verb's activity is done at (None for verbs done anywhere).</summary>
    public static StationKind For(string verb) => ByVerb.TryGetValue(verb.Trim(), out var k) ? k : StationKind.None;

    /// <summary>
    /// The station for a verb done to a thing of kind <paramref name="objectKind"/> (null: none): the verb's, unless
    /// the thing is bigger than anything held or laid on a station and is not station furniture itself — a man who
    /// washes a car does it at the car, not at a washbasin.
    /// </summary>
    public static StationKind For(string verb, string? objectKind)
    {
        var kind = For(verb);
        if (kind == StationKind.None || objectKind is null || Hosts(kind).Contains(objectKind)) return kind;
        return AssetLibrary.TypicalSize(objectKind) > MaxHeldSize ? StationKind.None : kind;
    }

    /// <summary>m; the largest typical size of a thing an activity at a station uses (a plate, a laptop, a book).</summary>
    private const double MaxHeldSize = 0.6;

    /// <summary>True when the station's user sits (the plan then has them "sit" as well as do the activity).</summary>
    public static bool Seated(StationKind kind) => kind is StationKind.Table or StationKind.Desk or StationKind.Armchair;

    /// <summary>m the user's feet stand above the floor at the station (the seat's top), 0 standing.</summary>
    public static float SeatHeight(StationKind kind) => kind switch
    {
        StationKind.Table or StationKind.Desk => StationFurniture.SeatHeight,
        StationKind.Armchair => StationFurniture.ArmchairSeat,
        _ => 0,
    };

    /// <summary>Degrees a station turns off the camera's axis: a basin past side-on (its mirror, ahead of the face,
    /// would otherwise stand between the lens and the person), skis most of the way (seen end-on they vanish), a
    /// table or a desk only a little.</summary>
    private static float TurnDeg(StationKind kind) => kind switch { StationKind.Basin => 100, StationKind.Skis => 65, _ => 22 };

    /// <summary>The cast id of the station furniture built for a person.</summary>
    public static string FurnitureId(string actorId) => actorId + "/station";

    /// <summary>The station kind for each cast member that gets one: people whose first action needs a station and
    /// whom no relation already places (a man "on" a sofa reads where he is).</summary>
    public static Dictionary<string, StationKind> Of(ScenePlan plan)
    {
        var result = new Dictionary<string, StationKind>(StringComparer.Ordinal);
        var family = Family(plan);
        foreach (var cast in plan.Cast)
        {
            if (plan.Relations.Any(r => r.Subject == cast.Id)) continue;
            var first = plan.Shots.SelectMany(s => s.Actions).FirstOrDefault(a => a.Actor == cast.Id && a.Verb != "sit");
            var objectKind = first?.Object is { } o ? plan.Cast.FirstOrDefault(c => c.Id == o)?.Kind : null;
            if (first is null || For(first.Verb, objectKind) is var kind && kind == StationKind.None) continue;
            if (CanUse(cast.Kind, kind, family, plan.World.Setting)) result[cast.Id] = kind;
        }
        return result;
    }

    /// <summary>
    /// True when a cast member of <paramref name="actorKind"/> does its activity at the station: people always; an
    /// animal only at a table in a café or a restaurant, as the story has it ("a panda drinking coffee in a cafe") —
    /// anywhere else it eats where it stands. A café can be a place of its own family (a Paris café's terrace is a
    /// city street): the <paramref name="setting"/>'s words say so.
    /// </summary>
    public static bool CanUse(string actorKind, StationKind kind, SettingFamily family, string? setting = null) =>
        actorKind == "person" || kind == StationKind.Table && (family == SettingFamily.Restaurant || NamesEatery(setting)) && IsAnimal(actorKind);

    private static readonly string[] EateryWords = ["cafe", "café", "restaurant", "bistro", "diner", "tea room", "coffee shop"];

    private static bool NamesEatery(string? setting) =>
        setting is not null && EateryWords.Any(w => setting.Contains(w, StringComparison.OrdinalIgnoreCase));

    private static bool IsAnimal(string kind) => Animals.Contains(kind) || Assets.Kinds.Animals.IsOtherAnimal(kind);

    private static readonly HashSet<string> Animals = [.. Assets.Kinds.Animals.All.Select(k => k.Kind)];

    private static SettingFamily Family(ScenePlan plan) => SettingFamilies.Of(plan.World.Setting, plan.World.Indoor, plan.World.Ground);

    /// <summary>Builds each station round the people placed at it and moves them to use it.</summary>
    public static void Apply(ScenePlan plan, Dictionary<string, List<Entity>> placed)
    {
        var users = Of(plan);
        foreach (var group in users.GroupBy(u => u.Value))
        {
            var ids = group.Select(g => g.Key).Where(placed.ContainsKey).ToList();
            if (ids.Count == 0) continue;
            var bodies = ids.SelectMany(id => placed[id]).ToList();
            var kind = group.Key;
            var origin = new Vector3(bodies.Average(b => b.Position.X), 0, bodies.Average(b => b.Position.Z));
            var random = new SeededRandom(plan.Seed, "station/" + ids[0]);
            var yaw = TurnDeg(kind) * MathF.PI / 180 * (random.NextDouble() < 0.5 ? -1 : 1);
            // An animal at a table sits up on a chair like a person (Motion's AnimalSit), so its head and its paws
            // with the cup come up over the table top: on the floor, a panda's mouth is at the top's height.
            var persons = ids.SelectMany(id => placed[id]).Select(b => b.Kind == "person").ToArray();
            var style = StyleOf(kind, Family(plan), RoomVariants.Of(Family(plan), plan.World.Setting), persons);
            var (kit, places) = Build(kind, bodies.Count, style);
            var turn = Quaternion.CreateFromAxisAngle(Vector3.UnitY, yaw);
            var k = 0;
            foreach (var id in ids)
            {
                var list = placed[id];
                for (var i = 0; i < list.Count; i++, k++)
                {
                    var (at, face) = places[k % places.Count];
                    var person = list[i].Kind == "person";
                    // An animal's model faces its kind's front, not +Z as a person's does: it is turned to face the
                    // table. It sits up there on the floor (Motion's AnimalSit), its trunk tipped up about its middle,
                    // so its chest comes to about where its middle stood: at a diner's place, not set back.
                    var front = person ? Vector3.UnitZ : AssetLibrary.Front(list[i].Kind);
                    var p = origin + Vector3.Transform(at, turn);
                    var lift = SeatHeight(kind);
                    list[i] = list[i] with
                    {
                        Position = new Vector3(p.X, list[i].Shape.HalfHeight + lift, p.Z),
                        Rotation = Quaternion.CreateFromAxisAngle(Vector3.UnitY, yaw + face - MathF.Atan2(front.X, front.Z)),
                        LinearVelocity = Vector3.Zero, AngularVelocity = Vector3.Zero, IsStatic = true,
                    };
                }
            }
            // Furniture the prompt named ("types at his desk") becomes the station, under its own id; small things
            // the activity uses ("eats a pizza", "reads a book") lie on the station's top within reach.
            var objects = plan.Shots.SelectMany(s => s.Actions).Where(a => ids.Contains(a.Actor) && a.Object is not null && placed.ContainsKey(a.Object))
                .Select(a => a.Object!).Distinct().ToList();
            var host = objects.FirstOrDefault(o => Hosts(kind).Contains(placed[o][0].Kind));
            var furnitureId = host ?? FurnitureId(ids[0]);
            placed[furnitureId] = [Furniture(furnitureId, kind, kit, origin, turn)];
            foreach (var o in objects)
            {
                if (o == host || users.ContainsKey(o) || placed[o][0].Shape.BoundingRadius > MaxHeld) continue;
                var things = placed[o];
                for (var i = 0; i < things.Count; i++)
                {
                    var top = Top(kind, style, places) + new Vector3(0.12f * i, things[i].Shape.HalfHeight, 0);
                    things[i] = things[i] with
                    {
                        Position = origin + Vector3.Transform(top, turn), Rotation = turn, IsStatic = true,
                        LinearVelocity = Vector3.Zero, AngularVelocity = Vector3.Zero,
                    };
                }
            }
        }
    }

    /// <summary>m; the largest bounding radius of a thing laid on a station's top (a plate of food, a book, a cup).</summary>
    private const float MaxHeld = 0.3f;

    /// <summary>Kinds of cast furniture a station takes over when the prompt names it as what the activity uses.</summary>
    private static string[] Hosts(StationKind kind) => kind switch
    {
        StationKind.Table or StationKind.Desk => ["dining table", "desk"],
        StationKind.Counter => ["oven", "stove"],
        StationKind.Basin => ["sink"],
        StationKind.Armchair => ["chair", "couch"],
        _ => [],
    };

    /// <summary>Where a used thing lies, in the station's frame: on the table, desk or worktop within the first user's
    /// reach, or on the armchair's side table.</summary>
    private static Vector3 Top(StationKind kind, StationStyle style, List<(Vector3 At, float Yaw)> places) => (kind, style) switch
    {
        // On a bistro table, just in front of the first user, where their saucer lies.
        (StationKind.Table, StationStyle.Bistro) => StationFurniture.SaucerSpot(places[0].At, places[0].Yaw) + new Vector3(0, StationFurniture.BistroTop, 0),
        _ => Top(kind),
    };

    private static Vector3 Top(StationKind kind) => kind switch
    {
        StationKind.Table => new Vector3(0.2f, 0.765f, -0.05f),
        StationKind.Desk => new Vector3(0.3f, 0.745f, StationFurniture.Reach + 0.15f),
        StationKind.Counter => new Vector3(0.3f, 0.9f, StationFurniture.Reach + 0.25f),
        StationKind.Basin => new Vector3(-0.3f, 0.87f, StationFurniture.Reach + 0.2f),
        StationKind.Armchair => new Vector3(0.65f, 0.6f, -0.05f),
        _ => new Vector3(0.5f, 0.012f, -0.3f),
    };

    /// <summary>The station's furniture in its own frame and where each of <paramref name="users"/> goes in it (a
    /// point on the floor and the way they face, radians about Y from +Z).</summary>
    public static (Kit Kit, List<(Vector3 At, float Yaw)> Places) Build(StationKind kind, int users, StationStyle style = StationStyle.Usual, bool[]? chairs = null)
    {
        var places = new List<(Vector3, float)>();
        switch (kind)
        {
            case StationKind.Table when style == StationStyle.Bistro:
            {
                // A small round table: one user faces the camera across it, two sit either side facing each other.
                var edge = StationFurniture.BistroRadius + StationFurniture.Reach + 0.05f;
                if (users == 1) places.Add((new Vector3(0, 0, -edge), 0));
                else
                {
                    places.Add((new Vector3(-edge, 0, 0), MathF.PI / 2));
                    places.Add((new Vector3(edge, 0, 0), -MathF.PI / 2));
                }
                return (StationFurniture.BistroTable(places, chairs), places);
            }
            case StationKind.Desk when style == StationStyle.Office: return (Row(StationFurniture.Desk(office: true), users, 1.4f, places), places);
            case StationKind.Table:
            {
                // One diner faces the camera across the table; two sit at its ends facing each other; more sit along
                // its far side, the table growing to seat them.
                var length = MathF.Max(1.2f, 0.65f * users);
                var edge = StationFurniture.Reach + 0.4f;
                if (users == 1) places.Add((new Vector3(0, 0, -edge), 0));
                else if (users == 2)
                {
                    places.Add((new Vector3(-(length / 2 + StationFurniture.Reach), 0, 0), MathF.PI / 2));
                    places.Add((new Vector3(length / 2 + StationFurniture.Reach, 0, 0), -MathF.PI / 2));
                }
                else
                    for (var i = 0; i < users; i++) places.Add((new Vector3((i + 0.5f) * length / users - length / 2, 0, -edge), 0));
                // The table sits ahead of a single diner; the station's origin is the diners' middle.
                var kit = StationFurniture.DiningTable(length, places);
                return (kit, places);
            }
            case StationKind.Desk: return (Row(StationFurniture.Desk(), users, 1.4f, places), places);
            case StationKind.Counter: return (Row(StationFurniture.KitchenIsland(), users, 1.6f, places), places);
            case StationKind.Basin: return (Row(StationFurniture.Washbasin(), users, 1.7f, places), places);
            case StationKind.Armchair: return (Row(StationFurniture.Armchair(), users, 1.5f, places), places);
            case StationKind.Skis: return (Row(StationFurniture.Skis(), users, 1.2f, places), places);
            default: return (Row(StationFurniture.Barbell(), users, 2.6f, places), places);
        }
    }

    /// <summary>The station's style in a room: a bistro table in a café (or for an animal, a table for one or two
    /// at most), the office desk in an office or a classroom; otherwise the usual furniture.</summary>
    public static StationStyle StyleOf(StationKind kind, SettingFamily family, RoomVariant variant, bool[] persons)
    {
        if (kind == StationKind.Table && persons.Length <= 2 && (variant == RoomVariant.Cafe || persons.Any(p => !p))) return StationStyle.Bistro;
        if (kind == StationKind.Desk && family is SettingFamily.Office or SettingFamily.Classroom) return StationStyle.Office;
        return StationStyle.Usual;
    }

    /// <summary>One copy of a single user's station per user, side by side along X, <paramref name="pitch"/> m apart.</summary>
    private static Kit Row(Kit one, int users, float pitch, List<(Vector3 At, float Yaw)> places)
    {
        var kit = new Kit();
        for (var i = 0; i < users; i++)
        {
            var at = new Vector3((i - (users - 1) / 2f) * pitch, 0, 0);
            kit.Add(one, Matrix4x4.CreateTranslation(at));
            places.Add((at, 0));
        }
        return kit;
    }

    /// <summary>The furniture as one static entity centred on its bounds, framed with the people at it.</summary>
    private static Entity Furniture(string id, StationKind kind, Kit kit, Vector3 origin, Quaternion turn)
    {
        var (min, max) = kit.Bounds();
        var centre = (min + max) / 2;
        kit.Shift(-centre);
        return new Entity
        {
            Id = id, CastId = id, Kind = "station", Shape = new BoxShape((max - min) / 2), Model = kit.ToModel("station/" + kind + "/" + id),
            Material = MaterialLibrary.Get("wood"), Position = origin + Vector3.Transform(centre, turn), Rotation = turn,
            IsStatic = true, InShot = true,
        };
    }
}
