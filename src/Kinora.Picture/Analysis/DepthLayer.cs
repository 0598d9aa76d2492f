namespace Kinora.Picture.Analysis;

/// <summary>The depth bands a picture is split into, nearest first. Each becomes one card-like mesh.</summary>
public enum DepthLayer : byte { Near = 0, Middle = 1, Far = 2, Sky = 3 }
