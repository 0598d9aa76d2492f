namespace Kinora.Render;

/// <summary>No rendering context could be made; the message says which system package is missing, if known.</summary>
public sealed class RenderUnavailableException(string message) : Exception(message);
