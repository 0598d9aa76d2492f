using Kinora.Picture;
using Kinora.Picture.Analysis;
using Kinora.Picture.Decoding;
using Kinora.Picture.Fitting;
using Kinora.Plan;

namespace Kinora.Engine.Pictures;

/// <summary>A plan's input image decoded, fitted to the video frame and analysed: everything the picture stages need,
/// and what was done to it in words.</summary>
public sealed record PreparedPicture(PictureSpec Spec, DecodedPicture Decoded, FramePicture Frame, PictureAnalysis Analysis)
{
    /// <summary>Decodes and analyses <c>plan.picture</c>; a bad image is a <see cref="PictureException"/>.</summary>
    public static PreparedPicture Load(ScenePlan plan)
    {
        var spec = plan.Picture ?? throw new ArgumentException("the plan has no picture", nameof(plan));
        var decoded = PictureDecoder.Decode(spec.Path);
        var frame = PictureFit.Fit(decoded, plan.Format.Width, plan.Format.Height, PictureFit.Parse(spec.Fit));
        var lens = plan.Shots.Count > 0 ? plan.Shots[0].Camera.LensMm : 35;
        return new PreparedPicture(spec, decoded, frame, PictureAnalysis.Analyze(frame, lens));
    }

    /// <summary>True when the picture is the scene itself (the video starts on it), not a surface inside a scene.</summary>
    public static bool IsScene(PictureSpec spec) => string.IsNullOrWhiteSpace(spec.Use) || spec.Use.Equals("scene", StringComparison.OrdinalIgnoreCase);
}
