using Xunit;

namespace Kinora.Render.Tests;

/// <summary>
/// The render benches run alone, after every other test class: the memory bench reads the whole process's resident
/// set, which other classes rendering in parallel would otherwise grow.
/// </summary>
[CollectionDefinition("RenderBench", DisableParallelization = true)]
public sealed class RenderBenchCollection;
