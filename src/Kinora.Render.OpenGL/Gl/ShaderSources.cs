using System.Reflection;

namespace Kinora.Render.OpenGL.Gl;

/// <summary>
/// GLSL sources embedded in this assembly (Shaders/*.glsl, *.vert, *.frag). Each stage is compiled as
/// "#version 450 core" + the shared includes + its own file; GLSL has no #include, so the loader concatenates.
/// </summary>
internal static class ShaderSources
{
    private const string Version = "#version 450 core\n";

    public static string Get(string file)
    {
        var name = "Kinora.Shaders." + file;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"shader resource {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The full source of one stage: version line, then includes in order, then the stage file.</summary>
    public static string Stage(string file, params string[] includes) => Variant(file, "", includes);

    /// <summary>As <see cref="Stage(string, string[])"/> with preprocessor <paramref name="defines"/> ("#define X 1\n…")
    /// after the version line: how shader variants are made.</summary>
    public static string Variant(string file, string defines, params string[] includes)
    {
        var parts = new List<string> { Version + defines };
        foreach (var include in includes) parts.Add($"#line 1 {parts.Count}\n" + Get(include));
        parts.Add($"#line 1 {parts.Count}\n" + Get(file));
        return string.Join("\n", parts);
    }
}
