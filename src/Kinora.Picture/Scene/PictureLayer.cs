using Kinora.Compose;
using Kinora.Picture.Analysis;

namespace Kinora.Picture.Scene;

/// <summary>One depth layer made real: a mesh over the cells it owns and the cells it extends behind nearer layers,
/// and its texture (the picture where it owns pixels, filled from them elsewhere).</summary>
public sealed record PictureLayer(DepthLayer Layer, Mesh Mesh, Texture Texture, int OwnedCells, int CoveredCells);
