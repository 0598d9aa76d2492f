using Kinora.Plan;

namespace Kinora.Understand;

/// <summary>
/// The reader's picture side: when the request brings an image, the prompt says what it is for. "as a painting",
/// "framed", "hangs on the wall" make it a painting; "on the TV", "on a screen", "on the monitor" a picture on a
/// screen; "as a poster", "on a billboard" a poster; anything else makes the image the scene itself.
/// </summary>
internal sealed partial class PromptReader
{
    private static readonly (string Word, string Use)[] PictureWords =
    [
        ("painting", "painting"), ("painted", "painting"), ("framed", "painting"), ("frame", "painting"), ("canvas", "painting"),
        ("tv", "tv"), ("television", "tv"), ("screen", "tv"), ("monitor", "tv"), ("display", "tv"),
        ("poster", "poster"), ("billboard", "poster"), ("placard", "poster"),
    ];

    private PictureSpec? Picture(PlanRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.ImagePath)) return null;
        for (var i = 0; i < _t.Count; i++)
        {
            if (_t[i].Quoted) continue;
            var word = _t[i].Text;
            foreach (var (w, use) in PictureWords)
            {
                if (word != w && word != w + "s") continue;
                Note(i, 1, "picture", $"the input image is shown as a {use}");
                return new PictureSpec { Path = request.ImagePath, Fit = "crop", Use = use };
            }
        }
        _notes.Add(new InterpretationNote { Text = "(input image)", As = "the input image is the scene, brought to life", Category = "picture" });
        return new PictureSpec { Path = request.ImagePath, Fit = "crop", Use = "scene" };
    }
}
