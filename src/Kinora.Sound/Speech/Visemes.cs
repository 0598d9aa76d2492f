using Kinora.Motion;

namespace Kinora.Sound.Speech;

/// <summary>
/// How open the mouth is for each phone of Festival's US phone set, 0 shut to 1 wide: the jaw-opening side of a
/// viseme table (after the Preston Blair mouth chart that animators use, reduced to one axis because the face rigs
/// open a jaw and nothing more). Lips close for m, b, p and silence; the lower lip meets the teeth for f and v and
/// the tongue sits between them for th, a narrow gap; most consonants hold a medium-small opening; open vowels (a as
/// in father, cat, cut, caught, and the diphthongs that start on them) drop the jaw furthest; rounded o and u vowels
/// are medium, front vowels (ee, i, e) between. <see cref="Shape"/> gives the lips' side of the same table.
/// </summary>
public static class Visemes
{
    public const float Shut = 0f, Narrow = 0.15f, Teeth = 0.25f, Consonant = 0.35f, Close = 0.45f, Mid = 0.6f, Wide = 1f;

    public static float Openness(string phone) => phone switch
    {
        "pau" or "h#" or "sil" or "brth" or "m" or "b" or "p" or "em" => Shut,
        "f" or "v" => Narrow,
        "th" or "dh" => Teeth,
        "w" => Narrow,
        "aa" or "ae" or "ah" or "ao" or "aw" or "ay" => Wide,
        "ow" or "oy" or "eh" or "ey" => Mid,
        "uw" or "uh" or "iy" or "ih" or "er" or "ax" or "axr" => Close,
        _ => Consonant,
    };

    /// <summary>What the lips do for a phone beside the jaw (see <see cref="MouthShape"/>): pressed for m, b, p (silence
    /// rests, shut but not pressed);
    /// on the teeth for f, v; rounded for o, u, w and the r-coloured vowels; wide for e and i; open for a.</summary>
    public static MouthShape Shape(string phone) => phone switch
    {
        "m" or "b" or "p" or "em" => MouthShape.Closed,
        "f" or "v" => MouthShape.LipOnTeeth,
        "w" or "uw" or "uh" or "ow" or "oy" or "ao" or "aw" or "er" or "axr" or "r" or "sh" or "zh" or "ch" or "jh" => MouthShape.Round,
        "iy" or "ih" or "eh" or "ey" or "y" => MouthShape.Wide,
        "aa" or "ae" or "ah" or "ay" or "ax" => MouthShape.Open,
        _ => MouthShape.Rest,
    };
}
