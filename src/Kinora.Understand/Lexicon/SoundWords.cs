namespace Kinora.Understand.Lexicon;

/// <summary>Words about the soundtrack: music nouns, moods and genres (as the music composer's moods), speech verbs.</summary>
public static class SoundWords
{
    public static readonly IReadOnlySet<string> MusicNouns = new HashSet<string>
    {
        "music", "soundtrack", "song", "songs", "melody", "tune", "tunes", "beat", "beats", "jingle", "score",
    };

    /// <summary>Mood or genre word → the composer's mood.</summary>
    public static readonly IReadOnlyDictionary<string, string> Moods = new Dictionary<string, string>
    {
        ["calm"] = "calm", ["relaxing"] = "calm", ["peaceful"] = "calm", ["gentle"] = "calm", ["soft"] = "calm",
        ["ambient"] = "calm", ["lofi"] = "calm", ["lo-fi"] = "calm", ["piano"] = "calm", ["acoustic"] = "playful",
        ["happy"] = "happy", ["cheerful"] = "happy", ["joyful"] = "happy", ["playful"] = "playful", ["fun"] = "playful",
        ["whimsical"] = "playful", ["quirky"] = "playful",
        ["upbeat"] = "upbeat", ["energetic"] = "energetic", ["exciting"] = "energetic", ["electronic"] = "electronic",
        ["techno"] = "electronic", ["edm"] = "electronic", ["dance"] = "dance", ["pop"] = "upbeat", ["rock"] = "energetic",
        ["epic"] = "epic", ["heroic"] = "heroic", ["dramatic"] = "dramatic", ["orchestral"] = "epic", ["cinematic"] = "cinematic",
        ["tense"] = "tense", ["suspenseful"] = "suspenseful", ["mysterious"] = "mysterious", ["dark"] = "dark",
        ["eerie"] = "scary", ["scary"] = "scary", ["creepy"] = "scary", ["ominous"] = "dark",
        ["sad"] = "sad", ["melancholic"] = "melancholic", ["melancholy"] = "melancholy", ["somber"] = "sad",
        ["romantic"] = "romantic", ["tender"] = "tender", ["sentimental"] = "romantic",
        ["jazz"] = "jazz", ["jazzy"] = "jazzy", ["lounge"] = "lounge", ["swing"] = "jazz", ["blues"] = "jazz",
    };

    /// <summary>Verbs that introduce quoted speech, in the forms prompts use.</summary>
    public static readonly IReadOnlySet<string> SpeechVerbs = new HashSet<string>
    {
        "say", "says", "said", "saying", "ask", "asks", "asked", "asking", "shout", "shouts", "shouted", "shouting",
        "yell", "yells", "yelled", "whisper", "whispers", "whispered", "whispering", "tell", "tells", "told", "reply",
        "replies", "replied", "exclaim", "exclaims", "exclaimed", "announce", "announces", "announced", "speak",
        "speaks", "spoke", "sing", "sings", "sang", "call", "calls", "called", "cry", "cries", "cried", "murmur", "murmurs",
    };

    /// <summary>Words that make a quote narration instead of a character's line.</summary>
    public static readonly IReadOnlySet<string> Narration = new HashSet<string>
    {
        "narrator", "narrates", "narrated", "narration", "voiceover", "voice-over", "narrating",
    };

    /// <summary>Kinds that can plausibly talk when a quote has no speech verb.</summary>
    public static bool CanSpeak(string kind) => kind is "person" or "robot" or "teddy bear" or "parrot" or "bird" or "dog" or "cat";
}
