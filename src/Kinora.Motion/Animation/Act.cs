namespace Kinora.Motion.Animation;

/// <summary>The handful of body-action generators every action verb maps onto (see <see cref="ActionVerbs"/>).</summary>
public enum ActionKind { None, Wave, Point, Clap, HandWork, Instrument, Throw, Kick, Jump, Dance, Reach, Stretch, Squat, HeadShake, Sit }

/// <summary>
/// One generator with its settings: <see cref="Variant"/> picks a flavour within it (which instrument, where the
/// hands work), <see cref="Tempo"/> scales its speed (tai chi is a slow dance).
/// </summary>
public readonly record struct Act(ActionKind Kind, int Variant = 0, float Tempo = 1)
{
    /// <summary>Actions that bend the legs themselves (the others stand on idle legs, or walk).</summary>
    public bool OwnsLegs => Kind is ActionKind.Kick or ActionKind.Jump or ActionKind.Dance or ActionKind.Reach or ActionKind.Squat or ActionKind.Sit
        || Kind == ActionKind.Stretch && Variant == Variants.Fold
        || Kind == ActionKind.Instrument && Variant is Variants.Keys or Variants.Drums; // seated at the keys or the kit

    public static class Variants
    {
        // HandWork: where the hands are.
        public const int Waist = 0, Chest = 1, Face = 2, Low = 3;
        // Instrument families.
        public const int Strings = 0, Wind = 1, Keys = 2, Drums = 3;
        // Point: one arm straight, a hand offered, both arms out (catch), both arms round (hug).
        public const int Straight = 0, Offer = 1, Catch = 2, Hug = 3;
        // Throw: overarm or underarm.
        public const int Overarm = 0, Underarm = 1;
        // Stretch: arms overhead, forward fold, back bend.
        public const int Overhead = 0, Fold = 1, Back = 2;
        // Wave: one hand, both hands (cheering).
        public const int OneHand = 0, BothHands = 1;
        // HeadShake: no (side to side), yes (nod).
        public const int No = 0, Yes = 1;
    }
}
