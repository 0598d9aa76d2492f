using System.Globalization;
using Kinora.Media.Images;
using PictureBench;

// dotnet PictureBench.dll OUT_DIR [--size WxH] [--frames N] [--move MOVE] [--analyze] image...
// --analyze: no rendering, only the analysis table (AnalysisProbe) on stdout and OUT_DIR/analysis.md.
// Renders each picture brought to life, measures it and writes OUT_DIR/<name>.png sheets and OUT_DIR/results.md.
var output = args[0];
var size = "1280x720";
var frames = 48;
var move = "auto";
var images = new List<string>();
var analyzeOnly = false;
for (var i = 1; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--size": size = args[++i]; break;
        case "--frames": frames = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--move": move = args[++i]; break;
        case "--analyze": analyzeOnly = true; break;
        default: images.Add(args[i]); break;
    }
}
var (width, height) = (int.Parse(size.Split('x')[0], CultureInfo.InvariantCulture), int.Parse(size.Split('x')[1], CultureInfo.InvariantCulture));
Directory.CreateDirectory(output);
if (analyzeOnly)
{
    var table = new List<string> { AnalysisProbe.Header, AnalysisProbe.Rule };
    foreach (var image in images) { table.Add(AnalysisProbe.Run(image, width, height, Path.Combine(output, Path.GetFileNameWithoutExtension(image) + "-mask.png"))); Console.WriteLine(table[^1]); }
    File.WriteAllLines(Path.Combine(output, "analysis.md"), table);
    return;
}

var rows = new List<string>
{
    $"| picture | size | move | frame-0 PSNR dB | near motion px | far motion px | near/far blocks | empty % | revealed % | stretched cells % | sways % | ripples % | ambience | s |",
    "|---|---|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---|---:|",
};
foreach (var image in images)
{
    var (r, sheet) = PictureProbe.Run(image, width, height, frames, move);
    ContactSheet.Write(Path.Combine(output, Path.GetFileNameWithoutExtension(image) + ".png"), sheet.Select(f => (ReadOnlyMemory<byte>)f).ToList(), width, height);
    var row = string.Create(CultureInfo.InvariantCulture,
        $"| {r.Name} | {r.Size} | {r.Move} | {r.Psnr:F1} | {r.NearMotion:F1} | {r.FarMotion:F1} | {r.NearBlocks}/{r.FarBlocks} | {100 * r.EmptyShare:F2} | {100 * r.RevealedShare:F2} | {100 * r.StretchedShare:F1} | {100 * r.FoliageShare:F0} | {100 * r.WaterShare:F0} | {r.Ambience} | {r.Seconds:F1} |");
    Console.WriteLine(row);
    rows.Add(row);
}
File.WriteAllLines(Path.Combine(output, "results.md"), rows);
