namespace Kinora.Sound.Events;

/// <summary>The <c>SimEvent.Kind</c> names the sound stage answers; any other kind is silently ignored.</summary>
public static class EventKinds
{
    /// <summary>The start of a contact: an impact.</summary>
    public const string Contact = "contact";
    /// <summary>A foot, paw or hoof meeting the ground.</summary>
    public const string Footfall = "footfall";
    /// <summary>A body entering a liquid.</summary>
    public const string Splash = "splash";
    /// <summary>A brittle body breaking.</summary>
    public const string Shatter = "shatter";
    /// <summary>Continuous contacts, reported repeatedly while they last, with the speed at each report.</summary>
    public const string Roll = "roll", Slide = "slide";
}
