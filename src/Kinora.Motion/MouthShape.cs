namespace Kinora.Motion;

/// <summary>
/// What the lips do for a phone, beside how far the jaw drops (<see cref="MouthCue.Open"/>): a small viseme set
/// after the Preston Blair mouth chart. Rest: consonants made behind the lips (t, d, s, k, n, l…); Closed: m, b, p
/// and silence, the lips pressed; Open: a as in father, cat, cut; Wide: e and i, the corners drawn out and up;
/// Round: o, u, w, the corners pulled in so the mouth is a rounded hole; LipOnTeeth: f and v, the lower lip up
/// against the upper teeth.
/// </summary>
public enum MouthShape { Rest, Closed, Open, Wide, Round, LipOnTeeth }
