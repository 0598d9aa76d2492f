namespace Kinora.Picture;

/// <summary>An input image Kinora cannot use; the message is for the person who supplied it.</summary>
public sealed class PictureException(string message) : Exception(message);
