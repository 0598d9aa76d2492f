namespace Kinora.Motion.Physics;

/// <summary>The physics engine's native library is missing or would not start; the message says how to install it.</summary>
public sealed class PhysicsUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
