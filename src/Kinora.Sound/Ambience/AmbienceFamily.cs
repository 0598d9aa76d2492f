namespace Kinora.Sound.Ambience;

/// <summary>The environment families a bed is built from; a scene can combine several (a park at night in the rain).</summary>
public enum AmbienceFamily { Room, Outdoor, Park, Forest, City, Ocean, Rain, Storm, Cafe, Night, Wind, Fire }
