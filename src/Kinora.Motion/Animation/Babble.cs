using System.Numerics;

namespace Kinora.Motion.Animation;

/// <summary>
/// A mouth that moves for a speaking verb when there is no voice to follow ("she says hello" with nothing quoted,
/// "a person is laughing"): syllables about four a second grouped into words and pauses for talk, quick "ha"s with
/// the head thrown back and the shoulders shaking for a laugh, sobs with the head hung for crying, slow wide vowels
/// for song. With mouth cues from a
/// real voice, <see cref="Talk"/> drives the jaw instead.
/// </summary>
public static class Babble
{
    public enum Kind { Talk, Laugh, Sing, Cry }

    /// <summary>The speaking verbs and how the mouth moves for each.</summary>
    public static bool TryKind(string verb, out Kind kind)
    {
        switch (verb.Trim().ToLowerInvariant())
        {
            case "say" or "talk" or "speak" or "chat" or "tell" or "ask" or "answer" or "reply" or "shout" or "yell" or "call" or "whisper"
                or "argue" or "explain" or "greet" or "announce" or "scream" or "cheer"
                or "bark" or "growl" or "howl" or "meow" or "moo" or "neigh" or "bleat" or "roar" or "chirp" or "tweet":
                kind = Kind.Talk; return true;
            case "laugh" or "giggle" or "chuckle":
                kind = Kind.Laugh; return true;
            case "cry" or "sob" or "weep":
                kind = Kind.Cry; return true;
            case "sing" or "hum" or "chant":
                kind = Kind.Sing; return true;
            default:
                kind = Kind.Talk; return false;
        }
    }

    /// <summary>Mouth opening 0–1 at <paramref name="t"/> (seconds into the action).</summary>
    public static float Opening(Kind kind, double t, double seed) => kind switch
    {
        Kind.Laugh => 0.35f + 0.45f * MathF.Max(0, Curves.Sin(t, 5)),
        Kind.Cry => 0.2f + 0.15f * MathF.Max(0, Curves.Sin(t, 2.5, seed)),
        Kind.Sing => 0.3f + 0.5f * (0.5f + 0.5f * Curves.Sin(t, 0.8, seed)),
        _ => Curves.Sin(t, 0.45, seed) > -0.5f ? 0.55f * MathF.Max(0, Curves.Sin(t, 4.2, seed)) + 0.1f * MathF.Max(0, Curves.Sin(t, 7.3)) : 0,
    };

    public static void Pose(Skeleton s, Kind kind, double t, double seed, float w, Span<Quaternion> r)
    {
        Talk.Pose(s, Opening(kind, t, seed) * w, w, t, r);
        if (kind is Kind.Laugh or Kind.Cry)
        {
            // A laugh throws the head back; crying hangs it; both shake the shoulders with each breath.
            var hz = kind == Kind.Laugh ? 5 : 2.5;
            Skeleton.Add(r, s.Neck, s.Pitch((kind == Kind.Laugh ? 0.15f : -0.3f) * w));
            Skeleton.Add(r, s.Spine, s.Pitch(0.03f * Curves.Sin(t, hz) * w));
        }
    }
}
