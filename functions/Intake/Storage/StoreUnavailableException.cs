namespace IntegritySite.Intake.Storage;

/// <summary>
/// The store could not be reached, and nothing of the write that failed was stored or ever will be (the engines make
/// sure of that before throwing it), so the answer may say "nothing was saved".
/// </summary>
public sealed class StoreUnavailableException(Exception inner) : Exception("The complaint store is unavailable.", inner)
{
    /// <summary>Set when the outcome was settled (e.g. a fence landed), so nothing is gained by asking the store again.</summary>
    internal bool Settled { get; init; }
}

/// <summary>
/// A write was sent, and the store stopped answering before its outcome could be learnt, for longer than the engine
/// waits. It may or may not be stored: the answer must not claim either.
/// </summary>
public sealed class StoreOutcomeUnknownException(Exception inner) : Exception("The complaint store did not confirm the write.", inner);
