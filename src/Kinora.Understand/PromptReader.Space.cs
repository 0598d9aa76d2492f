using Kinora.Understand.Lexicon;

namespace Kinora.Understand;

/// <summary>
/// "In space": where nothing stands. With no other place named, the setting is space (Compose draws a black sky with
/// stars and the Earth below, and no ground), and anyone in it wears a spacesuit, as nobody survives there without one.
/// </summary>
internal sealed partial class PromptReader
{
    private void InSpace()
    {
        if (_setting is not null) return;
        (_setting, _indoor, _ground) = ("space", false, "none");
    }

    private void FinishSpace()
    {
        if (_setting != "space") return;
        for (var k = 0; k < _cast.Count; k++)
            if (_cast[k] is { Kind: "person", Traits.Variant: null } c)
                _cast[k] = c with { Traits = c.Traits with { Variant = Variants.Spacesuit } };
    }
}
