namespace Kinora.Sound.Speech;

/// <summary>
/// One phone as the voice spoke it: its name in Festival's US phone set (radio phones: "aa", "m", "th"…, "pau" for
/// silence) and when it starts and ends, seconds from the start of its utterance. The synthesized samples follow
/// these exactly (they are the durations the HTS engine generated), so a mouth driven by them moves with the sound.
/// </summary>
public readonly record struct SpokenPhone(string Name, double Start, double End);
