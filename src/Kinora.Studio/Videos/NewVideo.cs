namespace Kinora.Studio.Videos;

/// <summary>An uploaded reference image, not yet checked (<see cref="VideoCreator"/> saves it and checks the file).</summary>
public sealed record ReferenceImage(byte[] Bytes);

/// <summary>What a caller asks for, from the API or the create page, already checked against <see cref="VideoChoices"/>.</summary>
public sealed record NewVideo(string Prompt, string Model, string Seconds, string Size)
{
    public ReferenceImage? Reference { get; init; }
    /// <summary>A look chosen outside the prompt (the create page's menu); null leaves it to the prompt.</summary>
    public string? Look { get; init; }
    public string Visibility { get; init; } = Videos.Visibility.Private;
    public VideoRecord? RemixOf { get; init; }
}
