namespace IntegritySite.Intake.Storage;

/// <summary>The table store could not be reached; nothing was stored.</summary>
public sealed class StoreUnavailableException(Exception inner) : Exception("The complaint store is unavailable.", inner);
