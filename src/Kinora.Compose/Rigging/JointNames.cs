namespace Kinora.Compose;

/// <summary>
/// The names motion generators look joints up by, shared by every model that has them. ".L" and ".R" are the
/// character's own left and right. A model may leave joints out (a fish has no legs); generators skip what is missing.
/// </summary>
public static class JointNames
{
    // People: the root is the pelvis; arms hang from the chest, legs from the pelvis.
    public const string Pelvis = "pelvis", Spine = "spine", Neck = "neck", Head = "head", Jaw = "jaw";
    public const string UpperArmL = "upperArm.L", ForearmL = "forearm.L", UpperArmR = "upperArm.R", ForearmR = "forearm.R";
    public const string ThighL = "thigh.L", ShinL = "shin.L", FootL = "foot.L", ThighR = "thigh.R", ShinR = "shin.R", FootR = "foot.R";
    // The lips' shapes beside the jaw (a person's visemes): each corner on the skull and on the jaw, the lower lip's middle.
    public const string LipCornerL = "lipCorner.L", LipCornerR = "lipCorner.R", LowerLipCornerL = "lowerLipCorner.L", LowerLipCornerR = "lowerLipCorner.R", LowerLip = "lowerLip";

    // Four-legged animals: the root is the body; F/B front and back legs, L/R sides.
    public const string Body = "body", Tail = "tail";
    public const string ThighFL = "thigh.FL", ShinFL = "shin.FL", ThighFR = "thigh.FR", ShinFR = "shin.FR";
    public const string ThighBL = "thigh.BL", ShinBL = "shin.BL", ThighBR = "thigh.BR", ShinBR = "shin.BR";

    // Birds (and anything with wings): Body, Neck, Head, Tail as above.
    public const string WingL = "wing.L", WingR = "wing.R";
}
