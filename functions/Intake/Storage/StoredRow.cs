namespace IntegritySite.Intake.Storage;

/// <summary>One stored item exactly as the engine holds it: what a privacy audit reads.</summary>
/// <param name="Kind">"complaint", "message", "retry" or an engine's own kind (e.g. "fence").</param>
public sealed record StoredRow(string Kind, string Key, IReadOnlyDictionary<string, object?> Values);
