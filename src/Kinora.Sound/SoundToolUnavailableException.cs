namespace Kinora.Sound;

/// <summary>A program the sound stage needs (Festival, fluidsynth) is missing or failed; the message says how to fix it.</summary>
public sealed class SoundToolUnavailableException(string message) : Exception(message);
